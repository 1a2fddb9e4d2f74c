package org.clusterwright.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.clusterwright.cluster.health.HealthFixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A product node on loopback answering {@code /health} exactly in one documented format, with switches for the
 * faults the verify step must name: a stopped service, another version, a slow answer, a restart in progress, and
 * the whole node stopped (its port then refuses connections).
 */
public final class SimulatedNode implements AutoCloseable {

    /** Which documented answer the node gives. */
    public enum Format {
        /** ProGet 2026: plain {@code OK} / 500 text at {@code /health}, the old JSON at {@code /health/json}. */
        PROGET_2026,
        /** ProGet 2025 and older: JSON at {@code /health}, 500 with the same JSON when unhealthy. */
        PROGET_2025,
        /** BuildMaster's JSON, as in its API documentation. */
        BUILDMASTER,
        /** ProGet 5.2.9's documentation example, unkeyed replication object and all. */
        PROGET_5_2_9,
        /** Otter: no documented health endpoint, 404. */
        OTTER
    }

    private final String name;
    private final Format format;
    private final HttpServer server;
    private final AtomicInteger healthRequests = new AtomicInteger();
    private final AtomicInteger proxiedRequests = new AtomicInteger();
    private final AtomicInteger answersUntilHealthy = new AtomicInteger();
    private volatile int stopAfterProxied = -1;
    private volatile String version;
    private volatile boolean serviceDown;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean stopped;

    public SimulatedNode(String name, Format format) throws IOException {
        this.name = name;
        this.format = format;
        this.version = switch (format) {
            case PROGET_2026 -> "26.0.3";
            case PROGET_2025 -> "25.0.14";
            case BUILDMASTER -> "23.0.9";
            case PROGET_5_2_9 -> "5.2.9";
            case OTTER -> "";
        };
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "node-" + name);
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    public String name() {
        return name;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** How many health requests (either path) this node has answered. */
    public int healthRequests() {
        return healthRequests.get();
    }

    /** How many requests came through a balancer (they carry X-Forwarded-For); direct probes are not counted. */
    public int proxiedRequests() {
        return proxiedRequests.get();
    }

    /** Stops the node (its port then refuses) right after it has answered {@code requests} through a balancer. */
    public SimulatedNode stopAfterProxied(int requests) {
        this.stopAfterProxied = requests;
        return this;
    }

    public SimulatedNode version(String newVersion) {
        this.version = newVersion;
        return this;
    }

    public SimulatedNode serviceDown(boolean down) {
        this.serviceDown = down;
        return this;
    }

    public SimulatedNode delay(Duration newDelay) {
        this.delay = newDelay;
        return this;
    }

    /** Acts as a node whose service is restarting: the next {@code answers} answers at /health are 500s. */
    public void restarting(int answers) {
        answersUntilHealthy.set(answers);
    }

    /** Stops listening: from now on connections are refused, as when the server is switched off. */
    public void stop() {
        stopped = true;
        server.stop(0);
    }

    @Override
    public void close() {
        if (!stopped) {
            stop();
        }
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                // like the products' web applications: the root sends an anonymous visitor to the log-in page
                exchange.getResponseHeaders().set("Location", "/log-in");
                send(exchange, 302, "text/html", "<html><body>Object moved</body></html>");
                return;
            }
            if (path.equals("/log-in")) {
                send(exchange, 200, "text/html", "<html><body>Log in to " + name + "</body></html>");
                return;
            }
            if (!path.equals("/health") && !path.equals("/health/json")) {
                send(exchange, 404, "text/plain", "Not Found");
                return;
            }
            healthRequests.incrementAndGet();
            boolean proxied = exchange.getRequestHeaders().containsKey("X-Forwarded-For");
            int proxiedSoFar = proxied ? proxiedRequests.incrementAndGet() : proxiedRequests.get();
            pause(delay);
            boolean json = path.equals("/health/json") || exchange.getRequestURI().getQuery() != null;
            // a restart lasts a number of /health answers; the JSON follow-up of ProGet 2026 tells the same state
            boolean restarting = json ? answersUntilHealthy.get() > 0
                    : answersUntilHealthy.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            boolean unhealthy = serviceDown || restarting;
            switch (format) {
                case OTTER -> send(exchange, 404, "text/html", "<html><body>Not Found</body></html>");
                case PROGET_2026 -> {
                    if (json) {
                        sendJson(exchange, unhealthy, HealthFixtures.PROGET_2025, HealthFixtures.PROGET_2025_SERVICE_DOWN);
                    } else {
                        send(exchange, unhealthy ? 500 : 200, "text/plain",
                                unhealthy ? "Service: Error: The service has not sent a heartbeat." : "OK");
                    }
                }
                case PROGET_2025 -> sendJson(exchange, unhealthy, HealthFixtures.PROGET_2025, HealthFixtures.PROGET_2025_SERVICE_DOWN);
                case BUILDMASTER -> sendJson(exchange, unhealthy, HealthFixtures.BUILDMASTER_2023, HealthFixtures.BUILDMASTER_2023);
                case PROGET_5_2_9 -> sendJson(exchange, unhealthy, HealthFixtures.PROGET_5_2_9_MALFORMED,
                        HealthFixtures.PROGET_5_2_9_MALFORMED);
            }
            exchange.getResponseBody().close();
            if (proxied && proxiedSoFar == stopAfterProxied) {
                // the answer is out: from the next request on, the port refuses
                stop();
            }
        }
    }

    private void sendJson(HttpExchange exchange, boolean unhealthy, String healthyFixture, String unhealthyFixture)
            throws IOException {
        String body = HealthFixtures.read(unhealthy ? unhealthyFixture : healthyFixture)
                .replaceAll("(\"releaseNumber\":\\s*)\"[^\"]*\"", "$1\"" + version + "\"");
        if (unhealthy && healthyFixture.equals(unhealthyFixture)) {
            body = body.replaceAll("(\"serviceStatus\":\\s*)\"OK\"", "$1\"Error\"");
        }
        send(exchange, unhealthy ? 500 : 200, "application/json", body);
    }

    private static void pause(Duration how) {
        try {
            Thread.sleep(how.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
