package org.clusterwright.storage.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The few ProGet API calls the storage step needs, with the API key in the {@code X-ApiKey} header.
 *
 * <p>Shapes, from Inedo's docs (Inedo/inedo-docs Content/proget/api/pgutil.md, "Configure Settings in pgutil";
 * Content/proget/api/feeds/#.md and feeds/storage-get.md) and the client they document (Inedo/pgutil
 * Inedo.ProGet/ProGetClient.cs: SetSettingAsync, ListSettingsAsync, ListFeedsAsync,
 * GetFeedStorageConfigurationAsync):
 * <ul>
 *   <li>{@code POST /api/settings/set?name=N&value=V}, no body;</li>
 *   <li>{@code GET /api/settings/list?showAll=true}: an array of {@code {name, value, description, valueType}};</li>
 *   <li>{@code GET /api/management/feeds/list}: an array of feeds with {@code name} and {@code feedType};</li>
 *   <li>{@code GET /api/storage?feed=F}: {@code {"id": "disk", "properties": {"StoragePath": null}}};</li>
 *   <li>403 with an empty body for a missing, unknown or unauthorised key.</li>
 * </ul>
 */
final class ProGetApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Secret apiKey;
    private final Duration timeout;
    private final HttpClient http;

    ProGetApi(URI base, Secret apiKey, Duration timeout) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void setSetting(String name, String value) throws IOException, InterruptedException {
        send("POST", "api/settings/set?name=" + encode(name) + "&value=" + encode(value));
    }

    /** Every setting, as {@code {name, value, description, valueType}} objects. */
    JsonNode settings() throws IOException, InterruptedException {
        return send("GET", "api/settings/list?showAll=true");
    }

    /** The setting's value, or null when ProGet does not list it. */
    String setting(String name) throws IOException, InterruptedException {
        for (JsonNode setting : settings()) {
            if (name.equals(setting.path("name").asText())) {
                return setting.path("value").isNull() ? "" : setting.path("value").asText();
            }
        }
        return null;
    }

    JsonNode feeds() throws IOException, InterruptedException {
        return send("GET", "api/management/feeds/list");
    }

    JsonNode feedStorage(String feed) throws IOException, InterruptedException {
        return send("GET", "api/storage?feed=" + encode(feed));
    }

    private JsonNode send(String method, String pathAndQuery) throws IOException, InterruptedException {
        URI uri = base.resolve(pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("X-ApiKey", apiKey.reveal())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ApplyException("ProGet at " + base + " did not answer " + method + " " + path(uri) + " within "
                    + timeout.toSeconds() + " s.", "Check that the node is up, or raise the timeout.");
        } catch (IOException e) {
            throw new ApplyException("Could not reach ProGet at " + base + " (" + e.getClass().getSimpleName() + ").",
                    "Check the node's address and that its web server is running.");
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new ApplyException("ProGet refused the API key for " + method + " " + path(uri) + " (" + status + ").",
                    "Use a System API key with Full Control (Administration > API Keys & Access Logs): the"
                            + " settings are not among what a limited key (Use/Manage Feeds, Manage SCA, Upload SBOM)"
                            + " may reach.");
        }
        if (status == 404 && pathAndQuery.startsWith("api/settings")) {
            throw new ApplyException("ProGet at " + base + " has no settings API (404 for " + path(uri) + "): it came"
                    + " with pgutil in ProGet 2024.", "Set the value by hand in Administration > Advanced Settings.");
        }
        if (status / 100 != 2) {
            throw new ApplyException("ProGet answered " + method + " " + path(uri) + " with " + status + ": "
                    + abbreviate(response.body()), "Read ProGet's message above; the settings API came with pgutil in"
                    + " ProGet 2024.");
        }
        String body = response.body();
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new ApplyException("ProGet's answer to " + path(uri) + " is not JSON.", "Check that the URL points "
                    + "at ProGet itself, not at a login page or proxy.");
        }
    }

    private static String path(URI uri) {
        return uri.getRawPath();
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
