package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Writes and reads one probe file of the configured size and reports both rates against a threshold. */
final class StorageThroughputCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.throughput");
    static final int CHUNK_BYTES = 4 * 1024 * 1024;

    private final ProbeLimits limits;

    StorageThroughputCheck(ProbeLimits limits) {
        super(ID.value(), StorageLatencyCheck.ID);
        this.limits = limits;
    }

    @Override
    protected Outcome probe(CheckContext context) throws Exception {
        ProbeFolder folder = folder(context);
        Rates rates = measure(folder, limits.throughputBytes());
        String summary = String.format(Locale.ROOT, "Writing %s ran at %.1f MiB/s, reading it at %.1f MiB/s",
                StorageSpaceCheck.size(limits.throughputBytes()), rates.writeMiBps(), rates.readMiBps());
        Outcome outcome = Math.min(rates.writeMiBps(), rates.readMiBps()) < limits.warnBelowMiBps()
                ? Outcome.warn(summary + String.format(Locale.ROOT, ", below the %.0f MiB/s warning threshold.",
                limits.warnBelowMiBps()), "Check the network path to the file server (link speed, VPN, Wi-Fi) "
                + "and its disks; large packages and container images will upload and download this slowly.")
                : Outcome.pass(summary + ".");
        context.publish(StorageFindings.THROUGHPUT, rates);
        return outcome.withEvidence("writeMiBps", String.format(Locale.ROOT, "%.1f", rates.writeMiBps()))
                .withEvidence("readMiBps", String.format(Locale.ROOT, "%.1f", rates.readMiBps()))
                .withEvidence("probeBytes", limits.throughputBytes())
                .withEvidence("warnBelowMiBps", String.format(Locale.ROOT, "%.1f", limits.warnBelowMiBps()));
    }

    /** Write and read rates of one file of {@code bytes}, which is removed afterwards whatever happens. */
    static Rates measure(ProbeFolder folder, long bytes) throws Exception {
        byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, bytes)];
        ThreadLocalRandom.current().nextBytes(chunk);
        String name = ProbeFiles.newName("throughput");
        try {
            long started = System.nanoTime();
            folder.createLarge(name, chunk, bytes);
            long written = System.nanoTime() - started;
            started = System.nanoTime();
            long read = folder.readThrough(name, chunk);
            long reading = System.nanoTime() - started;
            if (read != bytes) {
                throw new StorageAccessException(StorageAccessException.Kind.MISMATCH, folder.describe(name)
                        + " read back " + read + " bytes of " + bytes + ".", "Check the file server's disk and "
                        + "filters; a file must read back whole.", null);
            }
            return new Rates(perSecond(bytes, written), perSecond(bytes, reading));
        } finally {
            ProbeFiles.cleanUp(folder, List.of(name));
        }
    }

    private static double perSecond(long bytes, long nanos) {
        return bytes / (double) ProbeLimits.MIB / Math.max(nanos / 1e9, 1e-9);
    }

    /** MiB per second. */
    public record Rates(double writeMiBps, double readMiBps) {
    }
}
