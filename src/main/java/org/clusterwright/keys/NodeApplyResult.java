package org.clusterwright.keys;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Outcome;

import java.time.Duration;

/**
 * How applying (or restoring) went on one node. {@code backup} names the backup beside the config file, which
 * is what a restore puts back. Messages never hold a key or password; fingerprints stand in for keys.
 */
public record NodeApplyResult(String target, Result result, String where, String backup, String fingerprintBefore,
                              String fingerprintAfter, String message, String remedy, Duration took) {
    public static final CheckId APPLY = CheckId.of("key.apply");
    public static final CheckId RESTORE = CheckId.of("key.restore");

    public enum Result {
        /** Written, with a backup, and read back equal. */
        APPLIED,
        /** Already as planned; nothing written. */
        UNCHANGED,
        /** Files for a Docker/Linux node were written to the export folder. */
        EXPORTED,
        /** Left to the administrator; the checklist says what to do. */
        MANUAL,
        /** The backup was put back and read back equal. */
        RESTORED,
        /** Not attempted; {@code message} says why. */
        SKIPPED,
        /** Failed; the node was left as it was unless {@code message} says otherwise. */
        FAILED
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    public CheckResult toCheckResult(CheckId id) {
        Outcome outcome = switch (result) {
            case APPLIED, UNCHANGED, EXPORTED, RESTORED -> Outcome.pass(message);
            case MANUAL -> Outcome.warn(message, remedy.isBlank() ? "Follow the checklist for this node." : remedy);
            case SKIPPED -> Outcome.skip(message);
            case FAILED -> Outcome.fail(message, remedy.isBlank() ? "See the message; the node was left as it was." : remedy);
        };
        outcome = outcome.withEvidence("source", where);
        if (!backup.isEmpty()) {
            outcome = outcome.withEvidence("backup", backup);
        }
        if (!fingerprintBefore.isEmpty()) {
            outcome = outcome.withEvidence("fingerprintBefore", fingerprintBefore);
        }
        if (!fingerprintAfter.isEmpty()) {
            outcome = outcome.withEvidence("fingerprintAfter", fingerprintAfter);
        }
        return CheckResult.of(id, target, outcome, took);
    }
}
