package org.clusterwright.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides whether this run is CI, where a test that cannot run must fail rather than skip. CI
 * services set {@code CI=true}; people also write {@code CI=1} or {@code CI=yes}, in any case, and each of those must
 * turn every skip into a failure, not just some of them.
 */
public final class ContinuousIntegration {
    private static final String VARIABLE = "CI";
    private static final Set<String> ON = Set.of("true", "1", "yes");

    private ContinuousIntegration() {
    }

    /** The value of this process's CI variable, or null. */
    public static String value() {
        return System.getenv(VARIABLE);
    }

    /** True when the CI variable of this process says so. */
    public static boolean isOn() {
        return isOn(value());
    }

    /** True when {@code ci}, the value of the CI variable, says this is a CI run. */
    public static boolean isOn(String ci) {
        return ci != null && ON.contains(ci.strip().toLowerCase(Locale.ROOT));
    }

    /** Skips the calling test for {@code reason}; under CI fails it instead. */
    public static void skipOrFail(String reason) {
        skipOrFail(reason, value(), null);
    }

    /** Skips, or fails (keeping {@code cause}) when {@code ci}, the value of the CI variable, says this is a CI run. */
    public static void skipOrFail(String reason, String ci, Throwable cause) {
        if (isOn(ci)) {
            Assertions.fail(reason + " CI=" + ci + ", so this fails instead of skipping.", cause);
        }
        Assumptions.abort(reason);
    }
}
