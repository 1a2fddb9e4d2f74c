package org.clusterwright.check;

/** What a check found. Ordered from best to worst so that a summary can take the maximum. */
public enum Status {
    /** Proven to work. */
    PASS,
    /** Not run, with the reason: a prerequisite failed, the user cancelled, or it cannot be proven from here. */
    SKIP,
    /** Works, but something deserves attention. */
    WARN,
    /** Proven not to work. */
    FAIL,
    /** The check itself could not finish (an exception, a deadline); nothing was proven either way. */
    ERROR;

    /** True when later checks that depend on this one may run. */
    public boolean allowsDependents() {
        return this == PASS || this == WARN;
    }

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
