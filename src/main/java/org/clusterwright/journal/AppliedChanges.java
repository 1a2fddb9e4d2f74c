package org.clusterwright.journal;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.storage.apply.StorageApplyResults;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a run changed, as the journal records it, from what its writes returned: each node written, put back or
 * tried (with the backup and a masked diff), and ProGet's storage setting once it was written. A node left as it
 * was (already right, skipped, left to a person) changed nothing and is not a change.
 */
public final class AppliedChanges {
    private static final Set<NodeApplyResult.Result> CHANGED = EnumSet.of(NodeApplyResult.Result.APPLIED,
            NodeApplyResult.Result.RESTORED, NodeApplyResult.Result.EXPORTED, NodeApplyResult.Result.FAILED);

    private AppliedChanges() {
    }

    /**
     * The changes of a key apply ({@code key.apply}) or restore ({@code key.restore}). With the plan the apply
     * followed, each node's diff is the one the plan showed; without it (a restore), the key's fingerprints before
     * and after: the key itself is never shown.
     */
    public static List<RecordedChange> ofKeyWrites(Optional<KeyPlan> plan, List<NodeApplyResult> written, CheckId id) {
        List<RecordedChange> changes = new ArrayList<>();
        for (NodeApplyResult node : written) {
            if (!CHANGED.contains(node.result())) {
                continue;
            }
            CheckResult result = node.toCheckResult(id);
            List<String> diff = plan.flatMap(p -> p.changes().stream()
                            .filter(change -> change.target().equals(node.target())).findFirst())
                    .map(NodeKeyChange::diff).filter(lines -> !lines.isEmpty())
                    .orElseGet(() -> fingerprintDiff(node.fingerprintBefore(), node.fingerprintAfter()));
            changes.add(new RecordedChange(id.value(), node.target(), node.where(), node.backup(), result.status(),
                    result.summary(), diff));
        }
        return changes;
    }

    /** ProGet's storage path, when {@code storage.apply} among {@code results} wrote it; the old value is its backup. */
    public static List<RecordedChange> ofStorage(List<CheckResult> results) {
        List<RecordedChange> changes = new ArrayList<>();
        for (CheckResult result : results) {
            if (result.id().equals(StorageApplyResults.APPLY) && "true".equals(result.evidence().get("written"))) {
                changes.add(storageChange(result));
            }
        }
        return changes;
    }

    private static List<String> fingerprintDiff(String before, String after) {
        List<String> diff = new ArrayList<>();
        if (!before.isEmpty() && !before.equals(after)) {
            diff.add("-EncryptionKey [key " + before + "]");
        }
        if (!after.isEmpty() && !after.equals(before)) {
            diff.add("+EncryptionKey [key " + after + "]");
        }
        return diff;
    }

    private static RecordedChange storageChange(CheckResult result) {
        String setting = result.evidence().getOrDefault("setting", "");
        String readBack = result.evidence().getOrDefault("readBack", "");
        String before = result.evidence().getOrDefault("before", "");
        List<String> diff = new ArrayList<>();
        if (!before.isEmpty() && !before.equals(readBack)) {
            diff.add("-" + setting + " = " + before);
        }
        if (!readBack.isEmpty()) {
            diff.add("+" + setting + " = " + readBack);
        }
        return new RecordedChange(result.id().value(), result.target(), setting, "", result.status(),
                result.summary(), diff);
    }
}
