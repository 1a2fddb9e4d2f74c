package org.clusterwright.storage;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thresholds no machine misses, so that a test's verdicts never depend on how busy the test machine is: a 1 MiB
 * throughput file, and warnings only past a minute per small write or under 0.001 MiB/s. A probe that measured
 * nothing, or could not run, still misses them.
 */
public final class RelaxedLimits {
    private static final ProbeLimits LIMITS = ProbeLimits.defaults().withThroughputBytes(ProbeLimits.MIB)
            .withWarnings(60_000, 0.001);

    private RelaxedLimits() {
    }

    public static ProbeLimits probe() {
        return LIMITS;
    }

    /**
     * For a probe that ran with the default thresholds (the wizard's, the command line's): storage.latency and
     * storage.throughput measured figures within the relaxed limits, and warned, if at all, only because the figures
     * missed the defaults they name, which judge this machine's speed.
     */
    public static void assertMeasured(Collection<CheckResult> results) {
        CheckResult latency = only(results, StorageLatencyCheck.ID.value());
        double median = number(latency, "medianMillis");
        assertThat(median).as(latency.summary()).isNotNegative().isLessThanOrEqualTo(LIMITS.warnLatencyMillis());
        assertThat(latency.status()).as(latency.summary())
                .isEqualTo(median > number(latency, "warnAboveMillis") ? Status.WARN : Status.PASS);

        CheckResult throughput = only(results, StorageThroughputCheck.ID.value());
        double slower = Math.min(number(throughput, "writeMiBps"), number(throughput, "readMiBps"));
        assertThat(slower).as(throughput.summary()).isGreaterThanOrEqualTo(LIMITS.warnBelowMiBps());
        assertThat(throughput.status()).as(throughput.summary())
                .isEqualTo(slower < number(throughput, "warnBelowMiBps") ? Status.WARN : Status.PASS);
    }

    private static CheckResult only(Collection<CheckResult> results, String id) {
        return results.stream().filter(r -> r.id().value().equals(id)).reduce((a, b) -> {
            throw new AssertionError("more than one " + id + " in " + results);
        }).orElseThrow(() -> new AssertionError("no " + id + " in " + results));
    }

    private static double number(CheckResult result, String evidence) {
        String value = result.evidence().get(evidence);
        assertThat(value).as("%s's %s in %s", result.id(), evidence, result.evidence()).isNotBlank();
        return Double.parseDouble(value);
    }
}
