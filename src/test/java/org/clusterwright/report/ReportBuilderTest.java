package org.clusterwright.report;

import org.clusterwright.check.Status;
import org.clusterwright.keys.InstallationKnowledge;
import org.clusterwright.keys.KeyPlan;
import org.clusterwright.keys.NodeApplyResult;
import org.clusterwright.keys.NodeKeyChange;
import org.clusterwright.profile.NodeAccess;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {

    @Test
    void eachResultLandsInItsStepAndTheStepsComeInTheGuidesOrder() {
        ChecklistReport report = ReportFixtures.report();

        assertThat(report.sections()).extracting(ReportSection::id)
                .containsExactly("database", "key", "storage", "ha", "verify", "load-balancer");
        assertThat(keys(report, "database")).containsExactly("input.general@profile", "db.login@database",
                "db.availability@database");
        assertThat(keys(report, "key")).containsExactly("key.read@node-3", "key.consistent@cluster", "key.apply@node-2");
        assertThat(keys(report, "verify")).containsExactly("verify.health@node-1");
        assertThat(keys(report, "load-balancer")).containsExactly("verify.balancer@cluster");
    }

    @Test
    void theSummaryCountsEveryStatusAndEndsAsCheckWould() {
        ReportSummary summary = ReportFixtures.report().summary();

        assertThat(summary.worst()).isEqualTo(Status.ERROR);
        assertThat(summary.exitCode()).isEqualTo(2);
        assertThat(summary.total()).isEqualTo(11);
        assertThat(summary.counts()).containsExactly(Map.entry("pass", 5), Map.entry("skip", 1), Map.entry("warn", 3),
                Map.entry("fail", 1), Map.entry("error", 1));
        assertThat(summary.changes()).isEqualTo(2);
    }

    @Test
    void appliedChangesNameTheFileTheBackupAndTheFingerprintsButNeverAKey() {
        ChecklistReport report = ReportFixtures.report();

        ChangeEntry key = section(report, "key").changes().get(0);
        assertThat(key.node()).isEqualTo("node-2");
        assertThat(key.subject()).endsWith("SharedConfig\\ProGet.config");
        assertThat(key.backup()).isEqualTo(ReportFixtures.BACKUP);
        assertThat(key.diff()).containsExactly("-EncryptionKey [key " + ReportFixtures.FINGERPRINT_BEFORE + "]",
                "+EncryptionKey [key " + ReportFixtures.FINGERPRINT + "]");
        ChangeEntry storage = section(report, "storage").changes().get(0);
        assertThat(storage.subject()).isEqualTo("Storage.PackagesRootPath");
        assertThat(storage.backup()).isEmpty();
    }

    @Test
    void aFaceHoldingTheKeyPlanGivesEachNodesMaskedDiffInPlaceOfTheFingerprints() {
        List<String> planned = List.of("--- \\\\proget-2\\C$\\...\\ProGet.config", "@@ line 4 @@",
                "-<add key=\"EncryptionKey\" value=\"[key " + ReportFixtures.FINGERPRINT_BEFORE + "]\"/>",
                "+<add key=\"EncryptionKey\" value=\"[key " + ReportFixtures.FINGERPRINT + "]\"/>");
        KeyPlan plan = new KeyPlan(KeyPlan.Decision.ADOPT, Optional.empty(), ReportFixtures.FINGERPRINT, "adopted", "",
                List.of(), List.of(new NodeKeyChange("node-2", NodeAccess.WINDOWS_SMB, NodeKeyChange.Action.WRITE,
                "ProGet.config", ReportFixtures.FINGERPRINT_BEFORE, ReportFixtures.FINGERPRINT, planned, "")),
                List.of(), Optional.empty(), Optional.empty(),
                new InstallationKnowledge(true, InstallationKnowledge.Source.ASSUMED, "assumed"));
        NodeApplyResult applied = new NodeApplyResult("node-2", NodeApplyResult.Result.APPLIED, "ProGet.config",
                ReportFixtures.BACKUP, ReportFixtures.FINGERPRINT_BEFORE, ReportFixtures.FINGERPRINT, "Written.", "",
                Duration.ofMillis(80));

        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), ReportFixtures.document())
                .changes(AppliedChanges.fromKeyApply(plan, List.of(applied), NodeApplyResult.APPLY)).build();

        List<ChangeEntry> changes = section(report, "key").changes();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).diff()).isEqualTo(planned);
        assertThat(changes.get(0).backup()).isEqualTo(ReportFixtures.BACKUP);
        assertThat(changes.get(0).summary()).isEqualTo("Written.");
    }

    @Test
    void manualItemsCarryTheTicksTheRestartCommandsAndTheRobocopyLine() {
        ChecklistReport report = ReportFixtures.report();

        List<ManualItem> ha = section(report, "ha").manualItems();
        // web-base-url: ProGet behind a balancer must know the balancer's address (Web.BaseUrl)
        assertThat(ha).extracting(ManualItem::key).containsExactly("enable-ha", "messenger-port@node-1",
                "messenger-port@node-2", "web-base-url", "restart");
        assertThat(ha.get(0).done()).isTrue();
        assertThat(ha.get(0).doneAt()).isEqualTo(ReportFixtures.TICKED_AT);
        assertThat(ha.get(0).link()).isEqualTo("http://proget-1.corp.example:8624/administration");
        assertThat(ha.get(1).done()).isFalse();
        ManualItem restart = ha.get(4);
        // the drained Docker node first, then the cluster's nodes one at a time
        assertThat(String.join("\n", restart.commands())).contains("docker compose -f /srv/proget/docker-compose.yml restart")
                .contains("Invoke-Command -ComputerName 'proget-1.corp.example' -ScriptBlock { Restart-Service -Name "
                        + "'INEDOPROGETSVC', 'INEDOPROGETWEBSVC' }");
        List<ManualItem> storage = section(report, "storage").manualItems();
        // Windows nodes and a Docker node cannot share one storage setting: said first. storage.apply set ProGet's path
        // to the profile's and read it back: that item is done, the rest are not
        assertThat(storage.get(0).text()).startsWith("This cannot work as one cluster");
        assertThat(storage.get(1).text()).startsWith("ProGet: set Storage.PackagesRootPath");
        assertThat(storage).extracting(ManualItem::done).containsExactly(false, true, false, false, false, false,
                false, false, false);
        assertThat(storage.stream().flatMap(item -> item.commands().stream()))
                .containsExactly("robocopy \"C:\\ProgramData\\ProGet\\Packages\" \"\\\\files.corp.example\\proget$\\packages\""
                        + " /E /COPY:DAT /DCOPY:T /R:2 /W:5 /LOG:robocopy-storage.log");
    }

    @Test
    void theStorageSettingStaysOpenWhenTheApplyReadBackAnotherPathOrFailed() {
        List<org.clusterwright.check.CheckResult> results = new ArrayList<>(ReportFixtures.results());
        results.removeIf(r -> r.id().value().equals("storage.apply"));
        results.add(ReportFixtures.result("storage.apply", "proget", Status.PASS, "Set, for an older path.", "", "",
                Map.of("readBack", "\\\\old.corp.example\\packages")));
        results.add(ReportFixtures.result("storage.apply", "proget", Status.FAIL, "ProGet refused the key.", "",
                "Use a key with the Manage Server permission.",
                Map.of("readBack", "\\\\files.corp.example\\proget$\\packages")));

        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), ReportFixtures.document(results)).build();

        assertThat(section(report, "storage").manualItems()).noneMatch(ManualItem::done);
    }

    @Test
    void aCheckRunTwiceOnOneTargetAppearsOnceWhenIdenticalAndUnderItsOwnKeyWhenNot() {
        List<org.clusterwright.check.CheckResult> results = new ArrayList<>(ReportFixtures.results());
        results.add(results.get(0));
        results.add(ReportFixtures.result("input.general", "profile", Status.WARN, "Changed meanwhile.", "",
                "Look again.", Map.of()));
        results.add(ReportFixtures.result("lab.extra", "lab", Status.PASS, "A check this version does not place.", "",
                "", Map.of()));

        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), ReportFixtures.document(results))
                .clock(ReportFixtures.CLOCK).build();

        assertThat(keys(report, "database")).startsWith("input.general@profile", "db.login@database",
                "db.availability@database", "input.general@profile#2");
        assertThat(keys(report, "other")).containsExactly("lab.extra@lab");
    }

    @Test
    void theHeaderNamesTheClusterAndWhoPreparedTheReport() {
        ReportHeader header = ReportFixtures.report().header();

        assertThat(header.profileName()).isEqualTo("Build feeds (production)");
        assertThat(header.product()).isEqualTo("ProGet");
        assertThat(header.versionLine()).isEqualTo("2023 to 2024");
        assertThat(header.keyFingerprint()).isEqualTo(ReportFixtures.FINGERPRINT);
        assertThat(header.nodes()).extracting(ReportHeader.Node::name).containsExactly("node-1", "node-2", "node-3");
        assertThat(header.nodes().get(2).inCluster()).isFalse();
        assertThat(header.preparedBy()).isEqualTo("auditor");
        assertThat(header.preparedAt()).isEqualTo(ReportFixtures.CLOCK.instant());
        assertThat(header.checks().startedAt()).isEqualTo(ReportFixtures.STARTED);
        assertThat(header.toolVersion()).isEqualTo(org.clusterwright.Version.get());
    }

    static ReportSection section(ChecklistReport report, String id) {
        return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> keys(ChecklistReport report, String section) {
        return section(report, section).checks().stream().map(CheckEntry::key).toList();
    }
}
