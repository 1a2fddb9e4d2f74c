package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.testing.FakeProGet;
import org.clusterwright.testing.ReadableText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plan}, {@code apply} and {@code restore} end to end on three nodes whose ProGet.config lies in local folders
 * (one with another key) and a loopback server answering as ProGet's settings API: plan writes nothing, apply
 * without --yes and without a terminal writes nothing, apply --yes gives every node the common key and sets the
 * storage path once its probe passed, restore puts one node's file back byte for byte. No key or API key shows in
 * any output: every command's output is scanned, for the keys in either case, as GUIDs and as base64 too.
 */
class PlanApplyRestoreCommandTest {
    private static final String KEY_A = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    /** Written upper-case into c's config, as some installations have it. */
    private static final String KEY_B = "FFEEDDCCBBAA99887766554433221100";
    private static final String API_KEY = "Pg-Api-Key-31415";
    private static final String DB_PASSWORD = "Db-Pass-27182818";

    @TempDir
    Path dir;
    private LocalCluster cluster;
    private FakeProGet proget;
    private Path profile;
    /** The shared storage: a folder of this machine, so apply's storage probe can prove it before setting it. */
    private String share;

    @BeforeEach
    void cluster() throws Exception {
        // the shared database answers as SQL Server: apply hands its connection string out only once db.login passed
        cluster = LocalCluster.start(dir, "Build Feeds", API_KEY, DB_PASSWORD, KEY_A, KEY_B);
        proget = cluster.proget();
        profile = cluster.profile();
        share = cluster.share();
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void planShowsEveryStepAndWritesNothing() throws Exception {
        Map<Path, String> before = nodeFiles();
        Run plan = run(Map.of(), "plan", "--profile", profile.toString(), "--installation", "existing");

        assertThat(plan.out()).contains("Key plan: ADOPT").contains("c ").contains("WRITE")
                .contains("Shared storage: Set Storage.PackagesRootPath to " + share)
                .contains("apply needs a ProGet API key in CLUSTERWRIGHT_PROGET_API_KEY")
                .contains("robocopy").contains("High availability:").contains("Restart-Service");
        assertThat(plan.out().strip()).as("the summary comes last").endsWith("(exit code 2)");
        assertThat(nodeFiles()).isEqualTo(before);
        assertNothingSetInProGet();
    }

    @Test
    void applyWithoutYesAndWithoutATerminalWritesNothing() throws Exception {
        Map<Path, String> before = nodeFiles();
        Run apply = run(Map.of("CLUSTERWRIGHT_PROGET_API_KEY", API_KEY), "apply", "--profile", profile.toString(),
                "--installation", "existing");

        assertThat(apply.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(apply.err()).contains("nothing was written").contains("--yes");
        assertThat(nodeFiles()).isEqualTo(before);
        assertNothingSetInProGet();
    }

    @Test
    void applyGivesEveryNodeTheKeySetsTheStoragePathAndRestorePutsANodeBack() throws Exception {
        byte[] before = config("c");
        Run apply = run(Map.of("CLUSTERWRIGHT_PROGET_API_KEY", API_KEY, "CLUSTERWRIGHT_DB_PASSWORD", DB_PASSWORD),
                "apply", "--profile", profile.toString(), "--installation", "existing", "--yes", "--timeout", "5");

        assertThat(apply.out()).contains("key.consistent").contains("storage.apply");
        assertThat(Files.readString(dir.resolve("config-c/ProGet.config"))).contains(KEY_A)
                .as("the nodes get the shared connection string, password and all").contains(DB_PASSWORD);
        assertThat(backups("c")).hasSize(1);
        assertThat(proget.settings()).containsEntry("Storage.PackagesRootPath", share);
        assertThat(apply.out()).containsPattern("PASS +key.consistent").containsPattern("PASS +storage.apply");

        Run restore = run(Map.of(), "restore", "--profile", profile.toString(), "--node", "c", "--yes");

        assertThat(restore.exitCode()).as(restore.out() + restore.err()).isEqualTo(ExitCodes.FAILURES);
        assertThat(config("c")).isEqualTo(before);
        assertThat(restore.out()).containsPattern("PASS +key.restore +c").containsPattern("FAIL +key.consistent");

        Path report = dir.resolve("change-record.md");
        Run rendered = run(Map.of(), "report", "--profile", profile.toString(), "--out", report.toString());
        String markdown = Files.readString(report);
        assertThat(markdown).as(rendered.err()).contains("key.apply").contains("key.restore").contains("storage.apply")
                .contains(backups("c").get(0).getFileName().toString());
        for (String format : List.of("md", "html", "json", "pdf")) {
            Path file = dir.resolve("change-record." + format);
            run(Map.of(), "report", "--profile", profile.toString(), "--out", file.toString());
            String text = ReadableText.of(file);
            assertThat(text).as(format).contains("key.apply");
            SecretScan.assertNoSecret("the " + format + " report", text, secrets());
        }
        SecretScan.assertNoSecret("the profile", Files.readString(profile), secrets());
        SecretScan.assertNoSecret("the journal", Files.readString(dir.resolve("cluster-journal.jsonl")), secrets());
    }

    @Test
    void aSecondApplyWritesNothingAndAnEquivalentConnectionStringIsNoChange() throws Exception {
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_PROGET_API_KEY", API_KEY,
                "CLUSTERWRIGHT_DB_PASSWORD", DB_PASSWORD);
        Run first = run(environment, "apply", "--profile", profile.toString(), "--installation", "existing", "--yes",
                "--timeout", "5");
        assertThat(first.out()).as(first.err()).containsPattern("PASS +storage.apply");
        // node b's string as a person might have typed it: another keyword case and a trailing ';'
        Path b = dir.resolve("config-b/ProGet.config");
        Files.writeString(b, Files.readString(b).replaceAll("<ConnectionString>([^<]*)</ConnectionString>",
                "<ConnectionString>$1;</ConnectionString>").replace("Initial Catalog=", "initial catalog="));
        Map<String, byte[]> files = new java.util.TreeMap<>();
        Map<String, List<Path>> backupsBefore = new java.util.TreeMap<>();
        for (String node : List.of("a", "b", "c")) {
            files.put(node, config(node));
            backupsBefore.put(node, backups(node));
        }
        int settingWrites = settingWrites();

        Run second = run(environment, "apply", "--profile", profile.toString(), "--installation", "existing", "--yes",
                "--timeout", "5");

        assertThat(second.out()).as(second.err()).contains("nothing was written")
                .doesNotContainPattern("FAIL +key");
        for (String node : List.of("a", "b", "c")) {
            assertThat(config(node)).as(node + "'s file, byte for byte").isEqualTo(files.get(node));
            assertThat(backups(node)).as(node + " got no new backup").isEqualTo(backupsBefore.get(node));
        }
        assertThat(settingWrites()).as("ProGet's setting was not sent again").isEqualTo(settingWrites);
        assertThat(proget.settings()).containsEntry("Storage.PackagesRootPath", share);
    }

    private int settingWrites() {
        return (int) proget.requests().stream().filter(request -> request.startsWith("POST /api/settings/set")).count();
    }

    @Test
    void anUnprovenLoginKeepsTheNodesStringsUnlessItsGateIsForcedWhichIsRecorded() {
        Map<String, String> wrong = Map.of("CLUSTERWRIGHT_DB_PASSWORD", "Not-" + DB_PASSWORD);
        Run gated = run(wrong, "plan", "--profile", profile.toString(), "--installation", "existing");
        assertThat(gated.err()).contains("the nodes keep their own connection strings: db.login FAIL in this run");
        assertThat(gated.out()).contains("Connection string: each node keeps its own").doesNotContain("apply.forced");

        Run forced = run(wrong, "plan", "--profile", profile.toString(), "--installation", "existing",
                "--force", "connection-string");
        assertThat(forced.out()).contains("Connection string: every node gets the profile's")
                .containsPattern("WARN +apply.forced +cluster +Written with --force connection-string, without the"
                        + " proof that db.login proved");

        Run unknown = run(wrong, "plan", "--profile", profile.toString(), "--force", "everything");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(unknown.err()).contains("unknown gate 'everything'").contains("storage or connection-string");
    }

    @Test
    void restoreNamesWhatIsWrongWithItsInput() {
        Run unknown = run(Map.of(), "restore", "--profile", profile.toString(), "--node", "zz", "--yes");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(unknown.err()).contains("no node named 'zz'").contains("a, b, c");

        Run none = run(Map.of(), "restore", "--profile", profile.toString(), "--node", "b", "--yes");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(none.err()).contains("b has no backup beside its config file");
    }

    private byte[] config(String node) throws Exception {
        return Files.readAllBytes(dir.resolve("config-" + node).resolve("ProGet.config"));
    }

    /** ProGet's settings as they started, and no write was even tried. */
    private void assertNothingSetInProGet() {
        assertThat(proget.settings()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Storage.PackagesRootPath", FakeProGet.DEFAULT_PATH, "Web.BaseUrl", ""));
        assertThat(proget.requests()).noneMatch(request -> request.startsWith("POST"));
    }

    /** Every file in every node's config folder (backups included), with its content. */
    private Map<Path, String> nodeFiles() throws Exception {
        Map<Path, String> files = new TreeMap<>();
        for (String node : List.of("a", "b", "c")) {
            try (Stream<Path> inFolder = Files.list(dir.resolve("config-" + node))) {
                for (Path file : inFolder.toList()) {
                    files.put(file, Files.readString(file));
                }
            }
            assertThat(files).as("node %s's config", node)
                    .containsKey(dir.resolve("config-" + node).resolve("ProGet.config"));
        }
        return files;
    }

    private List<Path> backups(String node) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("config-" + node))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bak")).toList();
        }
    }

    /** Both keys in every form they could leak in, the API key and the database password. */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(SecretScan.keyForms(KEY_A));
        secrets.addAll(SecretScan.keyForms(KEY_B));
        secrets.addAll(List.of(API_KEY, DB_PASSWORD));
        return secrets;
    }

    /** Runs a command; whatever it prints, on either stream, is scanned for secrets before the test sees it. */
    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get, args);
        SecretScan.assertNoSecret("the output of " + String.join(" ", args), out + "\n" + err, secrets());
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
