package org.clusterwright.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.health.HealthFormat;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.health.HealthReport;
import org.clusterwright.cluster.restart.NodeRestart;
import org.clusterwright.cluster.restart.RestartExecutor;
import org.clusterwright.cluster.restart.RestartListener;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.profile.SecretRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab node's health follows the ProGet.config it read when it last started, as a ProGet service's does. */
class LabNodeHealthTest {
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(BUDGET).build();
    private static final HealthProbe PROBE = new HealthProbe(HealthProbe.newClient(BUDGET));
    @RegisterExtension
    static final RunningLab RUNNING = new RunningLab();
    private final Lab lab = RUNNING.lab();
    private final Map<Path, byte[]> originals = new HashMap<>();

    @AfterEach
    void putConfigsBack() throws Exception {
        for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
            Files.write(original.getKey(), original.getValue());
        }
        lab.nodes().forEach(LabNode::restart);
    }

    @Test
    void everyNodeAnswersHealthAsProGet2025Does() throws Exception {
        for (LabNode node : lab.nodes()) {
            HttpResponse<String> response = get(node.baseUrl() + "health");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            JsonNode json = new ObjectMapper().readTree(response.body());
            assertThat(json.fieldNames()).toIterable().containsExactly("applicationName", "databaseStatus",
                    "databaseStatusDetails", "extensionsInstalled", "licenseStatus", "licenseStatusDetail",
                    "versionNumber", "releaseNumber", "serviceStatus", "serviceStatusDetail", "replicationStatus");
            assertThat(json.get("databaseStatus").asText()).isEqualTo("OK");
            assertThat(json.get("releaseNumber").asText()).isEqualTo("25.0.14");

            HealthAnswer answer = PROBE.probe(node.baseUrl(), BUDGET);
            assertThat(answer.healthy()).as(node.name()).isTrue();
            assertThat(answer.report().orElseThrow().format()).isEqualTo(HealthFormat.JSON);
        }
    }

    @Test
    void aBrokenConnectionStringShowsAfterARestartAndTheFixedOneAfterTheNext() throws Exception {
        LabNode node = lab.node("proget-2");
        String config = edit(node.configFile(), "Password=", "Password=wrong");

        assertThat(PROBE.probe(node.baseUrl(), BUDGET).healthy()).as("the service has not reread its config yet")
                .isTrue();
        lab.restart(node.name());

        HttpResponse<String> response = get(node.baseUrl() + "health");
        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("databaseStatus").asText()).isEqualTo("Error");
        assertThat(json.get("databaseStatusDetails").asText()).contains("password authentication failed");
        HealthReport report = PROBE.probe(node.baseUrl(), BUDGET).report().orElseThrow();
        assertThat(report.failing()).extracting(c -> c.name()).containsExactly(HealthReport.DATABASE);
        assertThat(PROBE.probe(lab.node("proget-1").baseUrl(), BUDGET).healthy()).isTrue();

        Files.writeString(node.configFile(), config);
        assertThat(PROBE.probe(node.baseUrl(), BUDGET).healthy()).as("fixed on disk, not yet restarted").isFalse();
        // the wizard's restart plan, one node at a time, each restart followed by waiting for its health
        List<NodeRestart> restarts = new RestartExecutor(PROBE, BUDGET, Duration.ofSeconds(20), Duration.ofMillis(200))
                .run(RestartPlanner.plan(lab.profile()), step -> lab.restart(step.target()), RestartListener.NONE);
        assertThat(restarts).extracting(NodeRestart::result).containsOnly(NodeRestart.Result.BACK_HEALTHY);
        assertThat(restarts).hasSize(3);
    }

    @Test
    void aConnectionStringToAnotherServerIsADatabaseErrorToo() throws Exception {
        LabNode node = lab.node("proget-3");
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        edit(node.configFile(), "Port=" + lab.databasePort(), "Port=" + closedPort);
        lab.restart(node.name());

        HealthAnswer answer = PROBE.probe(node.baseUrl(), BUDGET);
        assertThat(answer.healthy()).isFalse();
        assertThat(answer.report().orElseThrow().component(HealthReport.DATABASE).orElseThrow().detail())
                .contains(String.valueOf(closedPort));
    }

    @Test
    void aNodeRestartsThroughItsHttpEndpointWithTheApiKeyOrARequestFile() throws Exception {
        LabNode node = lab.node("proget-1");
        int before = node.restarts();
        HttpRequest withoutKey = HttpRequest.newBuilder(URI.create(node.baseUrl() + "lab/restart"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(BUDGET).build();
        assertThat(HTTP.send(withoutKey, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(node.restarts()).isEqualTo(before);

        HttpRequest withKey = HttpRequest.newBuilder(URI.create(node.baseUrl() + "lab/restart"))
                .header("X-ApiKey", RUNNING.secret(SecretRef.API_KEY).reveal())
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(BUDGET).build();
        assertThat(HTTP.send(withKey, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(node.restarts()).isEqualTo(before + 1);

        LabRequests.restart(lab.folder(), node.name(), BUDGET);
        assertThat(node.restarts()).isEqualTo(before + 2);
    }

    /** Replaces text in a node's config, keeping the original to put back after the test; returns the original. */
    private String edit(Path config, String from, String to) throws Exception {
        String text = Files.readString(config);
        originals.putIfAbsent(config, Files.readAllBytes(config));
        assertThat(text).contains(from);
        Files.writeString(config, text.replace(from, to));
        return text;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(BUDGET).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
