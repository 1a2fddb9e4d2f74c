package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The median time to create, write and close a small file, which is what package metadata and index writes
 * cost. The median, because one slow write (a cold cache, a scan) says little.
 */
final class StorageLatencyCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.latency");

    private final ProbeLimits limits;

    StorageLatencyCheck(ProbeLimits limits) {
        super(ID.value(), StorageSpaceCheck.ID);
        this.limits = limits;
    }

    @Override
    protected Outcome probe(CheckContext context) throws Exception {
        ProbeFolder folder = folder(context);
        byte[] content = new byte[limits.latencyWriteBytes()];
        ThreadLocalRandom.current().nextBytes(content);
        List<String> names = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        try {
            for (int i = 0; i < limits.latencyWrites(); i++) {
                String name = ProbeFiles.newName("latency");
                names.add(name);
                long started = System.nanoTime();
                folder.create(name, content);
                millis.add((System.nanoTime() - started) / 1e6);
            }
        } finally {
            ProbeFiles.cleanUp(folder, names);
        }
        double median = median(millis);
        String figure = String.format(Locale.ROOT, "%.1f ms", median);
        String summary = "A " + limits.latencyWriteBytes() / 1024 + " KiB write takes " + figure + " (median of "
                + millis.size() + ")";
        Outcome outcome = median > limits.warnLatencyMillis()
                ? Outcome.warn(summary + ", above the " + limits.warnLatencyMillis() + " ms warning threshold.",
                "Put the share closer to the nodes (same site, same switch), or check the file server's load and "
                        + "antivirus scanning; slow writes slow every package upload.")
                : Outcome.pass(summary + ".");
        context.publish(StorageFindings.LATENCY, new StorageFindings.Latency(median, millis.size()));
        return outcome.withEvidence("medianMillis", String.format(Locale.ROOT, "%.2f", median))
                .withEvidence("warnAboveMillis", limits.warnLatencyMillis())
                .withEvidence("writes", millis.size()).withEvidence("writeBytes", limits.latencyWriteBytes());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
