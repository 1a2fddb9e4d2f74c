package org.clusterwright.cluster.restart;

import org.clusterwright.cluster.health.HealthAnswer;
import org.clusterwright.cluster.health.HealthProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a restart plan one node at a time: restart (through the caller), then poll the node's health until it
 * is back ({@link HealthAnswer#alive()}: healthy, or answering at its web root where it has no {@code /health}) or the
 * per-node deadline passes. A node in the cluster that does not come back stops the plan, so a bad
 * restart never takes a second node down; a drained node that does not come back is reported and the plan goes on,
 * since it carried no traffic.
 */
public final class RestartExecutor {
    private final HealthProbe probe;
    private final Duration probeTimeout;
    private final Duration nodeDeadline;
    private final Duration pollInterval;

    public RestartExecutor(HealthProbe probe, Duration probeTimeout, Duration nodeDeadline, Duration pollInterval) {
        this.probe = probe;
        this.probeTimeout = probeTimeout;
        this.nodeDeadline = nodeDeadline;
        this.pollInterval = pollInterval;
    }

    public List<NodeRestart> run(RestartPlan plan, NodeRestarter restarter, RestartListener listener)
            throws InterruptedException {
        List<NodeRestart> results = new ArrayList<>();
        String stoppedBecause = "";
        for (RestartStep step : plan.steps()) {
            NodeRestart result = stoppedBecause.isEmpty() ? restart(step, restarter, listener)
                    : new NodeRestart(step, NodeRestart.Result.NOT_STARTED, stoppedBecause, 0);
            results.add(result);
            listener.finished(result);
            boolean bad = result.result() == NodeRestart.Result.RESTART_FAILED
                    || result.result() == NodeRestart.Result.NOT_BACK_IN_TIME;
            if (bad && step.inCluster() && stoppedBecause.isEmpty()) {
                stoppedBecause = step.target() + " did not come back, so no other node was taken down.";
            }
        }
        return results;
    }

    private NodeRestart restart(RestartStep step, NodeRestarter restarter, RestartListener listener)
            throws InterruptedException {
        long started = System.nanoTime();
        listener.restarting(step);
        try {
            restarter.restart(step);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            String message = e.getMessage();
            return new NodeRestart(step, NodeRestart.Result.RESTART_FAILED,
                    message == null || message.isBlank() ? e.getClass().getSimpleName() : message, millisSince(started));
        }
        if (step.healthBaseUrl().isBlank()) {
            return new NodeRestart(step, NodeRestart.Result.RESTARTED_UNVERIFIED, "no health address", millisSince(started));
        }
        return awaitHealthy(step, listener, started);
    }

    private NodeRestart awaitHealthy(RestartStep step, RestartListener listener, long started) throws InterruptedException {
        long until = System.nanoTime() + nodeDeadline.toNanos();
        HealthAnswer last;
        // what the node last said when it did answer: more use to a person than the cut-short final poll
        HealthAnswer lastAnswered = null;
        int polls = 0;
        while (true) {
            long left = until - System.nanoTime();
            Duration timeout = Duration.ofNanos(Math.max(1_000_000, Math.min(probeTimeout.toNanos(), left)));
            last = probe.probe(step.healthBaseUrl(), timeout);
            polls++;
            if (last.alive()) {
                String how = last.healthy() ? "healthy" : "answering at its web root (it has no /health)";
                return new NodeRestart(step, NodeRestart.Result.BACK_HEALTHY, how + " after " + polls + " health "
                        + (polls == 1 ? "poll" : "polls"), millisSince(started));
            }
            if (last.report().isPresent()) {
                lastAnswered = last;
            }
            listener.waiting(step, last);
            if (System.nanoTime() + pollInterval.toNanos() >= until) {
                break;
            }
            Thread.sleep(pollInterval.toMillis());
        }
        HealthAnswer said = lastAnswered != null ? lastAnswered : last;
        String lastWord = said.inWords();
        return new NodeRestart(step, NodeRestart.Result.NOT_BACK_IN_TIME, "still not healthy after " + nodeDeadline.toMillis()
                + " ms (" + polls + " polls; last: " + lastWord + ")", millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
