package org.clusterwright.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import org.clusterwright.testing.JsonSchemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {
    private final ChecklistReport report = ReportFixtures.report();
    private final String json = new JsonReport().render(report);

    @Test
    void theReportValidatesAgainstItsPublishedSchema() throws Exception {
        Files.writeString(ReportFixtures.samples().resolve("report.json"), json);
        assertThat(validate(json)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/sections/0/checks/0")).put("status", "OK");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("schemaVersion", 1);
        assertThat(validate(mapper.writeValueAsString(tree))).hasSize(2);
    }

    @Test
    void everyEntryHasAStableKeyAScriptCanAddress() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.get("kind").asText()).isEqualTo("clusterwright-report");
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(ChecklistReport.SCHEMA_VERSION);
        List<String> checks = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        List<String> items = new ArrayList<>();
        tree.get("sections").forEach(section -> {
            section.get("checks").forEach(check -> checks.add(check.get("key").asText()));
            section.get("changes").forEach(change -> changes.add(change.get("key").asText()));
            section.get("changes").forEach(change -> joined.add(change.get("resultKey").asText()));
            section.get("manualItems").forEach(item -> items.add(item.get("key").asText()));
        });
        assertThat(checks).doesNotHaveDuplicates().contains("db.login@database", "key.apply@node-2");
        // a change names its run, and the key of the apply result it comes from, so a script can join the two
        assertThat(changes).doesNotHaveDuplicates().containsExactly("key.apply@node-2@" + ReportFixtures.APPLY_RUN,
                "storage.apply@proget@" + ReportFixtures.APPLY_RUN);
        assertThat(joined).containsExactly("key.apply@node-2", "storage.apply@proget").allMatch(checks::contains);
        assertThat(items).doesNotHaveDuplicates().contains("enable-ha", "storage-2", "restart");
        assertThat(tree.at("/summary/counts/error").asInt()).isEqualTo(1);
        assertThat(tree.at("/header/checks/startedAt").asText()).isEqualTo("2025-03-14T09:30:00Z");
        assertThat(tree.at("/sections/1/changes/0/backup").asText()).isEqualTo(ReportFixtures.BACKUP);
        assertThat(tree.at("/sections/1/changes/0/by").asText()).isEqualTo(ReportFixtures.ADMIN);
        assertThat(tree.at("/sections/1/changes/0/at").asText()).isEqualTo("2025-03-14T09:31:40Z");
        assertThat(tree.at("/runs/1/runId").asText()).isEqualTo(ReportFixtures.APPLY_RUN);
        assertThat(tree.at("/runs/1/changes").asInt()).isEqualTo(2);
        assertThat(tree.at("/summary/runs").asInt()).isEqualTo(2);
    }

    static Set<ValidationMessage> validate(String document) {
        return JsonSchemas.validate(ChecklistReport.SCHEMA_RESOURCE, document);
    }
}
