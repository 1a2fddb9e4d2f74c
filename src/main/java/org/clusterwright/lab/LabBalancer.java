package org.clusterwright.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lab's load balancer: round robin over the nodes, passing a request on to the next node when one refuses the
 * connection (as nginx's {@code proxy_next_upstream error} does: nothing was sent, so even a POST is safe to pass
 * on), and naming the node that answered in the {@value #NODE_HEADER} header, as the configs
 * {@code clusterwright lb-config} writes do. It stands in for nginx or HAProxy, which a newcomer's machine may not
 * have, and carries only what the lab's nodes answer: health, the settings API and the restart hook.
 */
final class LabBalancer implements AutoCloseable {
    /** The header lb-config's configs add by default; the lab does not use their code, a test keeps them alike. */
    static final String NODE_HEADER = "X-Served-By";
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> PASSED_HEADERS = List.of("Content-Type", "Set-Cookie", "Location",
            "X-ProGet-Version");
    private static final List<String> PASSED_REQUEST_HEADERS = List.of("Content-Type", "X-ApiKey", "Accept", "Cookie");

    private final List<LabNode> nodes;
    private final HttpServer server;
    private final ExecutorService workers;
    private final HttpClient client;
    private final AtomicInteger next = new AtomicInteger();

    LabBalancer(List<LabNode> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.workers = LabServers.workers("lab-balancer");
        this.client = HttpClient.newBuilder().connectTimeout(NODE_TIMEOUT).executor(workers)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        server.setExecutor(workers);
        server.createContext("/", this::forward);
        server.start();
    }

    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int first = Math.floorMod(next.getAndIncrement(), nodes.size());
            for (int tried = 0; tried < nodes.size(); tried++) {
                LabNode node = nodes.get((first + tried) % nodes.size());
                HttpResponse<byte[]> answer;
                try {
                    answer = client.send(request(exchange, node, body), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException refused) {
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                relay(exchange, node, answer);
                return;
            }
            HttpAnswers.send(exchange, 502, "text/plain; charset=utf-8", "No lab node accepted the request.");
        }
    }

    private static HttpRequest request(HttpExchange exchange, LabNode node, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl())
                        .resolve(exchange.getRequestURI().toString().substring(1))).timeout(NODE_TIMEOUT)
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : PASSED_REQUEST_HEADERS) {
            exchange.getRequestHeaders().getOrDefault(header, List.of()).forEach(value -> request.header(header, value));
        }
        return request.build();
    }

    private static void relay(HttpExchange exchange, LabNode node, HttpResponse<byte[]> answer) throws IOException {
        for (String header : PASSED_HEADERS) {
            answer.headers().allValues(header).forEach(value -> exchange.getResponseHeaders().add(header, value));
        }
        exchange.getResponseHeaders().set(NODE_HEADER, node.name());
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops listening at once and ends its threads, so its port is free when this returns. */
    @Override
    public void close() {
        LabServers.stop(server, workers);
    }
}
