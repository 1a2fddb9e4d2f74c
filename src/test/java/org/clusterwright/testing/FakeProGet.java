package org.clusterwright.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server answering as ProGet's documented settings and feed APIs do: the X-ApiKey header is
 * required (403 with an empty body without it), and settings set are read back. Four feeds: two on the server's
 * path, one on a disk path of its own, one in a cloud store.
 */
public final class FakeProGet implements AutoCloseable {
    public static final String DEFAULT_PATH = "C:\\ProgramData\\ProGet\\Packages";

    private final String key;
    private final HttpServer server;
    private final Map<String, String> settings = new LinkedHashMap<>(Map.of("Storage.PackagesRootPath", DEFAULT_PATH,
            "Web.BaseUrl", ""));
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FakeProGet(String key) throws IOException {
        this.key = key;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::answer);
        server.start();
    }

    public static FakeProGet start(String key) throws IOException {
        return new FakeProGet(key);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public Map<String, String> settings() {
        return settings;
    }

    public List<String> requests() {
        return requests;
    }

    /** Replaces the answers, for a server that misbehaves; {@link #answer} still gives the documented ones. */
    public void answerWith(HttpHandler handler) {
        server.removeContext("/api/");
        server.createContext("/api/", handler);
    }

    /** ProGet's documented behaviour: X-ApiKey required (403 with an empty body without it), JSON answers. */
    public void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + " " + decode(query));
        if (!key.equals(exchange.getRequestHeaders().getFirst("X-ApiKey"))) {
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

    public static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
