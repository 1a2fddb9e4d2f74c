package org.clusterwright.report;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.journal.Face;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed journal to render: a three-node ProGet 2023-2024 cluster (one node on Docker, drained), a check run with one
 * result of every status, then an apply run that wrote a key with a backup and set the storage path, and HA items of
 * which one is ticked.
 */
final class ReportFixtures {
    static final Instant STARTED = Instant.parse("2025-03-14T09:30:00Z");
    static final Instant FINISHED = Instant.parse("2025-03-14T09:30:12Z");
    static final Instant APPLY_STARTED = Instant.parse("2025-03-14T09:31:00Z");
    static final Instant APPLIED = Instant.parse("2025-03-14T09:31:40Z");
    static final String CHECK_RUN = "00000000c4ec";
    static final String APPLY_RUN = "000000a9971e";
    static final String ADMIN = "admin";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);
    static final String FINGERPRINT_BEFORE = "0f1e2d3c4b5a6978";
    static final String FINGERPRINT = "a1b2c3d4e5f60718";
    static final String BACKUP = "ProGet.config.20250314-093005.bak";
    static final String TICKED_AT = "2025-03-14T09:45:00Z";

    private ReportFixtures() {
    }

    static Profile profile() {
        Profile profile = new Profile();
        profile.setId("7d3f0c52-1a4e-4f7b-9c39-2b8e5d6a1f00");
        profile.setName("Build feeds (production)");
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(VersionLine.V2023_TO_2024);
        ClusterNode docker = new ClusterNode("node-3", "10.0.0.13", NodeAccess.DOCKER, "http://10.0.0.13:8624/");
        docker.setHaEnabled(false);
        docker.setEnvFile("/srv/proget/docker-compose.yml");
        profile.setNodes(List.of(
                new ClusterNode("node-1", "proget-1.corp.example", NodeAccess.WINDOWS_SMB, "http://proget-1.corp.example:8624/"),
                new ClusterNode("node-2", "proget-2.corp.example", NodeAccess.WINDOWS_SMB, "http://proget-2.corp.example:8624/"),
                docker));
        profile.getDatabase().setKind(DatabaseKind.SQL_SERVER);
        profile.getDatabase().setConnectionString("Server=sql.corp.example;Database=ProGet;User ID=proget");
        profile.getStorage().setPath("\\\\files.corp.example\\proget$\\packages");
        profile.getEncryptionKey().setFingerprint(FINGERPRINT);
        profile.getLoadBalancer().setUrl("https://proget.corp.example/");
        profile.getHighAvailability().confirm("enable-ha", TICKED_AT);
        return profile;
    }

    static List<CheckResult> results() {
        return List.of(
                result("input.general", "profile", Status.PASS, "The general settings are complete and well formed.", "", "", Map.of()),
                result("db.login", "database", Status.PASS, "Logged in as proget.", "", "", Map.of("server", "sql.corp.example")),
                result("db.availability", "database", Status.WARN, "The database has no replica.",
                        "", "Put the database on an Always On availability group.", Map.of()),
                result("key.read", "node-3", Status.SKIP, "The Docker node's key is read from its env file by a person.",
                        "", "", Map.of()),
                result("key.consistent", "cluster", Status.FAIL, "node-2 has a different EncryptionKey.",
                        "node-1 " + FINGERPRINT + "\nnode-2 " + FINGERPRINT_BEFORE,
                        "Apply one key to every node with 'clusterwright keys apply'.", Map.of("keys", "2")),
                result("key.apply", "node-2", Status.PASS, "EncryptionKey written and read back.", "", "",
                        Map.of("source", "\\\\proget-2.corp.example\\C$\\ProgramData\\Inedo\\SharedConfig\\ProGet.config",
                                "backup", BACKUP, "fingerprintBefore", FINGERPRINT_BEFORE, "fingerprintAfter", FINGERPRINT)),
                result("storage.write", "storage", Status.ERROR, "The check could not run (SocketException: reset).",
                        "", "This is not a verdict on the target. Fix the cause above and run the check again.", Map.of()),
                result("storage.apply", "proget", Status.PASS,
                        "Storage.PackagesRootPath is \\\\files.corp.example\\proget$\\packages, read back from ProGet.", "", "",
                        Map.of("setting", "Storage.PackagesRootPath", "readBack", "\\\\files.corp.example\\proget$\\packages")),
                result("ha.switch", "cluster", Status.WARN, "4 of 5 manual items are not ticked yet.", "",
                        "Do them as the High availability page describes, then tick them.", Map.of("enable-ha", "done " + TICKED_AT)),
                result("verify.health", "node-1", Status.PASS, "node-1 answers healthy.", "", "", Map.of("status", "200")),
                result("verify.balancer", "cluster", Status.WARN, "Only node-1 answered through the balancer.", "",
                        "Check that the balancer sends requests to every node.", Map.of("servedBy", "node-1")));
    }

    /** The changes the apply run made: node-2's key (its diff the fingerprints) and ProGet's storage path. */
    static List<RecordedChange> changes() {
        return List.of(new RecordedChange("key.apply", "node-2",
                        "\\\\proget-2.corp.example\\C$\\ProgramData\\Inedo\\SharedConfig\\ProGet.config", BACKUP,
                        Status.PASS, "EncryptionKey written and read back.",
                        List.of("-EncryptionKey [key " + FINGERPRINT_BEFORE + "]", "+EncryptionKey [key " + FINGERPRINT + "]")),
                new RecordedChange("storage.apply", "proget", "Storage.PackagesRootPath", "", Status.PASS,
                        "Storage.PackagesRootPath is \\\\files.corp.example\\proget$\\packages, read back from ProGet.",
                        List.of("-Storage.PackagesRootPath = C:\\ProgramData\\ProGet\\Packages",
                                "+Storage.PackagesRootPath = \\\\files.corp.example\\proget$\\packages")));
    }

    static JournalContents journal() {
        return journal(results(), changes());
    }

    /**
     * {@code results} as a check run and, for the apply results among them ({@code *.apply}, {@code *.restore}), an
     * apply run that made {@code changes} afterwards.
     */
    static JournalContents journal(List<CheckResult> results, List<RecordedChange> changes) {
        List<CheckResult> checked = results.stream().filter(r -> !isWrite(r)).toList();
        List<CheckResult> applied = results.stream().filter(ReportFixtures::isWrite).toList();
        return new JournalContents(Path.of("cluster-journal.jsonl"), List.of(
                run(CHECK_RUN, "check", STARTED, FINISHED, checked, List.of()),
                run(APPLY_RUN, "apply", APPLY_STARTED, APPLIED, applied, changes)), List.of(), Optional.empty());
    }

    static JournalEntry run(String runId, String action, Instant started, Instant finished, List<CheckResult> results,
                            List<RecordedChange> changes) {
        return new JournalEntry(JournalEntry.KIND, JournalEntry.VERSION, runId, Face.COMMAND_LINE, action,
                List.of("database", "key", "storage", "ha", "verify"), started, finished, ADMIN, "0.1.0",
                profile().getId(), profile().getName(), results, changes);
    }

    private static boolean isWrite(CheckResult result) {
        return result.id().value().endsWith(".apply") || result.id().value().endsWith(".restore");
    }

    static ChecklistReport report() {
        return new ReportBuilder(profile(), journal()).preparedBy("auditor").clock(CLOCK).build();
    }

    static CheckResult result(String id, String target, Status status, String summary, String detail, String remedy,
                              Map<String, String> evidence) {
        return new CheckResult(CheckId.of(id), target, status, summary, detail, remedy, 42, evidence);
    }

    /** The rendered samples a person looks at: target/report-samples. */
    static Path samples() throws java.io.IOException {
        return Files.createDirectories(Path.of("target", "report-samples"));
    }
}
