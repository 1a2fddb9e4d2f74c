package org.clusterwright.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.cli.CommandLineApp;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.testing.SambaRequirements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'clusterwright keys plan|apply' against three real SMB nodes, and the proof that no key or password leaves the
 * places it must be: not the profile, not the output, not any file written, not SMBJ's debug log.
 */
class KeyCommandLineTest {
    @TempDir
    static Path dir;
    static SambaCluster cluster;
    static Path profileFile;
    static Path passwordFile;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void startNodes() throws Exception {
        SambaRequirements.assumeAvailable();
        cluster = SambaCluster.start(dir.resolve("nodes"));
        profileFile = dir.resolve("work/cluster.json");
        passwordFile = dir.resolve("work/node-passwords.txt");
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void freshFiles() throws Exception {
        cluster.reset();
        cluster.twoMatchingOneDifferent();
        new ProfileStore().save(cluster.profile, profileFile);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add("node-" + (i + 1) + "=" + cluster.servers.get(i).password());
        }
        Files.write(passwordFile, lines, StandardCharsets.UTF_8);
    }

    private static Run run(String... args) {
        return runWith(Map.of(), args);
    }

    /** Runs with {@code environment} as the whole environment: the real one would leak the machine's variables in. */
    private static Run runWith(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theNodePasswordVariableComesFromTheEnvironmentTheCommandLineWasGiven() throws Exception {
        Run plan = runWith(Map.of("CLUSTERWRIGHT_NODE_PASSWORD", cluster.servers.get(0).password()),
                "keys", "plan", "--profile", profileFile.toString(), "--format", "json");

        JsonNode results = new ObjectMapper().readTree(plan.out()).get("results");
        assertThat(results.get(0).at("/target").asText()).isEqualTo("node-1");
        assertThat(results.get(0).at("/status").asText()).as(plan.out()).isEqualTo("PASS");
        // one password for every node: the other two nodes have their own, so their logon fails
        assertThat(results.get(1).at("/summary").asText()).contains("STATUS_LOGON_FAILURE");
        assertThat(plan.out() + plan.err()).doesNotContain(cluster.servers.get(0).password());
    }

    @Test
    void planShowsTheOddNodeAndTheMaskedDiffAndWritesNothing() throws Exception {
        Map<String, String> before = cluster.snapshot();
        Run plan = run("keys", "plan", "--profile", profileFile.toString(), "--password-file", passwordFile.toString());
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isEqualTo(ExitCodes.FAILURES);
        assertThat(plan.out()).contains("key.consistent").contains("node-2 differs").contains("Key plan: ADOPT")
                .contains("node-2           WRITE").contains("-  <EncryptionKey>[key ")
                .contains("Installation: an existing installation is assumed: the profile has no database connection string");
        assertThat(cluster.snapshot()).isEqualTo(before);
    }

    @Test
    void applyWithoutYesAndWithoutATerminalWritesNothing() throws Exception {
        Map<String, String> before = cluster.snapshot();
        Run apply = run("keys", "apply", "--profile", profileFile.toString(), "--password-file", passwordFile.toString());
        assertThat(apply.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(apply.err()).contains("nothing was written").contains("--yes");
        assertThat(cluster.snapshot()).isEqualTo(before);
    }

    @Test
    void generatingOverAnExistingInstallationWithoutConfirmationIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(cluster.config(i), "<InedoAppConfig>\n  <WebServer Urls=\"http://*:8624\" />\n</InedoAppConfig>\n");
        }
        Map<String, String> before = cluster.snapshot();
        Run refused = run("keys", "apply", "--profile", profileFile.toString(), "--password-file", passwordFile.toString(),
                "--generate", "--yes");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertThat(refused.err()).contains("nothing was written").contains("existing installation");
        assertThat(refused.out()).contains("key.decision").contains(KeyPlan.GENERATE_CONFIRMATION);
        assertThat(cluster.snapshot()).isEqualTo(before);

        Run confirmed = run("keys", "apply", "--profile", profileFile.toString(), "--password-file", passwordFile.toString(),
                "--generate", "--confirm-generate", KeyPlan.GENERATE_CONFIRMATION, "--yes", "--format", "json");
        assertThat(confirmed.exitCode()).as(confirmed.out() + confirmed.err()).isEqualTo(ExitCodes.WARNINGS);
        JsonNode decision = result(new ObjectMapper().readTree(confirmed.out()), "key.decision");
        assertThat(decision.at("/status").asText()).isEqualTo("WARN");
        assertThat(decision.at("/evidence/confirmation").asText()).isEqualTo(KeyPlan.GENERATE_CONFIRMATION);
    }

