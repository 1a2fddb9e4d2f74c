package org.clusterwright.report;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.storage.apply.StorageApplyResults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes applied, as report entries. From a results file they are read back from the apply results
 * ({@code key.apply}, {@code key.restore}, {@code storage.apply}), whose evidence names the file, the backup and the
 * fingerprints; a face that still holds the key plan passes its per-node masked diffs with {@link #fromKeyApply}.
 */
public final class AppliedChanges {
    private static final List<CheckId> KEY_WRITES = List.of(NodeApplyResult.APPLY, NodeApplyResult.RESTORE);

    private AppliedChanges() {
    }

    /** A change entry for every apply result among {@code results}, in their order. */
    public static List<ChangeEntry> fromResults(List<CheckResult> results) {
        List<ChangeEntry> changes = new ArrayList<>();
        for (CheckResult result : results) {
            if (KEY_WRITES.contains(result.id())) {
                changes.add(keyChange(result, fingerprintDiff(result.evidence())));
            } else if (result.id().equals(StorageApplyResults.APPLY)
                    && !"false".equals(result.evidence().get("written"))) {
                changes.add(storageChange(result));
            }
        }
        return changes;
    }

    /** The changes of a key apply (or restore), each with the masked diff the plan showed for its node. */
    public static List<ChangeEntry> fromKeyApply(KeyPlan plan, List<NodeApplyResult> applied, CheckId id) {
        List<ChangeEntry> changes = new ArrayList<>();
        for (NodeApplyResult result : applied) {
            CheckResult asResult = result.toCheckResult(id);
            Optional<NodeKeyChange> planned = plan.changes().stream()
                    .filter(change -> change.target().equals(result.target())).findFirst();
            List<String> diff = planned.map(NodeKeyChange::diff).filter(lines -> !lines.isEmpty())
                    .orElseGet(() -> fingerprintDiff(asResult.evidence()));
            changes.add(keyChange(asResult, diff));
        }
        return changes;
    }

    private static ChangeEntry keyChange(CheckResult result, List<String> diff) {
        Map<String, String> evidence = result.evidence();
        return new ChangeEntry(result.id() + "@" + result.target(), result.id().value(), result.target(),
                evidence.getOrDefault("source", ""), evidence.getOrDefault("backup", ""), result.status(),
                result.summary(), diff);
    }

    /** Without the plan, the fingerprints before and after are the diff: the key itself is never shown. */
    private static List<String> fingerprintDiff(Map<String, String> evidence) {
        String before = evidence.getOrDefault("fingerprintBefore", "");
        String after = evidence.getOrDefault("fingerprintAfter", "");
        List<String> diff = new ArrayList<>();
        if (!before.isEmpty() && !before.equals(after)) {
            diff.add("-EncryptionKey [key " + before + "]");
        }
        if (!after.isEmpty() && !after.equals(before)) {
            diff.add("+EncryptionKey [key " + after + "]");
        }
        return diff;
    }

    /** The storage path is a setting held in the shared database: no file, and no backup beyond the old value. */
    private static ChangeEntry storageChange(CheckResult result) {
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
        return new ChangeEntry(result.id() + "@" + result.target(), result.id().value(), result.target(),
                setting, "", result.status(), result.summary(), diff);
    }
}
