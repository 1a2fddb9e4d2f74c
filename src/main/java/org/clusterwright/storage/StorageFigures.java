package org.clusterwright.storage;

import org.clusterwright.check.Findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The storage probe's measured figures in one line, from what a run of it found. */
public final class StorageFigures {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private StorageFigures() {
    }

    /** Empty before a probe measured anything. */
    public static String describe(Findings findings) {
        List<String> parts = new ArrayList<>();
        findings.any(StorageFindings.NEGOTIATED).ifPresent(negotiated -> parts.add(negotiated.dialect()
                + (findings.any(StorageFindings.SESSION_ENCRYPTED).orElse(false)
                ? ", encrypted" + (negotiated.cipher().isBlank() ? "" : " (" + negotiated.cipher() + ")")
                : ", not encrypted")));
        findings.any(StorageFindings.SPACE).ifPresent(space -> parts.add(gib(space.freeBytes()) + " free of "
                + gib(space.totalBytes())));
        findings.any(StorageFindings.LATENCY).ifPresent(latency -> parts.add(String.format(Locale.ROOT,
                "write latency %.2f ms (median of %d)", latency.medianMillis(), latency.writes())));
        findings.any(StorageFindings.THROUGHPUT).ifPresent(rates -> parts.add(String.format(Locale.ROOT,
                "write %.1f MiB/s, read %.1f MiB/s", rates.writeMiBps(), rates.readMiBps())));
        return String.join(" · ", parts);
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
    }
}
