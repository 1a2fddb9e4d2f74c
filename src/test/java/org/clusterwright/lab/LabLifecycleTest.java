package org.clusterwright.lab;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabLifecycleTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void startsAndStopsTenTimesInARowLeavingNoProcessOrPortBehind() throws Exception {
        InMemorySecretStore secrets = new InMemorySecretStore();
        Path folder = dir.resolve("lab");
        List<Long> cycleMillis = new ArrayList<>();
        long allStarted = System.nanoTime();
        for (int cycle = 1; cycle <= 10; cycle++) {
            long started = System.nanoTime();
            Lab lab = Lab.start(folder, secrets);
            LabTraces traces = LabTraces.of(lab);
            assertThat(traces.postgres()).as("cycle %d: a real PostgreSQL runs", cycle).hasSizeGreaterThan(1);
            assertThat(traces.ports()).as("cycle %d: every node, the balancer and the database", cycle)
                    .hasSize(Lab.NODE_NAMES.size() + 2).contains(LabTraces.address(lab.balancerUrl()))
                    .doesNotHaveDuplicates();
            assertThat(traces.leftBehind()).as("cycle %d: all of them listen while the lab runs", cycle)
                    .filteredOn(trace -> trace.startsWith("something still listens")).hasSize(traces.ports().size());
            for (LabNode node : lab.nodes()) {
                assertThat(healthStatus(node)).as("cycle %d: %s answers /health", cycle, node.name()).isEqualTo(200);
            }
            assertThat(secrets.get(lab.profile().getId(), SecretRef.DATABASE_PASSWORD)).isPresent();
            assertThatThrownBy(() -> Lab.start(folder, secrets)).as("a second lab in the same folder")
                    .isInstanceOf(IOException.class).hasMessageContaining("already running");

            lab.stop();

            assertThat(traces.leftBehind()).as("cycle %d", cycle).isEmpty();
            assertThat(secrets.get(lab.profile().getId(), SecretRef.DATABASE_PASSWORD)).isEmpty();
            assertThat(Files.exists(lab.folder().pidFile())).isFalse();
            cycleMillis.add((System.nanoTime() - started) / 1_000_000);
        }
        long allMillis = (System.nanoTime() - allStarted) / 1_000_000;
        System.out.println("Ten lab start/stop cycles took " + allMillis + " ms; each: " + cycleMillis);
    }

    private static int healthStatus(LabNode node) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "health"))
                .timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
