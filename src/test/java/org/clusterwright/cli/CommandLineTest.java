package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
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

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionIsPrinted() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Clusterwright ");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Run run = run("check", "--help");
        assertThat(run.out()).contains("Exit codes:").contains("0  every check passed")
                .contains("3  unusable input");
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
    void checkOnAGoodProfilePassesWithStableIdsInJson() throws Exception {
        try (ServerSocket node1 = listen(); ServerSocket node2 = listen()) {
            Path file = profileWithNodesOn(node1.getLocalPort(), node2.getLocalPort());
            Run run = run("check", "--profile", file.toString(), "--format", "json", "--timeout", "5");

            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.ALL_PASSED);
            assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(json.at("/summary/worst").asText()).isEqualTo("PASS");
            assertThat(json.at("/summary/exitCode").asInt()).isZero();
            List<String> ids = new ArrayList<>();
            json.get("results").forEach(r -> ids.add(r.get("id").asText() + "@" + r.get("target").asText()));
            assertThat(ids).contains("db.parse@database", "input.general@profile", "input.nodes@profile", "input.database@profile",
                    "input.storage@profile", "input.load-balancer@profile", "node.resolve@a", "node.tcp@a",
                    "node.resolve@b", "node.tcp@b");
            JsonNode first = json.get("results").get(0);
            assertThat(first.has("summary")).isTrue();
            assertThat(first.has("remedy")).isTrue();
            assertThat(first.has("durationMillis")).isTrue();
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
        try (ServerSocket node1 = listen(); ServerSocket node2 = listen()) {
            Path file = profileWithNodesOn(node1.getLocalPort(), node2.getLocalPort());
            Profile profile = new ProfileStore().load(file);
            profile.getLoadBalancer().setUrl(null);
            new ProfileStore().save(profile, file);
            Run run = run("check", "--profile", file.toString());
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
        profile.getDatabase().setConnectionString("Server=pg.corp.local;Port=5432;Database=proget;User Id=proget");
        profile.getStorage().setPath("\\\\files\\packages");
        profile.getLoadBalancer().setUrl("http://127.0.0.1:" + port1 + "/");
        Path file = dir.resolve("cluster.json");
        new ProfileStore().save(profile, file);
        return file;
    }

    private static ServerSocket listen() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }
}
