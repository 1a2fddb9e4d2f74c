package org.clusterwright.cluster.restart;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Outcome;

import java.time.Duration;

/** How one node's restart ended; {@link #toCheckResult()} makes it an {@code ha.restart} line for the report. */
public record NodeRestart(RestartStep step, Result result, String detail, long millis) {
    public static final CheckId ID = CheckId.of("ha.restart");

    public enum Result {
        /** Restarted, and its health answered healthy again. */
        BACK_HEALTHY,
        /** Restarted; there is no health address to wait on, so its return is unproven. */
        RESTARTED_UNVERIFIED,
        /** The restart itself failed (the command or the person said so). */
        RESTART_FAILED,
        /** Restarted, but not healthy again before the deadline. */
        NOT_BACK_IN_TIME,
        /** Not restarted: an earlier node did not come back, so this one was left running. */
        NOT_STARTED
    }

    public CheckResult toCheckResult() {
        Outcome outcome = switch (result) {
            case BACK_HEALTHY -> Outcome.pass(step.target() + " restarted and is healthy again (" + detail + ").");
            case RESTARTED_UNVERIFIED -> Outcome.skip(step.target() + " restarted; its health was not polled (" + detail + ").");
            case RESTART_FAILED -> Outcome.fail(step.target() + " could not be restarted: " + detail,
                    "Run the node's restart lines by hand and read the error; the nodes after it were left running.");
            case NOT_BACK_IN_TIME -> Outcome.fail(step.target() + " did not come back healthy in time: " + detail,
                    "Look at the node's service log and /health before restarting any other node.");
            case NOT_STARTED -> Outcome.skip(step.target() + " was not restarted: " + detail);
        };
        return CheckResult.of(ID, step.target(), outcome, Duration.ofMillis(millis));
    }
}
