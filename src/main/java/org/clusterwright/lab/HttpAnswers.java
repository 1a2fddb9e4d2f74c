package org.clusterwright.lab;

import com.sun.net.httpserver.HttpExchange;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Answers of the lab nodes' HTTP server, and ProGet's API key rule. */
final class HttpAnswers {
    private HttpAnswers() {
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!contentType.isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", body);
    }

    /** ProGet's answer to a missing, unknown or unauthorised key: 403 with an empty body. */
    static boolean refusedWithoutKey(HttpExchange exchange, Secret apiKey) throws IOException {
        String given = exchange.getRequestHeaders().getFirst("X-ApiKey");
        boolean known = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.reveal().getBytes(StandardCharsets.UTF_8));
        if (!known) {
            send(exchange, 403, "", "");
        }
        return !known;
    }
}
