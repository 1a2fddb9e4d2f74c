package org.clusterwright.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.testing.FakeProGet;
import org.clusterwright.testing.LocalConfigNodes;
import org.clusterwright.testing.SambaRequirements;
import org.clusterwright.testing.SambaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full run with known secrets (two EncryptionKeys, the database's password, the storage account's on a real Samba
 * share, the nodes' SMB password and ProGet's API key): check, plan, apply, check, restore, keys plan and the report
 * in every format leave none of them, in any form a key is written in, in the journal or a report.
 */
@Timeout(240)
class SetupSecrecySambaTest {
    private static final String KEY_A = "4f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99";
    private static final String KEY_B = "99a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4";
    private static final String API_KEY = "Pg-Api-Key-57721";
    private static final String DB_PASSWORD = "Db-P4ss!word-2718";
    private static final String NODE_PASSWORD = "Sm8-Node-Pass-31";

    @TempDir
    Path dir;
    private SambaServer samba;
    private FakeProGet proget;
    private TdsResponder database;
    private Path profile;

    @BeforeEach
    void cluster() throws Exception {
        SambaRequirements.assumeAvailable();
        Path share = Files.createDirectories(dir.resolve("share").resolve("proget"));
        samba = SambaServer.builder(dir.resolve("samba")).share("packages", share.getParent()).start();
        proget = FakeProGet.start(API_KEY);
        database = TdsResponder.builder().login("proget", DB_PASSWORD).database("ProGet").start();
        Profile cluster = new Profile();
        cluster.setName("Secrets kept");
        cluster.setProduct(Product.PROGET);
        cluster.getStorage().setPath("\\\\127.0.0.1\\packages\\proget");
        cluster.getStorage().setSmbPort(samba.port());
        cluster.getStorage().setAccount(samba.user());
        cluster.getDatabase().setConnectionString("Data Source=127.0.0.1," + database.port() + "; Initial Catalog=ProGet;"
                + " User ID=proget; Encrypt=False; Connect Timeout=5");
        List<ClusterNode> nodes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            nodes.add(LocalConfigNodes.node(dir, name, name.equals("c") ? KEY_B : KEY_A, proget.base().toString()));
        }
        cluster.setNodes(nodes);
        profile = dir.resolve("cluster.json");
        new ProfileStore().save(cluster, profile);
    }

    @AfterEach
    void stop() {
        for (AutoCloseable server : new AutoCloseable[] {proget, database, samba}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception ignored) {
                // the next server is stopped all the same
            }
        }
    }

    @Test
    void noSecretReachesTheJournalOrAnyReport() throws Exception {
        String console = run("check", "--profile", profile.toString(), "--timeout", "10")
                + run("plan", "--profile", profile.toString(), "--installation", "existing")
                + run("apply", "--profile", profile.toString(), "--installation", "existing", "--yes", "--timeout", "10")
                + run("check", "--profile", profile.toString(), "--timeout", "10")
                + run("restore", "--profile", profile.toString(), "--node", "c", "--yes")
                + run("keys", "plan", "--profile", profile.toString(), "--installation", "existing");
        List<String> reports = new ArrayList<>();
        for (String format : List.of("md", "html", "json", "pdf")) {
            Path file = dir.resolve("setup." + format);
            console += run("report", "--profile", profile.toString(), "--out", file.toString());
            reports.add(readable(file));
        }

        String journal = Files.readString(dir.resolve("cluster-journal.jsonl"));
        assertThat(journal.lines()).as("every run recorded").hasSize(6);
        assertThat(journal).as("what the runs did is there, the secrets are not").contains("\"action\":\"apply\"")
                .contains("key.apply").contains("storage.write").contains("key.restore");
        SecretScan.assertNoSecret("the journal", journal, secrets());
        for (String report : reports) {
            SecretScan.assertNoSecret("a report", report, secrets());
            assertThat(report).contains("key.restore");
        }
        SecretScan.assertNoSecret("the console", console, secrets());
        assertThat(Files.readString(dir.resolve("config-a/ProGet.config"))).as("the secrets were really used")
                .contains(DB_PASSWORD).contains(KEY_A);
    }

    private List<String> secrets() {
        List<String> secrets = new ArrayList<>(SecretScan.keyForms(KEY_A));
        secrets.addAll(SecretScan.keyForms(KEY_B));
        secrets.addAll(List.of(API_KEY, DB_PASSWORD, NODE_PASSWORD, samba.password()));
        return secrets;
    }

    private static String readable(Path file) throws Exception {
        if (!file.toString().endsWith(".pdf")) {
            return Files.readString(file);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_PROGET_API_KEY", API_KEY,
                "CLUSTERWRIGHT_DB_PASSWORD", DB_PASSWORD, "CLUSTERWRIGHT_STORAGE_PASSWORD", samba.password(),
                "CLUSTERWRIGHT_NODE_PASSWORD", NODE_PASSWORD);
        CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get, args);
        return out + "\n" + err;
    }
}
