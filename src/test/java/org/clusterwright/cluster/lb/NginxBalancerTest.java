package org.clusterwright.cluster.lb;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRun;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.verify.BalancerReport;
import org.clusterwright.cluster.verify.VerifyOptions;
import org.clusterwright.cluster.verify.VerifyPlan;
import org.clusterwright.profile.Profile;
import org.clusterwright.testing.NginxServer;
import org.clusterwright.testing.SimulatedNode;
import org.clusterwright.testing.SimulatedNode.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A real nginx from Debian, started on loopback with the generated config, in front of three simulated nodes. */
class NginxBalancerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final int REQUESTS = 30;

    @TempDir
    Path folder;

    private SimulatedNode a;
    private SimulatedNode b;
    private SimulatedNode c;
    private int port;

    @BeforeEach
    void nodes() throws Exception {
        a = new SimulatedNode("a", Format.PROGET_2025);
        b = new SimulatedNode("b", Format.PROGET_2025);
        c = new SimulatedNode("c", Format.PROGET_2025);
        port = NginxServer.freePort();
    }

    @AfterEach
    void stopNodes() {
        List.of(a, b, c).forEach(SimulatedNode::close);
    }

    @Test
    void theSpreadIsSeenThroughTheHeaderAndTheDrainedNodeGetsNothing() throws Exception {
        Profile profile = profile();
        LbProfiles.drain(profile, "c");
        try (NginxServer nginx = NginxServer.start(folder, LbConfigKind.NGINX.generate(profile), port)) {
            Run run = verify(profile);
            CheckResult balancer = run.balancer();

            assertThat(balancer.status()).as(balancer.summary() + "\n" + balancer.detail() + "\n" + nginx.errorLog())
                    .isEqualTo(Status.PASS);
            BalancerReport report = VerifyPlan.balancer(run.run().findings()).orElseThrow();
            Map<String, Integer> spread = report.distribution();
            assertThat(spread.get("a") + spread.get("b")).isEqualTo(REQUESTS);
            assertThat(spread.get("a")).isPositive();
            assertThat(spread.get("b")).isPositive();
            assertThat(spread.get("c")).isZero();
            assertThat(c.proxiedRequests()).as("nothing reached the drained node through nginx").isZero();
            assertThat(balancer.evidence()).containsKeys("p50Millis", "p95Millis", "maxMillis")
                    .containsEntry("requests", String.valueOf(REQUESTS)).containsEntry("succeeded", String.valueOf(REQUESTS));
        }
    }

    @Test
    void aNodeStoppedMidRunIsNamedWhileEveryRequestStillSucceeds() throws Exception {
        Profile profile = profile();
        b.stopAfterProxied(3);
        try (NginxServer nginx = NginxServer.start(folder, LbConfigKind.NGINX.generate(profile), port)) {
            CheckResult balancer = verify(profile).balancer();

            assertThat(balancer.status()).as(nginx.errorLog()).isEqualTo(Status.FAIL);
            assertThat(balancer.summary()).contains("b stopped answering through the balancer after request");
            assertThat(balancer.evidence()).containsEntry("succeeded", String.valueOf(REQUESTS));
            assertThat(balancer.remedy()).contains("Look at b");
        }
    }

    @Test
    void aBalancerStillSendingToADrainedNodeFails() throws Exception {
        Profile profile = profile();
        // the balancer was configured while c was in the cluster; c has been drained since
        try (NginxServer nginx = NginxServer.start(folder, LbConfigKind.NGINX.generate(profile), port)) {
            LbProfiles.drain(profile, "c");
            CheckResult balancer = verify(profile).balancer();

            assertThat(balancer.status()).isEqualTo(Status.FAIL);
            assertThat(balancer.summary()).startsWith("Drained node c received");
            assertThat(balancer.remedy()).contains("Mark c down");
        }
    }

    private Profile profile() {
        return LbProfiles.of("http://127.0.0.1:" + port + "/", "a", a.baseUrl(), "b", b.baseUrl(), "c", c.baseUrl());
    }

    private static Run verify(Profile profile) throws InterruptedException {
        CheckRun run = new CheckRunner(DEADLINE).runToEnd(VerifyPlan.targets(profile,
                VerifyOptions.forDeadline(DEADLINE).withBalancerRequests(REQUESTS), Set.of()));
        return new Run(run, run.await());
    }

    private record Run(CheckRun run, List<CheckResult> results) {
        CheckResult balancer() {
            return results.stream().filter(r -> r.id().equals(VerifyPlan.BALANCER)).findFirst().orElseThrow();
        }
    }
}
