package org.clusterwright.check;

import java.util.Set;

/**
 * One named verification. Implementations do their own I/O with timeouts taken from
 * {@link CheckContext#deadline()}; the runner still cuts them off at the deadline if they hang.
 */
public interface Check {

    CheckId id();

    /**
     * Checks of the same target that must have passed (or warned) for this one to run. When one did not, this
     * check is reported as SKIP naming it, so a dead host costs one timeout, not one per check.
     */
    default Set<CheckId> requires() {
        return Set.of();
    }

    /** Runs the check. Throwing is allowed: the runner reports ERROR with the reason, never PASS. */
    Outcome run(CheckContext context) throws Exception;
}
