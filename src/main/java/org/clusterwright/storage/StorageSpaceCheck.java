package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.util.Locale;

/** Free space as the server reports it to this account (quotas included), against a warning threshold. */
final class StorageSpaceCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.space");

    private final ProbeLimits limits;

    StorageSpaceCheck(ProbeLimits limits) {
        super(ID.value(), StorageWriteCheck.ID);
        this.limits = limits;
    }

    @Override
    protected Outcome probe(CheckContext context) throws Exception {
        ProbeFolder folder = folder(context);
        ProbeFolder.Space space = folder.space();
        String summary = size(space.freeBytes()) + " free of " + size(space.totalBytes()) + " on " + folder.describe("");
        Outcome outcome = space.freeBytes() < limits.minFreeBytes()
                ? Outcome.warn(summary + ", less than the " + size(limits.minFreeBytes()) + " warning threshold.",
                "Give the share more room (or raise its quota) before the cluster stores packages there; a full "
                        + "share stops every node at once.")
                : Outcome.pass(summary + ".");
        context.publish(StorageFindings.SPACE, new StorageFindings.FreeSpace(space.freeBytes(), space.totalBytes()));
        return outcome.withEvidence("freeBytes", space.freeBytes()).withEvidence("totalBytes", space.totalBytes())
                .withEvidence("warnBelowBytes", limits.minFreeBytes());
    }

    static String size(long bytes) {
        if (bytes >= ProbeLimits.GIB) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) ProbeLimits.GIB);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) ProbeLimits.MIB);
    }
}
