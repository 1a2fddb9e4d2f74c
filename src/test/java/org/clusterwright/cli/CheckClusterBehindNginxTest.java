package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.testing.NginxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code clusterwright check --step key,verify} on a simulated three-node cluster behind a real nginx: every node's
 * health, version and key state, and the balancer's spread, in the text a person reads and the JSON a script reads.
 */
class CheckClusterBehindNginxTest {
    @TempDir
    static Path dir;
    static NginxCluster cluster;
    static Path profile;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = NginxCluster.start(dir);
        profile = dir.resolve("cluster.json");
        new ProfileStore().save(cluster.profile(), profile);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void heal() throws Exception {
        cluster.heal();
    }

    @Test
    void aHealthyClusterShowsEveryNodeTheKeyAndTheSpread() throws Exception {
        Map<String, JsonNode> results = results(check("--format", "json"));

        for (String node : new String[] {"a", "b", "c"}) {
            JsonNode health = results.get("verify.health@" + node);
            assertThat(health.path("status").asText()).isEqualTo("PASS");
            assertThat(health.path("evidence").path("version").asText()).isEqualTo(NginxCluster.VERSION);
            assertThat(results.get("key.read@" + node).path("status").asText()).isEqualTo("PASS");
        }
        assertThat(results.get("verify.version@cluster").path("status").asText()).isEqualTo("PASS");
        assertThat(results.get("verify.key@cluster").path("status").asText()).isEqualTo("PASS");
        JsonNode balancer = results.get("verify.balancer@load-balancer");
        assertThat(balancer.path("status").asText()).as(balancer + cluster.errorLog()).isEqualTo("PASS");
        assertThat(balancer.path("evidence").path("distribution").asText()).matches("a=\\d+, b=\\d+, c=\\d+")
                .doesNotContain("=0");

        Run text = check();
        assertThat(text.out()).contains("verify.balancer").contains("spread: a=").contains("verify.key");
    }

    @Test
    void anOddVersionAnOddKeyAndADownServiceAreEachNamedWithARemedy() throws Exception {
        cluster.node("c").version("25.0.20");
        cluster.writeKey("b", "99887766554433221100ffeeddccbbaa");
        cluster.node("a").serviceDown(true);

        Run run = check("--format", "json");
        Map<String, JsonNode> results = results(run);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertFailure(results.get("verify.version@cluster"), "c");
        assertFailure(results.get("verify.key@cluster"), "b uses another key");
        assertFailure(results.get("key.consistent@cluster"), "b");
        assertFailure(results.get("verify.health@a"), "a is unhealthy");
        assertThat(results.get("verify.health@a").path("summary").asText()).containsIgnoringCase("service");
        // a's 500s reach the clients: nginx passes a node's error answer on rather than trying the next node
        assertFailure(results.get("verify.balancer@load-balancer"), "requests through the balancer failed");
    }

    private static void assertFailure(JsonNode result, String named) {
        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("FAIL");
        assertThat(result.path("summary").asText()).contains(named);
        assertThat(result.path("remedy").asText()).isNotBlank();
    }

    private static Map<String, JsonNode> results(Run run) throws Exception {
        Map<String, JsonNode> byIdAndTarget = new LinkedHashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(run.out()).path("results")) {
            byIdAndTarget.put(result.path("id").asText() + "@" + result.path("target").asText(), result);
        }
        return byIdAndTarget;
    }

    private static Run check(String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"check", "--profile", profile.toString(), "--step", "key,verify", "--timeout=5"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), name -> null, args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
