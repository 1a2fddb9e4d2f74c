package org.clusterwright.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One simulated node of the lab's product and line on a loopback address: {@code /health} as that product and line
 * document it ({@link LabHealth}), the web root redirecting to a log-in page as the products' web applications do,
 * ProGet's {@code X-ProGet-Version} header, the settings API where the line has it, and {@code POST /lab/restart}
 * (with the API key) for a restart step that works by HTTP. Like the real service it reads its configuration when it
 * starts and when it is restarted, never in between, so an edited config shows in its health only after a restart.
 * Its database status comes from a real login with the config's connection string.
 */
public final class LabNode implements AutoCloseable {
    private final String name;
    private final Setup setup;
    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicInteger restarts = new AtomicInteger();
    private final LabBackend.Login login;
    private volatile NodeConfig config;

    /** What a node simulates and where its configuration is. */
    record Setup(LabOptions options, Path configFile, boolean settingsApi) {
        Product product() {
            return options.product();
        }

        boolean docker() {
            return options.nodes() == LabOptions.NodeKind.DOCKER;
        }
    }

    LabNode(String name, InetAddress address, Setup setup, Secret apiKey, LabBackend.Login login,
            Function<LabSettings.Database, LabSettings> settings) throws IOException {
        this.name = name;
        this.setup = setup;
        this.login = login;
        this.server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        this.workers = LabServers.workers("lab-" + name);
        server.setExecutor(workers);
        server.createContext("/", this::web);
        server.createContext("/health", this::health);
        if (setup.settingsApi()) {
            server.createContext("/api/", new SettingsApi(apiKey, settings.apply(this::openDatabase)));
        }
        server.createContext("/administration", this::administration);
        server.createContext("/lab/restart", exchange -> {
            try (exchange) {
                if (!HttpAnswers.refusedWithoutKey(exchange, apiKey)) {
                    restart();
                    HttpAnswers.send(exchange, 200, "text/plain; charset=utf-8", name + " restarted");
                }
            }
        });
    }

    /**
     * The Administration page the HA checklist links to. A real ProGet shows its Cluster Overview there; the lab's
     * node says what a person would do there, and that in the lab ticking the item is all there is to it.
     */
    private void administration(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpAnswers.send(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>"
                    + name + ": Administration (demo lab)</title></head><body><h1>" + name + ": Administration</h1>"
                    + "<p>This is a node of Clusterwright's demo lab, which simulates ProGet's health, settings API and"
                    + " config file, not its web pages.</p><p>On a real ProGet server this page holds the <b>Cluster"
                    + " Overview</b>: click <i>More Info</i>, then <i>configure</i>, tick <i>Enable High-Availability"
                    + " (Automatic Fail-over)</i> and save. In the lab there is nothing to switch: tick the item in the"
                    + " wizard and go on.</p></body></html>");
        }
    }

    void start() {
        config = NodeConfig.read(setup.configFile(), setup.docker(), setup.product());
        server.start();
    }

    /** What restarting the product's service (or container) does to the lab's node: its config is read again. */
    public void restart() {
        config = NodeConfig.read(setup.configFile(), setup.docker(), setup.product());
        restarts.incrementAndGet();
    }

    public String name() {
        return name;
    }

    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + host() + ":" + port() + "/";
    }

    /** The node's config file, or for a Docker-style node its compose file. */
    public Path configFile() {
        return setup.configFile();
    }

    /** How many times the node was restarted since the lab started. */
    public int restarts() {
        return restarts.get();
    }

    /** The EncryptionKey the node read when it last started, for tests that look behind the lab. */
    Optional<Secret> runningKey() {
        return config.encryptionKey();
    }

    /** The database problem /health reports now, or empty when the node's database login works. */
    public Optional<String> databaseProblem() {
        try {
            openDatabase().close();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private Connection openDatabase() throws SQLException {
        NodeConfig current = config;
        Optional<String> missing = current.withoutDatabase();
        if (missing.isPresent()) {
            throw new SQLException(missing.get());
        }
        return login.open(current.connectionString().orElseThrow());
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            versionHeader(exchange);
            Optional<LabHealth.Answer> answer = exchange.getRequestURI().getPath().equals("/health")
                    ? LabHealth.answer(setup.product(), setup.options().line(), setup.options().otterHealth(),
                    databaseProblem()) : Optional.empty();
            if (answer.isEmpty()) {
                HttpAnswers.send(exchange, 404, "text/html; charset=utf-8", "<html><body>Not Found</body></html>");
            } else {
                HttpAnswers.json(exchange, answer.get().status(), answer.get().body());
            }
        }
    }

    /** The web application: its root sends an anonymous visitor to the log-in page, which answers. */
    private void web(HttpExchange exchange) throws IOException {
        try (exchange) {
            versionHeader(exchange);
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/log-in");
                HttpAnswers.send(exchange, 302, "text/html; charset=utf-8", "<html><body>Object moved</body></html>");
            } else if (path.equals("/log-in")) {
                HttpAnswers.send(exchange, 200, "text/html; charset=utf-8", "<html><body>Log in to "
                        + setup.product() + " (" + name + ", a Clusterwright lab node)</body></html>");
            } else {
                HttpAnswers.send(exchange, 404, "text/html; charset=utf-8", "<html><body>Not Found</body></html>");
            }
        }
    }

    private void versionHeader(HttpExchange exchange) {
        if (setup.product() == Product.PROGET) {
            exchange.getResponseHeaders().set("X-ProGet-Version", LabRelease.of(setup.product(),
                    setup.options().line()).header());
        }
    }

    /** Stops listening at once and ends the node's threads, so its port is free when this returns. */
    @Override
    public void close() {
        LabServers.stop(server, workers);
    }
}
