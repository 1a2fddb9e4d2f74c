package org.clusterwright.storage;

/**
 * How much the probe writes and where its warnings start. The thresholds go into the evidence next to the
 * figures, so a report shows what was measured against what.
 *
 * @param minFreeBytes       storage.space warns below this much free space
 * @param latencyWrites      how many small files storage.latency writes; the median is reported
 * @param latencyWriteBytes  the size of each of them
 * @param warnLatencyMillis  storage.latency warns when the median is above this
 * @param throughputBytes    the size of storage.throughput's probe file
 * @param warnBelowMiBps     storage.throughput warns when writing or reading is slower than this
 */
public record ProbeLimits(long minFreeBytes, int latencyWrites, int latencyWriteBytes, long warnLatencyMillis,
                          long throughputBytes, double warnBelowMiBps) {
    public static final long MIB = 1024L * 1024;
    public static final long GIB = 1024L * MIB;

    public ProbeLimits {
        if (minFreeBytes < 0 || latencyWrites < 1 || latencyWriteBytes < 1 || warnLatencyMillis < 1
                || throughputBytes < 1 || !(warnBelowMiBps > 0)) {
            throw new IllegalArgumentException("probe limits must be positive: " + minFreeBytes + ", "
                    + latencyWrites + ", " + latencyWriteBytes + ", " + warnLatencyMillis + ", " + throughputBytes
                    + ", " + warnBelowMiBps);
        }
    }

    /** Packages and artifacts need room to grow; a few milliseconds per write and tens of MiB/s serve a team. */
    public static ProbeLimits defaults() {
        return new ProbeLimits(10 * GIB, 9, 4096, 50, 32 * MIB, 20);
    }

    public ProbeLimits withThroughputBytes(long bytes) {
        return new ProbeLimits(minFreeBytes, latencyWrites, latencyWriteBytes, warnLatencyMillis, bytes, warnBelowMiBps);
    }

    /** The same amounts with other warning thresholds for the median write and the slower of the two rates. */
    public ProbeLimits withWarnings(long latencyMillis, double belowMiBps) {
        return new ProbeLimits(minFreeBytes, latencyWrites, latencyWriteBytes, latencyMillis, throughputBytes, belowMiBps);
    }

    public ProbeLimits withMinFreeBytes(long bytes) {
        return new ProbeLimits(bytes, latencyWrites, latencyWriteBytes, warnLatencyMillis, throughputBytes, warnBelowMiBps);
    }
}
