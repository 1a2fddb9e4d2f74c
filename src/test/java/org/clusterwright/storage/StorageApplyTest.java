package org.clusterwright.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.apply.ApplyException;
import org.clusterwright.storage.apply.FeedStorage;
import org.clusterwright.storage.apply.ProGetStorageApplier;
import org.clusterwright.storage.apply.ProGetStorageResult;
import org.clusterwright.storage.apply.StorageChecklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying the storage path through a loopback server that answers as ProGet's documented endpoints do. */
class StorageApplyTest {
    private static final String KEY = "system-key-123";
    private static final String SHARED = "\\\\files\\proget\\packages";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HttpServer server;
    private final Map<String, String> settings = new LinkedHashMap<>(Map.of(ProGetStorageApplier.SETTING,
            "C:\\ProgramData\\ProGet\\Packages", "Web.BaseUrl", ""));
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void startFakeProGet() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Test
    void theSettingIsSetReadBackAndFeedsOffTheShareAreNamed() throws Exception {
        ProGetStorageResult result = ProGetStorageApplier.apply(base(), Secret.of(KEY), SHARED, TIMEOUT);

        assertThat(settings).containsEntry(ProGetStorageApplier.SETTING, SHARED);
        assertThat(result.verified()).isTrue();
        assertThat(result.readBack()).isEqualTo(SHARED);
        assertThat(requests).first().isEqualTo("POST /api/settings/set name=" + ProGetStorageApplier.SETTING
                + "&value=" + SHARED);
        assertThat(result.feeds()).extracting(FeedStorage::feed, FeedStorage::placement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nuget", FeedStorage.Placement.SHARED),
                org.assertj.core.groups.Tuple.tuple("npm", FeedStorage.Placement.SHARED),
                org.assertj.core.groups.Tuple.tuple("docker", FeedStorage.Placement.NOT_SHARED),
                org.assertj.core.groups.Tuple.tuple("blobs", FeedStorage.Placement.CLOUD));
        assertThat(result.notShared()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("D:\\docker"));
    }

    @Test
    void aMissingOrWrongKeyIsRefusedWith403AndNothingChanges() {
        assertThatThrownBy(() -> ProGetStorageApplier.apply(base(), Secret.of("wrong-key"), SHARED, TIMEOUT))
                .isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.getMessage()).contains("refused the API key").contains("403")
                            .doesNotContain("wrong-key");
                    assertThat(e.remedy()).contains("API Keys");
                });
        assertThat(settings).containsEntry(ProGetStorageApplier.SETTING, "C:\\ProgramData\\ProGet\\Packages");
    }

    @Test
    void aServerThatIgnoresTheValueIsReportedUnverified() throws Exception {
        server.removeContext("/api/");
        server.createContext("/api/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/set")) {
                reply(exchange, 200, ""); // accepted, but not stored
            } else {
                answer(exchange);
            }
        });
        ProGetStorageResult result = ProGetStorageApplier.apply(base(), Secret.of(KEY), SHARED, TIMEOUT);
        assertThat(result.verified()).isFalse();
        assertThat(result.readBack()).isEqualTo("C:\\ProgramData\\ProGet\\Packages");
    }

    @Test
    void theChecklistSaysWhatToDoPerProduct() {
        Profile proget = StarterProfiles.create(Product.PROGET, "p");
        proget.getStorage().setPath(SHARED);
        proget.setNodes(List.of(new ClusterNode("d1", "d1", NodeAccess.DOCKER, "http://d1:8624/")));
        assertThat(String.join("\n", StorageChecklist.items(proget)))
                .contains("Storage.PackagesRootPath to " + SHARED)
                .contains("robocopy \"C:\\ProgramData\\ProGet\\Packages\" \"" + SHARED + "\" /E")
                .contains("/var/proget/packages").contains("type=cifs");

        Profile buildMaster = StarterProfiles.create(Product.BUILDMASTER, "b");
        buildMaster.getStorage().setPath("\\\\files\\artifacts");
        assertThat(StorageChecklist.items(buildMaster).get(0))
                .contains("Artifacts.BasePath").contains("\\\\files\\artifacts").contains("by hand");

        Profile otter = StarterProfiles.create(Product.OTTER, "o");
        assertThat(StorageChecklist.items(otter)).singleElement().satisfies(
                item -> assertThat(item).startsWith("Otter: nothing to set"));
    }

    /** ProGet's documented behaviour: X-ApiKey required (403 with an empty body without it), JSON answers. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + " " + decode(query));
        if (!KEY.equals(exchange.getRequestHeaders().getFirst("X-ApiKey"))) {
            reply(exchange, 403, "");
            return;
        }
        Map<String, String> params = params(query);
        switch (exchange.getRequestMethod() + " " + path) {
            case "POST /api/settings/set" -> {
                settings.put(params.get("name"), params.get("value"));
                reply(exchange, 200, "");
            }
            case "GET /api/settings/list" -> {
                StringBuilder json = new StringBuilder("[");
                settings.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                        .append("{\"name\":\"").append(name).append("\",\"value\":\"")
                        .append(value.replace("\\", "\\\\")).append("\",\"description\":\"\",\"valueType\":\"Text\"}"));
                reply(exchange, 200, json.append(']').toString());
            }
            case "GET /api/management/feeds/list" -> reply(exchange, 200, "[{\"name\":\"nuget\",\"feedType\":\"nuget\"},"
                    + "{\"name\":\"npm\",\"feedType\":\"npm\"},{\"name\":\"docker\",\"feedType\":\"docker\"},"
                    + "{\"name\":\"blobs\",\"feedType\":\"universal\"}]");
            case "GET /api/storage" -> reply(exchange, 200, switch (params.get("feed")) {
                case "nuget" -> "{\"id\":\"disk\",\"properties\":{\"StoragePath\":null}}";
                case "npm" -> "{\"id\":\"disk\",\"properties\":{\"StoragePath\":\"\\\\\\\\FILES\\\\proget\\\\packages\\\\npm\"}}";
                case "docker" -> "{\"id\":\"disk\",\"properties\":{\"StoragePath\":\"D:\\\\docker\"}}";
                default -> "{\"id\":\"azure\",\"properties\":{\"ContainerName\":\"pkgs\"}}";
            });
            default -> reply(exchange, 404, "");
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                params.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return params;
    }

    private static String decode(String text) {
        return text == null ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
