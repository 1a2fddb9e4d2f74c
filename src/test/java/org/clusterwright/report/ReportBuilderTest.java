package org.clusterwright.report;

import org.clusterwright.check.Status;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.secrets.SecretMask;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {
    private static final String KEY = "4f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99";

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
        assertThat(summary.runs()).isEqualTo(2);
    }

    @Test
    void appliedChangesNameTheFileTheBackupAndTheFingerprintsButNeverAKey() {
        // the apply result and its recorded change carry the key itself, as a careless check might write it: in their
        // words and the result's evidence (a journal written before a bug was fixed, or edited by hand)
        List<org.clusterwright.check.CheckResult> results = new ArrayList<>(ReportFixtures.results());
        results.replaceAll(r -> !r.id().value().equals("key.apply") ? r : ReportFixtures.result("key.apply", "node-2",
                Status.PASS, "EncryptionKey " + KEY + " written and read back.", "", "", withKey(r.evidence())));
        List<RecordedChange> changes = new ArrayList<>(ReportFixtures.changes());
        RecordedChange written = changes.get(0);
        changes.set(0, new RecordedChange(written.checkId(), written.node(), written.subject(), written.backup(),
                written.status(), "EncryptionKey " + KEY + " written and read back.", written.diff()));
        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), ReportFixtures.journal(results, changes))
                .clock(ReportFixtures.CLOCK).build();

        ChangeEntry key = section(report, "key").changes().get(0);
        assertThat(key.node()).isEqualTo("node-2");
        assertThat(key.subject()).endsWith("SharedConfig\\ProGet.config");
        assertThat(key.backup()).isEqualTo(ReportFixtures.BACKUP);
        assertThat(key.diff()).containsExactly("-EncryptionKey [key " + ReportFixtures.FINGERPRINT_BEFORE + "]",
                "+EncryptionKey [key " + ReportFixtures.FINGERPRINT + "]");
        assertThat(key.summary()).contains(SecretMask.KEY_LABEL);
        SecretScan.assertNoSecret("the key change", String.join("\n", key.node(), key.subject(), key.backup(),
                key.summary(), String.join("\n", key.diff())), SecretScan.keyForms(KEY));
        CheckEntry applied = section(report, "key").checks().stream().filter(c -> c.key().equals("key.apply@node-2"))
                .findFirst().orElseThrow();
        SecretScan.assertNoSecret("the key.apply entry", applied.toString(), SecretScan.keyForms(KEY));
        ChangeEntry storage = section(report, "storage").changes().get(0);
        assertThat(storage.subject()).isEqualTo("Storage.PackagesRootPath");
        assertThat(storage.backup()).isEmpty();
    }

    /** The apply result's evidence with the key beside the fingerprints, once as hex and once as a GUID. */
    private static Map<String, String> withKey(Map<String, String> evidence) {
        Map<String, String> leaky = new java.util.LinkedHashMap<>(evidence);
        leaky.put("key", KEY.toUpperCase());
        leaky.put("keyAsGuid", SecretScan.keyForms(KEY).get(1));
        return leaky;
    }

    @Test
    void everyChangeSaysWhenAndByWhomAndANodeChangedInTwoRunsHasTwoChanges() {
        ChangeEntry key = section(ReportFixtures.report(), "key").changes().get(0);
        assertThat(key.key()).isEqualTo("key.apply@node-2@" + ReportFixtures.APPLY_RUN);
        assertThat(key.resultKey()).isEqualTo("key.apply@node-2");
        assertThat(key.at()).isEqualTo(ReportFixtures.APPLIED);
        assertThat(key.by()).isEqualTo(ReportFixtures.ADMIN);
        assertThat(key.action()).isEqualTo("apply");

        RecordedChange restored = new RecordedChange("key.restore", "node-2", "ProGet.config", ReportFixtures.BACKUP,
                Status.PASS, "Put back.", List.of("-EncryptionKey [key " + ReportFixtures.FINGERPRINT + "]",
                "+EncryptionKey [key " + ReportFixtures.FINGERPRINT_BEFORE + "]"));
        RecordedChange appliedAgain = ReportFixtures.changes().get(0);
        Instant later = ReportFixtures.APPLIED.plusSeconds(600);
        JournalContents journal = ReportFixtures.journal().plus(List.of(
                ReportFixtures.run("0000000e570e", "restore", later, later.plusSeconds(5), List.of(), List.of(restored)),
                ReportFixtures.run("00000000a9a1", "apply", later.plusSeconds(60), later.plusSeconds(70), List.of(),
                        List.of(appliedAgain))));

        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), journal).build();

        assertThat(section(report, "key").changes()).extracting(ChangeEntry::key).containsExactly(
                "key.apply@node-2@" + ReportFixtures.APPLY_RUN, "key.restore@node-2@0000000e570e",
                "key.apply@node-2@00000000a9a1");
        assertThat(report.summary().changes()).isEqualTo(4);
        assertThat(report.summary().runs()).isEqualTo(4);
        assertThat(report.runs()).extracting(RunEntry::action).containsExactly("check", "apply", "restore", "apply");
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
        for (org.clusterwright.check.CheckResult apply : List.of(
                ReportFixtures.result("storage.apply", "proget", Status.PASS, "Set, for an older path.", "", "",
                        Map.of("readBack", "\\\\old.corp.example\\packages")),
                ReportFixtures.result("storage.apply", "proget", Status.FAIL, "ProGet refused the key.", "",
                        "Use a key with the Manage Server permission.",
                        Map.of("readBack", "\\\\files.corp.example\\proget$\\packages")))) {
            List<org.clusterwright.check.CheckResult> results = new ArrayList<>(ReportFixtures.results());
            results.removeIf(r -> r.id().value().equals("storage.apply"));
            results.add(apply);

            ChecklistReport report = new ReportBuilder(ReportFixtures.profile(),
                    ReportFixtures.journal(results, List.of())).build();

            assertThat(section(report, "storage").manualItems()).as(apply.summary()).noneMatch(ManualItem::done);
        }
    }

    @Test
    void aCheckRunAgainAppearsOnceAsItsLatestResultInItsFirstPlace() {
        org.clusterwright.check.CheckResult changed = ReportFixtures.result("input.general", "profile", Status.WARN,
                "Changed meanwhile.", "", "Look again.", Map.of());
        org.clusterwright.check.CheckResult unplaced = ReportFixtures.result("lab.extra", "lab", Status.PASS,
                "A check this version does not place.", "", "", Map.of());
        Instant later = ReportFixtures.APPLIED.plusSeconds(60);
        JournalContents journal = ReportFixtures.journal().plus(List.of(ReportFixtures.run("0000000c4ec2", "check",
                later, later.plusSeconds(3), List.of(changed, changed, unplaced), List.of())));

        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), journal).clock(ReportFixtures.CLOCK).build();

        assertThat(keys(report, "database")).containsExactly("input.general@profile", "db.login@database",
                "db.availability@database");
        CheckEntry latest = section(report, "database").checks().get(0);
        assertThat(latest.status()).isEqualTo(Status.WARN);
        assertThat(latest.runId()).isEqualTo("0000000c4ec2");
        assertThat(latest.ranAt()).isEqualTo(later.plusSeconds(3));
        assertThat(section(report, "database").checks().get(1).runId()).isEqualTo(ReportFixtures.CHECK_RUN);
        assertThat(keys(report, "other")).containsExactly("lab.extra@lab");
    }

    @Test
    void sinceLeavesOutTheEarlierRunsAndTheNotesOfTheJournalReachTheHeader() {
        JournalContents journal = ReportFixtures.journal().noting("line 3 of cluster-journal.jsonl is incomplete.")
                .since(ReportFixtures.APPLY_STARTED);

        ChecklistReport report = new ReportBuilder(ReportFixtures.profile(), journal).build();

        assertThat(report.runs()).extracting(RunEntry::runId).containsExactly(ReportFixtures.APPLY_RUN);
        assertThat(report.checks()).extracting(CheckEntry::key).containsExactly("key.apply@node-2",
                "storage.apply@proget");
        assertThat(report.summary().changes()).isEqualTo(2);
        assertThat(report.header().since()).isEqualTo(ReportFixtures.APPLY_STARTED);
        assertThat(report.header().checks().startedAt()).isEqualTo(ReportFixtures.APPLY_STARTED);
        assertThat(report.header().notes()).containsExactly("line 3 of cluster-journal.jsonl is incomplete.");
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
        assertThat(header.checks().finishedAt()).isEqualTo(ReportFixtures.APPLIED);
        assertThat(header.since()).isNull();
        assertThat(header.notes()).isEmpty();
        assertThat(header.toolVersion()).isEqualTo(org.clusterwright.Version.get());
    }

    static ReportSection section(ChecklistReport report, String id) {
        return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> keys(ChecklistReport report, String section) {
        return section(report, section).checks().stream().map(CheckEntry::key).toList();
    }
}
