package org.clusterwright.cli;

import org.clusterwright.keys.SecretScan;
import org.clusterwright.testing.ReadableText;
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
    private LocalCluster cluster;
    private Path profile;

    @BeforeEach
    void cluster() throws Exception {
        SambaRequirements.assumeAvailable();
        Path share = Files.createDirectories(dir.resolve("share").resolve("proget"));
        samba = SambaServer.builder(dir.resolve("samba")).share("packages", share.getParent()).start();
        cluster = LocalCluster.start(dir, "Secrets kept", API_KEY, DB_PASSWORD, KEY_A, KEY_B, profile -> {
            profile.getStorage().setPath("\\\\127.0.0.1\\packages\\proget");
            profile.getStorage().setSmbPort(samba.port());
            profile.getStorage().setAccount(samba.user());
        });
        profile = cluster.profile();
    }

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (samba != null) {
            samba.close();
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
            reports.add(ReadableText.of(file));
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