    @Test
    void whenTheDatabaseCannotBeAskedTheUserMayStateThatItHoldsNoInstallation() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(cluster.config(i), "<InedoAppConfig>\n  <WebServer Urls=\"http://*:8624\" />\n</InedoAppConfig>\n");
        }
        Run plan = run("keys", "plan", "--profile", profileFile.toString(), "--password-file", passwordFile.toString(),
                "--installation", "none", "--format", "json");

        JsonNode decision = result(new ObjectMapper().readTree(plan.out()), "key.decision");
        assertThat(decision.at("/status").asText()).as(plan.out()).isEqualTo("PASS");
        assertThat(decision.at("/evidence/decision").asText()).isEqualTo("GENERATE");
        assertThat(decision.at("/evidence/installationSource").asText()).isEqualTo("STATED");
        assertThat(decision.at("/detail").asText()).isEqualTo("Installation: stated by the user: no installation yet "
                + "(the profile has no database connection string).");
    }

    @Test
    void applyHandsOutTheProfilesConnectionStringOnlyWithItsPasswordAndItsLoginProven() throws Exception {
        // a real PostgreSQL: db.login proves the string's own user before any node is given the string
        String connectionString = "Server=127.0.0.1;Port=" + EmbeddedPostgresServer.port() + ";Database=postgres;User Id="
                + EmbeddedPostgresServer.OWNER;
        cluster.profile.getDatabase().setKind(org.clusterwright.profile.DatabaseKind.POSTGRESQL);
        cluster.profile.getDatabase().setConnectionString(connectionString);
        new ProfileStore().save(cluster.profile, profileFile);
        String dbPassword = EmbeddedPostgresServer.OWNER_PASSWORD;
        try {
            Run withoutPassword = run("keys", "plan", "--profile", profileFile.toString(), "--password-file",
                    passwordFile.toString());
            assertThat(withoutPassword.err()).contains("the nodes keep their own connection strings")
                    .contains("CLUSTERWRIGHT_DB_PASSWORD");
            assertThat(withoutPassword.out()).contains("Connection string: each node keeps its own");

            Run wrongPassword = runWith(Map.of("CLUSTERWRIGHT_DB_PASSWORD", "Not-" + dbPassword), "keys", "plan",
                    "--profile", profileFile.toString(), "--password-file", passwordFile.toString());
            assertThat(wrongPassword.err()).as("an unproven login is not handed out")
                    .contains("the nodes keep their own connection strings: db.login FAIL in this run")
                    .contains("--force connection-string");
            assertThat(wrongPassword.out()).contains("Connection string: each node keeps its own");

            Run apply = runWith(Map.of("CLUSTERWRIGHT_DB_PASSWORD", dbPassword), "keys", "apply", "--profile",
                    profileFile.toString(), "--password-file", passwordFile.toString(), "--yes");
            assertThat(apply.exitCode()).as(apply.out() + apply.err()).isIn(ExitCodes.ALL_PASSED, ExitCodes.WARNINGS);
            assertThat(apply.out() + apply.err()).doesNotContain(dbPassword);
            assertThat(apply.out()).containsPattern("PASS +key.restart +cluster +Written, in effect once you restart"
                    + " INEDOPROGETSVC");
            for (int i = 0; i < 3; i++) {
                assertThat(Files.readString(cluster.config(i))).contains("<PostgresConnectionString>" + connectionString
                        + ";Password=" + dbPassword + "</PostgresConnectionString>");
            }
        } finally {
            cluster.profile.getDatabase().setConnectionString(null);
        }
    }

    @Test
    void aFullRunLeavesNoKeyOrPasswordAnywhereButInTheNodesConfigFiles() throws Exception {
        Run plan = run("keys", "plan", "--profile", profileFile.toString(), "--password-file", passwordFile.toString());
        Run apply = run("keys", "apply", "--profile", profileFile.toString(), "--password-file", passwordFile.toString(),
                "--yes", "--format", "json");
        Path report = dir.resolve("work/report.json");
        Files.writeString(report, apply.out());
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isEqualTo(ExitCodes.ALL_PASSED);
        JsonNode json = new ObjectMapper().readTree(apply.out());
        assertThat(result(json, "key.consistent").at("/status").asText()).isEqualTo("PASS");
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readString(cluster.config(i))).contains(SambaCluster.KEY_A);
        }
        cluster.secrets.put(cluster.profile.getId(), org.clusterwright.nodes.NodeConfigFolders.passwordRef(cluster.node(1)),
                org.clusterwright.secrets.Secret.of("Wrong-" + cluster.servers.get(1).password()));
        Files.writeString(passwordFile, "node-2=Wrong-" + cluster.servers.get(1).password() + "\n", StandardCharsets.UTF_8);
        Run wrong = run("keys", "apply", "--profile", profileFile.toString(), "--password-file", passwordFile.toString(), "--yes");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.FAILURES);
        Files.delete(passwordFile);

        List<String> secrets = secrets();
        for (Run run : List.of(plan, apply, wrong)) {
            SecretScan.assertNoSecret("command output", run.out() + run.err(), secrets);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.toString().contains("SharedConfig")) {
                    // the running smbd creates and drops lock files of its own meanwhile: one gone is no leak
                    String text;
                    try {
                        text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    } catch (java.nio.file.NoSuchFileException vanished) {
                        continue;
                    }
                    SecretScan.assertNoSecret(file.toString(), text, secrets);
                }
            }
        }
        Path smbjLog = Path.of("target/smbj-test.log");
        if (Files.exists(smbjLog)) {
            SecretScan.assertNoSecret("SMBJ's log", Files.readString(smbjLog, StandardCharsets.ISO_8859_1), secrets);
        }
    }

    private static List<String> secrets() {
        List<String> all = new ArrayList<>(List.of(SambaCluster.SQL_PASSWORD, SambaCluster.PG_PASSWORD));
        all.addAll(SecretScan.keyForms(SambaCluster.KEY_A));
        all.addAll(SecretScan.keyForms(SambaCluster.KEY_B));
        cluster.servers.forEach(server -> all.add(server.password()));
        return all;
    }

    private static JsonNode result(JsonNode document, String id) {
        for (JsonNode result : document.get("results")) {
            if (result.get("id").asText().equals(id)) {
                return result;
            }
        }
        throw new AssertionError("no " + id + " in " + document);
    }
}
