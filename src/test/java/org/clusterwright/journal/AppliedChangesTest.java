package org.clusterwright.journal;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.profile.NodeAccess;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run changed, from what its writes returned: the plan's masked diffs when it is known, else fingerprints. */
class AppliedChangesTest {
    private static final String BEFORE = "0f1e2d3c4b5a6978";
    private static final String AFTER = "a1b2c3d4e5f60718";
    private static final String BACKUP = "ProGet.config.20250314-093005.bak";

    @Test
    void aKeyApplyGivesEachWrittenNodeThePlansMaskedDiffAndLeavesOutTheNodesItDidNotChange() {
        List<String> planned = List.of("--- \\\\proget-2\\C$\\...\\ProGet.config", "@@ line 4 @@",
                "-<add key=\"EncryptionKey\" value=\"[key " + BEFORE + "]\"/>",
                "+<add key=\"EncryptionKey\" value=\"[key " + AFTER + "]\"/>");
        KeyPlan plan = new KeyPlan(KeyPlan.Decision.ADOPT, Optional.empty(), AFTER, "adopted", "", List.of(),
                List.of(new NodeKeyChange("node-2", NodeAccess.WINDOWS_SMB, NodeKeyChange.Action.WRITE,
                        "ProGet.config", BEFORE, AFTER, planned, "")),
                List.of(), Optional.empty(), Optional.empty(),
                new InstallationKnowledge(true, InstallationKnowledge.Source.ASSUMED, "assumed"));

        List<RecordedChange> changes = AppliedChanges.ofKeyWrites(Optional.of(plan), List.of(
                node("node-1", NodeApplyResult.Result.UNCHANGED, ""),
                node("node-2", NodeApplyResult.Result.APPLIED, BACKUP),
                node("node-3", NodeApplyResult.Result.FAILED, "")), NodeApplyResult.APPLY);

        assertThat(changes).extracting(RecordedChange::node).containsExactly("node-2", "node-3");
        assertThat(changes.get(0)).isEqualTo(new RecordedChange("key.apply", "node-2", "ProGet.config", BACKUP,
                Status.PASS, "node-2 done.", planned));
        assertThat(changes.get(1).status()).as("a write tried and failed is part of the story").isEqualTo(Status.FAIL);
    }

    @Test
    void aRestoreWithoutThePlanShowsTheFingerprintsBeforeAndAfterNeverTheKey() {
        List<RecordedChange> changes = AppliedChanges.ofKeyWrites(Optional.empty(),
                List.of(node("node-2", NodeApplyResult.Result.RESTORED, BACKUP)), NodeApplyResult.RESTORE);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.checkId()).isEqualTo("key.restore");
            assertThat(change.backup()).isEqualTo(BACKUP);
            assertThat(change.diff()).containsExactly("-EncryptionKey [key " + BEFORE + "]",
                    "+EncryptionKey [key " + AFTER + "]");
        });
    }

    @Test
    void theStorageSettingIsAChangeOnlyWhenItWasWritten() {
        CheckResult written = storage("true", Status.PASS);
        CheckResult already = storage("false", Status.PASS);
        CheckResult refused = new CheckResult(CheckId.of("storage.apply"), "proget", Status.FAIL,
                "Not set: storage.folder FAIL.", "", "Create the folder.", 0, Map.of());

        assertThat(AppliedChanges.ofStorage(List.of(already, refused))).isEmpty();
        assertThat(AppliedChanges.ofStorage(List.of(written))).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("Storage.PackagesRootPath");
            assertThat(change.backup()).isEmpty();
            assertThat(change.diff()).containsExactly("-Storage.PackagesRootPath = C:\\ProgramData\\ProGet\\Packages",
                    "+Storage.PackagesRootPath = \\\\files\\packages");
        });
    }

    private static NodeApplyResult node(String target, NodeApplyResult.Result result, String backup) {
        return new NodeApplyResult(target, result, "ProGet.config", backup, BEFORE, AFTER, target + " done.",
                result == NodeApplyResult.Result.FAILED ? "Check the share." : "", Duration.ofMillis(80));
    }

    private static CheckResult storage(String written, Status status) {
        return new CheckResult(CheckId.of("storage.apply"), "proget", status, "Set.", "", "", 10,
                Map.of("setting", "Storage.PackagesRootPath", "before", "C:\\ProgramData\\ProGet\\Packages",
                        "written", written, "readBack", "\\\\files\\packages"));
    }
}
