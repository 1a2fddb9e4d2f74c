package org.clusterwright.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of ProGet's HTTP API the storage step calls (see ProGetApi): settings set and listed, feeds listed and
 * each feed's storage. The X-ApiKey header is required (403 with an empty body without it). Settings live where the
 * lab keeps them for every node ({@link LabSettings}), reached through the node's own connection string, so a node
 * that cannot reach the database answers 500, and a value set through one node is read back through any other.
 */
final class SettingsApi implements HttpHandler {
    /** The lab's feeds; both keep their packages under the server's storage path, as new feeds do. */
    private static final List<String[]> FEEDS = List.of(new String[] {"internal-nuget", "nuget"},
            new String[] {"npmjs-proxy", "npm"});
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Secret apiKey;
    private final LabSettings settings;

    SettingsApi(Secret apiKey, LabSettings settings) {
        this.apiKey = apiKey;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (HttpAnswers.refusedWithoutKey(exchange, apiKey)) {
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            try {
                switch (route) {
                    case "POST /api/settings/set" -> {
                        set(query.getOrDefault("name", ""), query.getOrDefault("value", ""));
                        HttpAnswers.send(exchange, 200, "", "");
                    }
                    case "GET /api/settings/list" -> HttpAnswers.json(exchange, 200, settings());
                    case "GET /api/management/feeds/list" -> HttpAnswers.json(exchange, 200, feeds());
                    case "GET /api/storage" -> storage(exchange, query.getOrDefault("feed", ""));
                    default -> HttpAnswers.send(exchange, 404, "", "");
                }
            } catch (SQLException e) {
                HttpAnswers.send(exchange, 500, "text/plain; charset=utf-8", "The database could not be reached: "
                        + e.getMessage());
            }
        }
    }

    private void set(String name, String value) throws SQLException {
        settings.set(name, value);
    }

    private String settings() throws SQLException {
        ArrayNode list = JSON.createArrayNode();
        settings.all().forEach((name, value) -> list.addObject().put("name", name).put("value", value)
                .put("description", "").put("valueType", "Text"));
        return list.toString();
    }

    private static String feeds() {
        ArrayNode list = JSON.createArrayNode();
        FEEDS.forEach(feed -> list.addObject().put("name", feed[0]).put("feedType", feed[1]));
        return list.toString();
    }

    private static void storage(HttpExchange exchange, String feed) throws IOException {
        if (FEEDS.stream().noneMatch(f -> f[0].equals(feed))) {
            HttpAnswers.send(exchange, 404, "", "");
            return;
        }
        ObjectNode storage = JSON.createObjectNode().put("id", "disk");
        storage.putObject("properties").putNull("StoragePath");
        HttpAnswers.json(exchange, 200, storage.toString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
