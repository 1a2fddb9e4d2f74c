package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
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
 * storage path, restore puts one node's file back byte for byte. No key or API key shows in any output: every
 * command's output is scanned, for the keys in either case, as GUIDs and as base64 too.
 */
class PlanApplyRestoreCommandTest {
    private static final String KEY_A = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    /** Written upper-case into c's config, as some installations have it. */
    private static final String KEY_B = "FFEEDDCCBBAA99887766554433221100";
    private static final String API_KEY = "Pg-Api-Key-31415";
    private static final String SHARE = "\\\\files.corp.local\\packages\\proget";
    private static final String DB_PASSWORD = "Db-Pass-27182818";

    @TempDir
    Path dir;
    private FakeProGet proget;
    private Path profile;

    @BeforeEach
    void cluster() throws Exception {
        proget = FakeProGet.start(API_KEY);
        Profile cluster = new Profile();
        cluster.setName("Build Feeds");
        cluster.setProduct(Product.PROGET);
        cluster.getStorage().setPath(SHARE);
        cluster.getDatabase().setConnectionString("Data Source=127.0.0.1,1; Initial Catalog=ProGet; User ID=proget;"
                + " Connect Timeout=1");
        List<ClusterNode> nodes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            ClusterNode node = new ClusterNode(name, name + ".corp.local", NodeAccess.WINDOWS_SMB, proget.base().toString());
            Path folder = Files.createDirectories(dir.resolve("config-" + name));
            Files.writeString(folder.resolve("ProGet.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<InedoAppConfig>\n  <EncryptionKey>" + (name.equals("c") ? KEY_B : KEY_A)
                    + "</EncryptionKey>\n</InedoAppConfig>\n");
            node.setLocalConfigFolder(folder.toString());
            nodes.add(node);
        }
        cluster.setNodes(nodes);
        profile = dir.resolve("cluster.json");
        new ProfileStore().save(cluster, profile);
    }

    @AfterEach
    void stop() {
        proget.close();
    }

    @Test
    void planShowsEveryStepAndWritesNothing() throws Exception {
        Map<Path, String> before = nodeFiles();
        Run plan = run(Map.of(), "plan", "--profile", profile.toString(), "--installation", "existing");

        assertThat(plan.out()).contains("Key plan: ADOPT").contains("c ").contains("WRITE")
                .contains("Shared storage: Set Storage.PackagesRootPath to " + SHARE)
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
                "apply", "--profile", profile.toString(), "--installation", "existing", "--yes", "--timeout", "2");

        assertThat(apply.out()).contains("key.consistent").contains("storage.apply");
        assertThat(Files.readString(dir.resolve("config-c/ProGet.config"))).contains(KEY_A)
                .as("the nodes get the shared connection string, password and all").contains(DB_PASSWORD);
        assertThat(backups("c")).hasSize(1);
        assertThat(proget.settings()).containsEntry("Storage.PackagesRootPath", SHARE);
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
        SecretScan.assertNoSecret("the saved results", Files.readString(dir.resolve("cluster-results.json")),
                secrets());
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
