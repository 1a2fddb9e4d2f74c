package org.clusterwright.storage;

import org.clusterwright.check.Finding;

/**
 * What the storage probe publishes as it goes, for the step's plan (a missing folder to create) and for the
 * figures the page and the report show. The evidence of each check says the same in words.
 */
public final class StorageFindings {
    /** The SMB dialect and cipher {@code storage.session} negotiated. */
    public static final Finding<Negotiated> NEGOTIATED = Finding.of("storage.negotiated", Negotiated.class);
    /** Whether the service account's session, as {@code storage.login} opened it, is encrypted. */
    public static final Finding<Boolean> SESSION_ENCRYPTED = Finding.of("storage.session-encrypted", Boolean.class);
    /** The folder {@code storage.folder} found missing, as a UNC or local path. */
    public static final Finding<String> MISSING_FOLDER = Finding.of("storage.missing-folder", String.class);
    /** Free and total bytes behind the folder, as {@code storage.space} read them. */
    public static final Finding<FreeSpace> SPACE = Finding.of("storage.space", FreeSpace.class);
    /** The median small-write latency {@code storage.latency} measured. */
    public static final Finding<Latency> LATENCY = Finding.of("storage.latency", Latency.class);
    /** The rates {@code storage.throughput} measured. */
    public static final Finding<StorageThroughputCheck.Rates> THROUGHPUT =
            Finding.of("storage.throughput", StorageThroughputCheck.Rates.class);

    private StorageFindings() {
    }

    /** An SMB dialect ("SMB 3.1.1") and the cipher the session would encrypt with ("none" without one). */
    public record Negotiated(String dialect, String cipher) {
    }

    public record FreeSpace(long freeBytes, long totalBytes) {
    }

    public record Latency(double medianMillis, int writes) {
    }
}
