package org.clusterwright.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.cli.CommandLineApp;
import org.clusterwright.profile.SecretRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab's profile through the real command line, as a newcomer would run it. */
class LabProfileCheckTest {
    @RegisterExtension
    static final RunningLab RUNNING = new RunningLab();

    @Test
    void theDatabaseStepPassesAgainstTheLabsPostgreSql() throws Exception {
        Map<String, String> results = check("database");

        assertThat(results).containsEntry("db.login@database", "PASS").containsEntry("db.database@database", "PASS")
                .containsEntry("db.tcp@database", "PASS").containsEntry("db.permissions@database", "PASS")
                .containsEntry("db.installation@database", "PASS").containsEntry("db.version@database", "PASS")
                .containsEntry("input.nodes@profile", "PASS").containsEntry("input.database@profile", "PASS");
        for (String node : Lab.NODE_NAMES) {
            assertThat(results).containsEntry("node.tcp@" + node, "PASS");
        }
        // what a lab on one machine cannot be: a database off loopback, a replica, TLS
        assertThat(results).containsEntry("db.parse@database", "WARN").containsEntry("db.availability@database", "WARN")
                .containsEntry("db.tls@database", "WARN");
        assertThat(results.values()).doesNotContain("FAIL", "ERROR", "SKIP");
    }

    @Test
    void theKeyStepReadsEveryNodeAndNamesTheOddOne() throws Exception {
        StringWriter out = new StringWriter();
        Map<String, String> results = check("key", out);

        for (String node : Lab.NODE_NAMES) {
            assertThat(results).containsEntry("key.read@" + node, "PASS");
        }
        assertThat(results).containsEntry("key.consistent@cluster", "FAIL");
        JsonNode consistent = result(out, "key.consistent");
        assertThat(consistent.get("summary").asText()).contains(Lab.ODD_KEY_NODE + " differs");
        assertThat(consistent.at("/evidence/oddNodes").asText()).isEqualTo(Lab.ODD_KEY_NODE);
    }

    @Test
    void theVerifyStepSeesEveryNodeHealthyAndTheLabsBalancerSpreadingOverAllThree() throws Exception {
        StringWriter out = new StringWriter();
        Map<String, String> results = check("verify", out);

        for (String node : Lab.NODE_NAMES) {
            assertThat(results).containsEntry("verify.health@" + node, "PASS");
        }
        assertThat(results).containsEntry("verify.version@cluster", "PASS").containsEntry("verify.balancer@load-balancer",
                "PASS");
        JsonNode balancer = result(out, "verify.balancer");
        // round robin: every node named in the evidence as having served requests, by the X-Served-By header
        for (String node : Lab.NODE_NAMES) {
            assertThat(balancer.toString()).contains(node);
        }
        assertThat(balancer.at("/evidence/header").asText()).isEqualTo(LabBalancer.NODE_HEADER)
                .isEqualTo(org.clusterwright.cluster.lb.NodeHeader.DEFAULT);
    }

    private static Map<String, String> check(String step) throws Exception {
        return check(step, new StringWriter());
    }

    /** Runs {@code clusterwright check} on the lab's profile; results by id@target. */
    private static Map<String, String> check(String step, StringWriter out) throws Exception {
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_DB_PASSWORD",
                RUNNING.secret(SecretRef.DATABASE_PASSWORD).reveal(), "CLUSTERWRIGHT_KEYRING", "off");
        CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), environment::get,
                "check", "--profile", RUNNING.lab().profileFile().toString(), "--step", step, "--format", "json");
        Map<String, String> results = new LinkedHashMap<>();
        resultsJson(out.toString()).get("results").forEach(result -> results.put(result.get("id").asText() + "@"
                + result.get("target").asText(), result.get("status").asText()));
        return results;
    }

    /** The last result with {@code id} in the JSON that {@code check} wrote. */
    private static JsonNode result(StringWriter out, String id) throws Exception {
        JsonNode found = null;
        for (JsonNode result : resultsJson(out.toString()).get("results")) {
            found = result.get("id").asText().equals(id) ? result : found;
        }
        assertThat(found).as(id).isNotNull();
        return found;
    }

    private static JsonNode resultsJson(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
