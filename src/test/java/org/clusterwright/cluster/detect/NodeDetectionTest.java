package org.clusterwright.cluster.detect;

import com.sun.net.httpserver.HttpServer;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.engine.CheckPlanner;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.SimulatedNode;
import org.clusterwright.testing.SimulatedNode.Format;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 1 reads what each node runs before asking: /health's applicationName and releaseNumber (ProGet, BuildMaster;
 * ProGet 2026 through /health/json), ProGet's X-ProGet-Version header, or "could not tell"; then proposes the
 * product and release line, and warns when the profile says otherwise or the nodes differ among themselves.
 */
class NodeDetectionTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @Test
    void nodesThatAgreeWithTheProfilePassAndProposeTheirLine() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.PROGET_2025);
             SimulatedNode b = new SimulatedNode("b", Format.PROGET_2026)) {
            Run run = run(Product.PROGET, VersionLine.V2025_AND_NEWER, a.baseUrl(), b.baseUrl());

            assertThat(run.status("node.product", "a")).isEqualTo(Status.PASS);
            assertThat(run.result("node.product", "b").summary()).contains("runs ProGet 26.0.3")
                    .contains("release line 2025 and newer, as the profile says");
            // the two answer different versions: each server must run the same one
            assertThat(run.status("cluster.line", "cluster")).isEqualTo(Status.FAIL);
            assertThat(run.result("cluster.line", "cluster").summary()).contains("different versions");
        }
    }

    @Test
    void aProfileThatSaysOtherwiseGetsAWarningAndTheProposal() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.BUILDMASTER);
             SimulatedNode b = new SimulatedNode("b", Format.BUILDMASTER)) {
            Run run = run(Product.PROGET, VersionLine.V2025_AND_NEWER, a.baseUrl(), b.baseUrl());

            assertThat(run.status("node.product", "a")).isEqualTo(Status.WARN);
            assertThat(run.result("node.product", "a").summary()).isEqualTo("a runs BuildMaster 23.0.9; the profile"
                    + " says ProGet.");
            CheckResult line = run.result("cluster.line", "cluster");
            assertThat(line.status()).isEqualTo(Status.WARN);
            assertThat(line.summary()).isEqualTo("The nodes run BuildMaster 23.0.9: BuildMaster, release line 2023 to"
                    + " 2024; the profile says ProGet, 2025 and newer.");
            assertThat(run.run.findings().get(ClusterLineCheck.TARGET, ClusterLineCheck.PROPOSAL)).hasValueSatisfying(
                    proposal -> {
                        assertThat(proposal.product()).isEqualTo(Product.BUILDMASTER);
                        assertThat(proposal.line()).isEqualTo(VersionLine.V2023_TO_2024);
                        assertThat(proposal.differs()).isTrue();
                    });
        }
    }

    @Test
    void proGetsVersionHeaderTellsWhenHealthDoesNotAndOtterCannotTell() throws Exception {
        HttpServer header = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        header.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("X-ProGet-Version", "5.3.16.4");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, -1);
            exchange.close();
        });
        header.start();
        try (SimulatedNode otter = new SimulatedNode("otter", Format.OTTER)) {
            String headerUrl = "http://127.0.0.1:" + header.getAddress().getPort() + "/";
            Run proget = run(Product.PROGET, VersionLine.PROGET_5_3_AND_OLDER, headerUrl);
            assertThat(proget.result("node.product", "n1").summary()).isEqualTo("n1 runs ProGet 5.3.16.4 (told by"
                    + " X-ProGet-Version header), release line ProGet 5.3 and older, as the profile says.");
            assertThat(proget.status("cluster.line", "cluster")).isEqualTo(Status.PASS);

            Run otterRun = run(Product.OTTER, VersionLine.V2025_AND_NEWER, otter.baseUrl());
            CheckResult told = otterRun.result("node.product", "n1");
            assertThat(told.status()).isEqualTo(Status.SKIP);
            assertThat(told.summary()).contains("Could not tell").contains("/health answered 404")
                    .contains("Otter documents no /health");
            assertThat(otterRun.status("cluster.line", "cluster")).isEqualTo(Status.SKIP);
        } finally {
            header.stop(0);
        }
    }

    @Test
    void aVersionWithoutTheClusterPageFails() throws Exception {
        try (SimulatedNode old = new SimulatedNode("old", Format.PROGET_5_2_9)) {
            Run run = run(Product.PROGET, VersionLine.PROGET_5_3_AND_OLDER, old.baseUrl());
            CheckResult detected = run.result("node.product", "n1");
            assertThat(detected.status()).isEqualTo(Status.FAIL);
            assertThat(detected.summary()).contains("ProGet 5.2.9 has no Cluster page; it came with ProGet 5.3.16");
        }
    }

    private record Run(CheckRun run, Map<String, CheckResult> results) {
        CheckResult result(String id, String target) {
            return results.get(id + "@" + target);
        }

        Status status(String id, String target) {
            return result(id, target).status();
        }
    }

    private static Run run(Product product, VersionLine line, String... baseUrls) throws InterruptedException {
        Profile profile = new Profile();
        profile.setName("detect");
        profile.setProduct(product);
        profile.setVersionLine(line);
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < baseUrls.length; i++) {
            String name = baseUrls.length == 2 ? (i == 0 ? "a" : "b") : "n" + (i + 1);
            nodes.add(new ClusterNode(name, "127.0.0.1", NodeAccess.MANUAL, baseUrls[i]));
        }
        profile.setNodes(nodes);
        CheckRun run = new CheckRunner(DEADLINE).runToEnd(new CheckPlanner(DEADLINE).plan(profile,
                new InMemorySecretStore(), List.of(Step.DATABASE)));
        return new Run(run, run.await().stream().collect(Collectors.toMap(r -> r.id() + "@" + r.target(), r -> r,
                (x, y) -> x)));
    }
}
