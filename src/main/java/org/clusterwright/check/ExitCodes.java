package org.clusterwright.check;

/** The command line's exit codes, also recorded in the JSON results so a saved run says how it ended. */
public final class ExitCodes {
    public static final int ALL_PASSED = 0;
    public static final int WARNINGS = 1;
    public static final int FAILURES = 2;
    public static final int UNUSABLE_INPUT = 3;

    public static final String HELP = "%nExit codes:%n"
            + "  0  every check passed%n"
            + "  1  warnings, or checks skipped (nothing failed, but not everything is proven)%n"
            + "  2  at least one check failed or could not run (FAIL or ERROR)%n"
            + "  3  unusable input: bad arguments, or a profile that cannot be read%n";

    private ExitCodes() {
    }

    public static int of(RunSummary summary) {
        Status worst = summary.worst();
        return switch (worst) {
            case PASS -> ALL_PASSED;
            case SKIP, WARN -> WARNINGS;
            case FAIL, ERROR -> FAILURES;
        };
    }
}
