package org.clusterwright.ui.viewmodel;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the step list shows beside each step, by one rule (see {@link #of}). Each state has a word, not just a
 * colour, to stay readable.
 */
public enum StepState {
    INPUT_NEEDED("Input needed", "state-input"),
    NOT_CHECKED("Not checked", "state-ready"),
    RUNNING("Checking…", "state-running"),
    CANCELLED("Cancelled", "state-warn"),
    PASSED("Passed", "state-pass"),
    WARNINGS("Warnings", "state-warn"),
    FAILED("Failed", "state-fail");

    /** How a step's last check run ended, as far as its results still stand. */
    public enum LastRun { NONE, FINISHED, CANCELLED }

    private final String label;
    private final String styleClass;

    StepState(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }

    /**
     * A step's state. A run in progress says so; then missing input, since no result means much without it; then
     * how the last run ended: none since the last edit is "not checked" (results of things done meanwhile, such as a
     * restart, do not make a step checked), a cancelled one is "cancelled"; a finished one is judged by its worst
     * result, a warning the open profile is bound to get ({@code expected}) counting as passed.
     */
    public static StepState of(boolean running, boolean inputMissing, LastRun lastRun, List<CheckResult> results,
                               Predicate<CheckResult> expected) {
        if (running) {
            return RUNNING;
        }
        if (inputMissing) {
            return INPUT_NEEDED;
        }
        return switch (lastRun) {
            case NONE -> NOT_CHECKED;
            case CANCELLED -> CANCELLED;
            case FINISHED -> judged(results, expected);
        };
    }

    private static StepState judged(List<CheckResult> results, Predicate<CheckResult> expected) {
        StepState state = PASSED;
        for (CheckResult result : results) {
            Status status = expected.test(result) ? Status.PASS : result.status();
            StepState of = switch (status) {
                case PASS -> PASSED;
                case SKIP, WARN -> WARNINGS;
                case FAIL, ERROR -> FAILED;
            };
            if (of.ordinal() > state.ordinal()) {
                state = of;
            }
        }
        return state;
    }
}
