package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.testing.SimulatedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    private static final String PASSWORD_VARIABLE = "CLUSTERWRIGHT_DB_PASSWORD";
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    /** Runs with the embedded PostgreSQL owner's password in the environment, as an administrator would. */
    private static Run run(String... args) {
        return runWith(Map.of(PASSWORD_VARIABLE, EmbeddedPostgresServer.OWNER_PASSWORD), args);
    }

    private static Run runWith(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get,
                args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionIsPrinted() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Clusterwright ");
    }

    @Test
    void versionNamesTheCommitBuiltFromTheJavaRuntimeAndTheOs() throws Exception {
        Run run = run("--version");
        // the build stamps git's HEAD; without a repository (a source tarball) it says "unknown"
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        String head = new String(git.getInputStream().readAllBytes()).strip();
        String commit = git.waitFor() == 0 && head.matches("[0-9a-f]{40}") ? head : "unknown";
        assertThat(run.out().lines().toList()).containsExactly(
                "Clusterwright " + org.clusterwright.Version.get(),
                "commit " + commit,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ")",
                "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
    }

    @Test
    void helpDocumentsTheExitCodesAndThePasswordVariable() {
        Run run = run("check", "--help");
        assertThat(run.out()).contains("Exit codes:").contains("0  every check passed")
                .contains("3  unusable input").contains(PASSWORD_VARIABLE);
    }

    @Test
    void profileNewWritesAStarterProfileAndRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("starter.json");
        Run run = run("profile", "new", "--product", "buildmaster", "--out", file.toString());
        assertThat(run.exitCode()).isZero();
        Profile profile = new ProfileStore().load(file);
        assertThat(profile.getProduct()).isEqualTo(Product.BUILDMASTER);
        assertThat(profile.getNodes()).hasSize(3);
        assertThat(profile.getNodes().get(0).getBaseUrl()).isEqualTo("http://buildmaster-1:8622/");

        Run again = run("profile", "new", "--product", "proget", "--out", file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(again.err()).contains("already exists").contains("--force");
    }

    @Test
    void checkOnAGoodProfileProbesTheDatabaseWithStableIdsInJson() throws Exception {
        try (SimulatedNode node1 = healthyNode("a"); SimulatedNode node2 = healthyNode("b")) {
            Path file = profileWithNodesOn(node1.port(), node2.port());
            // every step but storage, whose probe needs a real share: StorageProbeSambaTest runs check --step storage
            Run run = run("check", "--profile", file.toString(), "--format", "json", "--timeout", "5",
                    "--step", "database,key,ha,verify");

            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
            List<String> ids = new ArrayList<>();
            List<String> notPassed = new ArrayList<>();
            json.get("results").forEach(r -> {
                ids.add(r.get("id").asText() + "@" + r.get("target").asText());
                if (!r.get("status").asText().equals("PASS")) {
                    notPassed.add(r.get("status").asText() + " " + r.get("id").asText());
                }
            });
            assertThat(ids).contains("input.general@profile", "input.nodes@profile", "input.database@profile",
                    "input.load-balancer@profile", "node.resolve@a", "node.tcp@a",
                    "node.resolve@b", "node.tcp@b");
            assertThat(ids.stream().filter(id -> id.endsWith("@database"))).containsExactly("db.parse@database",
                    "db.resolve@database", "db.tcp@database", "db.tls@database", "db.login@database",
                    "db.database@database", "db.permissions@database", "db.installation@database",
                    "db.version@database", "db.availability@database");
            // the embedded server is on loopback (db.parse) and has no replica (db.availability), the two manual
            // nodes' keys can only be pasted by a person (key.read SKIP, so key.consistent and verify.key prove
            // nothing), the HA items are not ticked, and the balancer address (node a itself) names no serving node
            assertThat(notPassed).as(run.out()).containsExactly("WARN db.parse", "WARN db.availability",
                    "SKIP key.read", "SKIP key.read", "SKIP key.consistent", "WARN ha.switch", "SKIP verify.key",
                    "WARN verify.balancer");
            assertThat(ids).contains("verify.health@a", "verify.health@b", "verify.version@cluster");
            assertThat(ids).contains("key.read@a", "key.read@b", "key.consistent@cluster");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.WARNINGS);
            assertThat(json.at("/summary/worst").asText()).isEqualTo("WARN");
            JsonNode first = json.get("results").get(0);
            assertThat(first.has("summary")).isTrue();
            assertThat(first.has("remedy")).isTrue();
            assertThat(first.has("durationMillis")).isTrue();
            assertThat(run.out()).doesNotContain(EmbeddedPostgresServer.OWNER_PASSWORD);
        }
    }

    @Test
    void withoutThePasswordVariableTheLoginFailsAndSaysWhereThePasswordGoes() throws Exception {
        try (ServerSocket node1 = listen(); ServerSocket node2 = listen()) {
            Path file = profileWithNodesOn(node1.getLocalPort(), node2.getLocalPort());
            Run run = runWith(Map.of(), "check", "--profile", file.toString(), "--step", "database");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURES);
            assertThat(run.out()).containsPattern("FAIL\\s+db\\.login\\s+database\\s+PostgreSQL asks for a password")
                    .contains(PASSWORD_VARIABLE);
        }
    }

    @Test
    void aNodeThatRefusesConnectionsFailsWithARemedy() throws Exception {
        int closedPort;
        try (ServerSocket socket = listen()) {
            closedPort = socket.getLocalPort();
        }
        try (ServerSocket node1 = listen()) {
            Path file = profileWithNodesOn(node1.getLocalPort(), closedPort);
            Run run = run("check", "--profile", file.toString(), "--step", "database", "--timeout", "5");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURES);
            assertThat(run.out()).containsPattern("FAIL\\s+node\\.tcp\\s+b\\s+.*refused the connection")
                    .contains("-> Check that the product's service is running");
        }
    }

    @Test
    void warningsGiveExitCodeOne() throws Exception {
        try (SimulatedNode node1 = healthyNode("a"); SimulatedNode node2 = healthyNode("b")) {
            Path file = profileWithNodesOn(node1.port(), node2.port());
            Profile profile = new ProfileStore().load(file);
            profile.getLoadBalancer().setUrl(null);
            new ProfileStore().save(profile, file);
            Run run = run("check", "--profile", file.toString(), "--step", "database,key,ha,verify");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.WARNINGS);
            assertThat(run.out()).contains("WARN   input.load-balancer");
        }
    }

    @Test
    void unusableInputGivesExitCodeThreeAndSaysWhere() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,,}");
        Run run = run("check", "--profile", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).contains("broken.json").contains("line 1, column 21");
        assertThat(run.out()).isEmpty();

        assertThat(run("check").exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run("check", "--profile", broken.toString(), "--format", "xml").exitCode())
                .isEqualTo(ExitCodes.UNUSABLE_INPUT);
        Run timeout = run("check", "--profile", broken.toString(), "--timeout", "-1");
        assertThat(timeout.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    }

    private Path profileWithNodesOn(int port1, int port2) throws Exception {
        Profile profile = new Profile();
        profile.setName("test cluster");
        profile.setProduct(Product.PROGET);
        profile.setNodes(List.of(
                new ClusterNode("a", "127.0.0.1", NodeAccess.MANUAL, "http://127.0.0.1:" + port1 + "/"),
                new ClusterNode("b", "localhost", NodeAccess.MANUAL, "http://127.0.0.1:" + port2 + "/")));
        profile.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        profile.getDatabase().setConnectionString("Server=localhost;Port=" + EmbeddedPostgresServer.port()
                + ";Database=proget;User Id=" + EmbeddedPostgresServer.OWNER);
        profile.getStorage().setPath("\\\\files\\packages");
        profile.getLoadBalancer().setUrl("http://127.0.0.1:" + port1 + "/");
        Path file = dir.resolve("cluster.json");
        new ProfileStore().save(profile, file);
        return file;
    }

    /** A node answering /health as ProGet 2025 does, so the verify step of a whole run has something to verify. */
    private static SimulatedNode healthyNode(String name) throws Exception {
        return new SimulatedNode(name, SimulatedNode.Format.PROGET_2025);
    }

    private static ServerSocket listen() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }
}
