package org.clusterwright.cluster.restart;

import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.testing.ProgramRequirements;
import org.clusterwright.testing.ProgramRun;
import org.clusterwright.testing.SimulatedNode;
import org.clusterwright.testing.SimulatedNode.Format;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waits after each restart ask what a node really answers, and give up: the shell loop of the restart plan, run
 * by a real shell with curl, and the wizard's restart run, against an Otter node whose /health answers 404 and
 * against a node that never comes back.
 */
class RestartWaitTest {

    @Test
    void theShellWaitEndsAtOnceForANodeThatAnswersAtItsWebRootOnly() throws Exception {
        ProgramRequirements.require("curl", "curl");
        try (SimulatedNode otter = new SimulatedNode("otter", Format.OTTER)) {
            String loop = CommandLines.shellUntilBack("otter", ProbeUrls.below(otter.baseUrl()).orElseThrow(),
                    Duration.ofSeconds(20));
            long started = System.nanoTime();
            ProgramRun run = ProgramRun.run(Duration.ofSeconds(30), "sh", "-c", loop + "; echo \"ok=$ok\"");
            assertThat(run.output()).contains("ok=1").doesNotContain("not back");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void theShellWaitGivesUpAfterItsDeadlineAndSaysToStop() throws Exception {
        ProgramRequirements.require("curl", "curl");
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String loop = CommandLines.shellUntilBack("gone", ProbeUrls.below("http://127.0.0.1:" + closed + "/")
                .orElseThrow(), Duration.ofSeconds(2));
        long started = System.nanoTime();
        ProgramRun run = ProgramRun.run(Duration.ofSeconds(30), "sh", "-c", loop);
        assertThat(run.output()).contains("gone is not back after 2 s: stop here");
        // one poll, one pause of 5 s, then the deadline has passed
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void theRestartRunWaitsForAnOtterNodeByItsWebRoot() throws Exception {
        RestartExecutor executor = new RestartExecutor(new HealthProbe(HealthProbe.newClient(Duration.ofSeconds(1))),
                Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(20));
        try (SimulatedNode otter = new SimulatedNode("otter-1", Format.OTTER)) {
            Profile profile = new Profile();
            profile.setProduct(Product.OTTER);
            profile.setVersionLine(VersionLine.V2025_AND_NEWER);
            profile.setNodes(List.of(new ClusterNode("otter-1", "127.0.0.1", NodeAccess.MANUAL, otter.baseUrl())));

            List<NodeRestart> results = executor.run(RestartPlanner.plan(profile), step -> { }, RestartListener.NONE);

            assertThat(results).singleElement().satisfies(result -> {
                assertThat(result.result()).isEqualTo(NodeRestart.Result.BACK_HEALTHY);
                assertThat(result.detail()).isEqualTo("answering at its web root (it has no /health) after 1 health"
                        + " poll");
            });
        }
    }
}
