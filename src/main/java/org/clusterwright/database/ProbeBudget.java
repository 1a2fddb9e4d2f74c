package org.clusterwright.database;

import java.time.Duration;

/**
 * The time one probe step may spend, taken from the runner's per-check deadline. Driver timeouts are set a little
 * shorter than the deadline so that a slow server ends in this probe's own message ("no answer within 8 s") rather
 * than in the runner's generic cut-off, and so the driver has let go of its socket by the time the next check runs.
 */
record ProbeBudget(long millis) {
    private static final long SHORTEST = 250;

    static ProbeBudget of(Duration deadline) {
        return new ProbeBudget(Math.max(SHORTEST, deadline.toMillis() * 85 / 100));
    }

    /** For settings counted in whole seconds (loginTimeout, pgjdbc's timeouts); never 0, which means "no limit". */
    int wholeSeconds() {
        return (int) Math.max(1, millis / 1000);
    }

    /** The same budget, no longer than the product's own timeout, so a server too slow for the product fails here. */
    int wholeSecondsAtMost(int productSeconds) {
        return productSeconds > 0 ? Math.min(productSeconds, wholeSeconds()) : wholeSeconds();
    }

    int millisInt() {
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    String shown() {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
