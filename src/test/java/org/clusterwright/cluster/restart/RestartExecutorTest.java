package org.clusterwright.cluster.restart;

import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.testing.SimulatedNode;
import org.clusterwright.testing.SimulatedNode.Format;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The restart executor against simulated nodes that go unhealthy while "restarting". */
class RestartExecutorTest {
    private final RestartExecutor executor = new RestartExecutor(new HealthProbe(HealthProbe.newClient(Duration.ofSeconds(1))),
            Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(20));

    @Test
    void eachNodeIsRestartedOnlyAfterThePreviousOneIsHealthyAgain() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.PROGET_2026);
             SimulatedNode b = new SimulatedNode("b", Format.PROGET_2026)) {
            Map<String, SimulatedNode> nodes = Map.of("a", a, "b", b);
            List<String> events = new ArrayList<>();
            RestartListener listener = new RestartListener() {
                @Override
                public void waiting(RestartStep step, org.clusterwright.cluster.health.HealthAnswer answer) {
                    events.add("waiting " + step.target());
                }

                @Override
                public void finished(NodeRestart result) {
                    events.add("back " + result.step().target());
                }
            };

            List<NodeRestart> results = executor.run(RestartPlanner.plan(profile(a, b)), step -> {
                events.add("restart " + step.target());
                nodes.get(step.target()).restarting(3);
            }, listener);

            assertThat(results).extracting(NodeRestart::result).containsOnly(NodeRestart.Result.BACK_HEALTHY);
            assertThat(results.get(0).detail()).isEqualTo("healthy after 4 health polls");
            assertThat(events).containsExactly("restart a", "waiting a", "waiting a", "waiting a", "back a",
                    "restart b", "waiting b", "waiting b", "waiting b", "back b");
        }
    }

    @Test
    void aNodeThatDoesNotComeBackStopsThePlanBeforeTheNext() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.PROGET_2025);
             SimulatedNode b = new SimulatedNode("b", Format.PROGET_2025)) {
            List<String> restarted = new ArrayList<>();

            List<NodeRestart> results = executor.run(RestartPlanner.plan(profile(a, b)), step -> {
                restarted.add(step.target());
                a.serviceDown(true);
            }, RestartListener.NONE);

            assertThat(restarted).containsExactly("a");
            assertThat(results).extracting(NodeRestart::result)
                    .containsExactly(NodeRestart.Result.NOT_BACK_IN_TIME, NodeRestart.Result.NOT_STARTED);
            assertThat(results.get(0).detail()).contains("service Error");
            assertThat(results.get(1).toCheckResult().summary()).contains("a did not come back");
            assertThat(results.get(0).toCheckResult().remedy()).isNotBlank();
        }
    }

    @Test
    void aFailedRestartOfADrainedNodeIsReportedAndTheOthersStillRestart() throws Exception {
        try (SimulatedNode a = new SimulatedNode("a", Format.PROGET_2025);
             SimulatedNode b = new SimulatedNode("b", Format.PROGET_2025)) {
            Profile profile = profile(a, b);
            profile.getNodes().get(1).setHaEnabled(false);

            List<NodeRestart> results = executor.run(RestartPlanner.plan(profile), step -> {
                if (step.target().equals("b")) {
                    throw new IllegalStateException("Access is denied.");
                }
            }, RestartListener.NONE);

            assertThat(results).extracting(r -> r.step().target()).containsExactly("b", "a");
            assertThat(results).extracting(NodeRestart::result)
                    .containsExactly(NodeRestart.Result.RESTART_FAILED, NodeRestart.Result.BACK_HEALTHY);
            assertThat(results.get(0).detail()).isEqualTo("Access is denied.");
        }
    }

    private static Profile profile(SimulatedNode... simulated) {
        Profile profile = new Profile();
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(VersionLine.V2025_AND_NEWER);
        List<ClusterNode> nodes = new ArrayList<>();
        for (SimulatedNode node : simulated) {
            nodes.add(new ClusterNode(node.name(), "127.0.0.1", NodeAccess.WINDOWS_SMB, node.baseUrl()));
        }
        profile.setNodes(nodes);
        return profile;
    }
}
