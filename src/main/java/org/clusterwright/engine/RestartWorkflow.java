package org.clusterwright.engine;

import org.clusterwright.check.CheckResult;
import org.clusterwright.cluster.HaChecklist;
import org.clusterwright.cluster.health.HealthProbe;
import org.clusterwright.cluster.restart.NodeRestart;
import org.clusterwright.cluster.restart.NodeRestarter;
import org.clusterwright.cluster.restart.RestartExecutor;
import org.clusterwright.cluster.restart.RestartListener;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.profile.Profile;

import java.time.Duration;
import java.util.List;

/**
 * Step 4's restart run, once: the plan one node at a time, each node restarted by the given {@link NodeRestarter}
 * (the person, or the demo lab) and its health awaited before the next, so a bad restart never takes a second node
 * down. Each node's outcome becomes an {@code ha.restart} result, and a run in which every node came back healthy
 * ticks the restart item: proven, not someone's word.
 */
public final class RestartWorkflow {
    /** How long a node may take to be back after its restart: the restart plan's command lines wait as long. */
    public static final Duration NODE_DEADLINE = RestartPlanner.NODE_DEADLINE;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private final Profile profile;
    private final Duration nodeDeadline;
    private final HealthProbe probe = new HealthProbe(HealthProbe.lazyClient(PROBE_TIMEOUT));

    public RestartWorkflow(Profile profile, Duration nodeDeadline) {
        this.profile = profile;
        this.nodeDeadline = nodeDeadline;
    }

    /** The profile's restart plan, node by node, drained nodes first. */
    public RestartPlan plan() {
        return RestartPlanner.plan(profile);
    }

    /**
     * Runs {@code plan} (the profile's, or the same steps with other command lines) to its end or to the first node
     * in the cluster that does not come back. Ticks the profile's restart item when every node came back healthy;
     * the caller saves the profile.
     */
    public Outcome run(RestartPlan plan, NodeRestarter restarter, RestartListener listener) throws InterruptedException {
        List<NodeRestart> done = new RestartExecutor(probe, PROBE_TIMEOUT, nodeDeadline, POLL_INTERVAL)
                .run(plan, restarter, listener);
        Outcome outcome = new Outcome(done);
        if (outcome.allHealthy()) {
            new HaChecklist(profile).tick(HaChecklist.RESTART);
        }
        return outcome;
    }

    /** What a restart run did, node by node. */
    public record Outcome(List<NodeRestart> restarts) {
        public Outcome {
            restarts = List.copyOf(restarts);
        }

        /** One {@code ha.restart} result per node, for the step's results and the report. */
        public List<CheckResult> results() {
            return restarts.stream().map(NodeRestart::toCheckResult).toList();
        }

        public long healthy() {
            return restarts.stream().filter(r -> r.result() == NodeRestart.Result.BACK_HEALTHY).count();
        }

        /** Every node was seen healthy after its restart. */
        public boolean allHealthy() {
            return !restarts.isEmpty() && healthy() == restarts.size();
        }
    }
}
