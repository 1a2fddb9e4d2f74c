package org.clusterwright.storage.apply;

import com.fasterxml.jackson.databind.JsonNode;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Points ProGet at the shared storage: sets {@code Storage.PackagesRootPath} through the settings API (unless it
 * already holds the path), reads it back, and lists where each feed keeps its packages, since a feed's own disk path overrides the server's.
 * One node is enough: the setting lives in the shared database.
 */
public final class ProGetStorageApplier {
    public static final String SETTING = Product.PROGET.storage().setting();

    private ProGetStorageApplier() {
    }

    /**
     * @param baseUrl   any node's own address (or the load balancer's)
     * @param apiKey    a system API key; sent in the X-ApiKey header only, never shown
     * @param path      the shared storage path, as the product's service will use it
     * @param timeout   for each HTTP call
     * @throws ApplyException with a remedy when ProGet refuses, does not answer or answers unexpectedly
     */
    public static ProGetStorageResult apply(URI baseUrl, Secret apiKey, String path, Duration timeout)
            throws IOException, InterruptedException {
        ProGetApi api = new ProGetApi(baseUrl, apiKey, timeout);
        String before = api.setting(SETTING);
        // a second apply changes nothing: a setting that already holds the path is left as it is
        if (!path.equals(before)) {
            api.setSetting(SETTING, path);
        }
        String readBack = api.setting(SETTING);
        if (readBack == null) {
            throw new ApplyException("ProGet accepted " + SETTING + " but does not list it afterwards.",
                    "Check Administration > Advanced Settings by hand; this ProGet version may name it differently.");
        }
        return new ProGetStorageResult(SETTING, before == null ? "" : before, path, readBack, feeds(api, path),
                libraries(api.settings(), path));
    }

    /** The {@code Storage.*Library} settings that hold a path of their own, judged against {@code shared}. */
    static List<LibraryOverride> libraries(JsonNode settings, String shared) {
        List<LibraryOverride> overrides = new ArrayList<>();
        for (JsonNode setting : settings) {
            String name = setting.path("name").asText("");
            String value = setting.path("value").isNull() ? "" : setting.path("value").asText("").strip();
            if (LibraryOverride.isLibrarySetting(name) && !value.isEmpty()) {
                overrides.add(new LibraryOverride(name, value, under(value, shared)));
            }
        }
        return overrides;
    }

    /** Every feed's storage, judged against the server path {@code shared}. */
    public static List<FeedStorage> feeds(URI baseUrl, Secret apiKey, String shared, Duration timeout)
            throws IOException, InterruptedException {
        return feeds(new ProGetApi(baseUrl, apiKey, timeout), shared);
    }

    private static List<FeedStorage> feeds(ProGetApi api, String shared) throws IOException, InterruptedException {
        List<FeedStorage> feeds = new ArrayList<>();
        for (JsonNode feed : api.feeds()) {
            String name = feed.path("name").asText();
            if (name.isEmpty()) {
                continue;
            }
            JsonNode storage = api.feedStorage(name);
            String type = storage.path("id").asText("disk");
            JsonNode pathNode = storage.path("properties").path("StoragePath");
            String path = pathNode.isMissingNode() || pathNode.isNull() ? "" : pathNode.asText();
            feeds.add(new FeedStorage(name, type, path, placement(type, path, shared)));
        }
        return feeds;
    }

    static FeedStorage.Placement placement(String type, String path, String shared) {
        if (!type.equalsIgnoreCase("disk")) {
            return FeedStorage.Placement.CLOUD;
        }
        if (path.isEmpty()) {
            return FeedStorage.Placement.SHARED;
        }
        return under(path, shared) ? FeedStorage.Placement.SHARED : FeedStorage.Placement.NOT_SHARED;
    }

    /** True when {@code path} is {@code shared} or a folder below it, whatever the slashes and case. */
    private static boolean under(String path, String shared) {
        String inner = normalise(path);
        String root = normalise(shared);
        return inner.equals(root) || inner.startsWith(root + "\\");
    }

    private static String normalise(String path) {
        String text = path.strip().replace('/', '\\').toLowerCase(Locale.ROOT);
        while (text.endsWith("\\")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
