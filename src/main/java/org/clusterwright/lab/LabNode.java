package org.clusterwright.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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

/**
 * One simulated ProGet 2025 node on a loopback address: {@code /health} as ProGet 2025 answers it, the settings API,
 * and {@code POST /lab/restart} (with the API key) for a restart step that works by HTTP. Like the real service it
 * reads its ProGet.config when it starts and when it is restarted, never in between, so an edited config shows in
 * its health only after a restart. Its database status comes from a real login with the config's connection string.
 */
public final class LabNode implements AutoCloseable {
    private final String name;
    private final Path configFile;
    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile NodeConfig config;

    LabNode(String name, InetAddress address, Path configFile, Secret apiKey) throws IOException {
        this.name = name;
        this.configFile = configFile;
        this.server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        this.workers = LabServers.workers("lab-" + name);
        server.setExecutor(workers);
        server.createContext("/health", this::health);
        server.createContext("/api/", new SettingsApi(apiKey, this::openDatabase));
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
        config = NodeConfig.read(configFile);
        server.start();
    }

    /** What restarting the ProGet service does to the lab's node: its config is read again. */
    public void restart() {
        config = NodeConfig.read(configFile);
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

    public Path configFile() {
        return configFile;
    }

    /** How many times the node was restarted since the lab started. */
    public int restarts() {
        return restarts.get();
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
        return NpgsqlConnection.parse(current.connectionString().orElseThrow()).open();
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/health")) {
                HttpAnswers.send(exchange, 404, "", "");
                return;
            }
            Optional<String> problem = databaseProblem();
            HttpAnswers.json(exchange, ProGetHealth.status(problem), ProGetHealth.body(problem));
        }
    }

    /** Stops listening at once and ends the node's threads, so its port is free when this returns. */
    @Override
    public void close() {
        LabServers.stop(server, workers);
    }
}
