package org.clusterwright.cluster.lb;

import org.clusterwright.database.EmulatedSqlServer;
import org.clusterwright.lab.Lab;
import org.clusterwright.lab.LabNode;
import org.clusterwright.lab.LabOptions;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.HaproxyServer;
import org.clusterwright.testing.NginxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated balancer configs for each product: accepted by HAProxy and nginx themselves, each probing what the
 * product's nodes answer (ProGet and BuildMaster document /health; Otter documents none, so its web root), and a real
 * HAProxy in front of lab Otter nodes whose /health answers 404 keeps every node in rotation.
 */
class ProductBalancerConfigTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Product.class)
    void everyProductsConfigsPassHaproxyAndNginxAndProbeWhatItsNodesAnswer(Product product) throws Exception {
        Profile profile = LbProfiles.of("http://127.0.0.1:" + NginxServer.freePort() + "/",
                "node-1", "http://127.0.0.1:8081/", "node-2", "http://127.0.0.1:8082/", "node-3", "http://127.0.0.1:8083/");
        profile.setProduct(product);
        LbProfiles.drain(profile, "node-3");

        String haproxy = LbConfigKind.HAPROXY.generate(profile);
        HaproxyServer.check(dir.resolve("haproxy"), haproxy);
        String nginx = LbConfigKind.NGINX.generate(profile);
        NginxServer.test(dir.resolve("nginx"), nginx);
        String arr = LbConfigKind.ARR.generate(profile);

        if (product == Product.OTTER) {
            assertThat(haproxy).contains("option httpchk GET /\n", "http-check expect rstatus ^[23][0-9][0-9]$")
                    .doesNotContain("GET /health");
            assertThat(nginx).contains("GET / on a node answers 200 to 399");
            assertThat(arr).contains("/, Interval 10 seconds", "Acceptable status codes 200-399");
        } else {
            assertThat(haproxy).contains("option httpchk GET /health\n", "http-check expect status 200");
            assertThat(arr).contains("/health, Interval 10 seconds", "Acceptable status codes 200.");
        }
    }

    @Test
    void aRealHaproxyKeepsLabOtterNodesWithoutHealthInRotation() throws Exception {
        LabOptions options = new LabOptions(Product.OTTER, VersionLine.V2025_AND_NEWER, LabOptions.NodeKind.WINDOWS,
                LabOptions.OtterHealth.NOT_FOUND, Optional.empty());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (EmulatedSqlServer sql = EmulatedSqlServer.start(Product.OTTER)) {
            Lab lab = Lab.start(dir.resolve("lab"), new InMemorySecretStore(), options.withSqlServer(sql));
            try {
                // what the old probe asked: every node answers 404 there, so it would have taken them all out
                for (LabNode node : lab.nodes()) {
                    assertThat(get(client, node.baseUrl() + "health").statusCode()).isEqualTo(404);
                }
                int port = NginxServer.freePort();
                Profile profile = lab.profile();
                profile.getLoadBalancer().setUrl("http://127.0.0.1:" + port + "/");
                try (HaproxyServer haproxy = HaproxyServer.start(dir.resolve("haproxy"),
                        LbConfigKind.HAPROXY.generate(profile))) {
                    Map<String, String> states = awaitChecked(haproxy, 3, Duration.ofSeconds(30));
                    assertThat(states.values()).as(states.toString()).allMatch(state -> state.startsWith("UP L7OK"));

                    Set<String> served = new HashSet<>();
                    for (int i = 0; i < 9; i++) {
                        HttpResponse<String> answer = get(client, "http://127.0.0.1:" + port + "/log-in");
                        assertThat(answer.statusCode()).isEqualTo(200);
                        served.add(answer.headers().firstValue("X-Served-By").orElse(""));
                    }
                    assertThat(served).containsExactlyInAnyOrder("otter-1", "otter-2", "otter-3");
                }
            } finally {
                lab.stop();
            }
        }
    }

    /** The servers' states once each has been checked at least once (HAProxy's first checks are spread over 5 s). */
    private static Map<String, String> awaitChecked(HaproxyServer haproxy, int servers, Duration patience)
            throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        Map<String, String> states = haproxy.serverStates();
        while (System.nanoTime() < until && (states.size() < servers
                || states.values().stream().anyMatch(state -> !state.contains("L7")))) {
            Thread.sleep(250);
            states = haproxy.serverStates();
        }
        return states;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
