package org.clusterwright.cluster.health;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HealthParserTest {
    private final HealthParser parser = new HealthParser();

    @Test
    void buildMasterJsonWithItsOddFieldNamesAndExtensionsAsAMap() {
        HealthReport report = parser.parse(200, HealthFixtures.read(HealthFixtures.BUILDMASTER_2023));

        assertThat(report.format()).isEqualTo(HealthFormat.JSON);
        assertThat(report.healthy()).isTrue();
        assertThat(report.applicationName()).isEqualTo("BuildMaster");
        assertThat(report.version()).isEqualTo("23.0.9");
        assertThat(report.versionNumber()).isEqualTo("2023.9 (Build 1)");
        assertThat(report.components()).extracting(HealthComponent::name)
                .containsExactly(HealthReport.DATABASE, HealthReport.LICENSE, HealthReport.SERVICE);
        assertThat(report.extensions()).contains(entry("BuildMaster Core Extensions", "23.0.9"), entry("Inedo.SDK", "2.4.0"));
    }

    @Test
    void theOldMalformedExampleIsReadWithItsReplicationObjectAndExtensionList() {
        HealthReport report = parser.parse(200, HealthFixtures.read(HealthFixtures.PROGET_5_2_9_MALFORMED));

        assertThat(report.format()).isEqualTo(HealthFormat.JSON);
        assertThat(report.healthy()).isTrue();
        assertThat(report.version()).isEqualTo("5.2.9");
        assertThat(report.component(HealthReport.DATABASE)).as("the example names no database status").isEmpty();
        assertThat(report.component(HealthReport.REPLICATION_SERVER)).map(HealthComponent::status).contains("OK");
        assertThat(report.extensions()).containsOnly(entry("Inedo SDK", "1.3.1"), entry("InedoCore", "1.0.15"));
    }

    @Test
    void proGet2025WithoutReplicationReportsOnlyTheThreeStatuses() {
        HealthReport report = parser.parse(200, HealthFixtures.read(HealthFixtures.PROGET_2025));

        assertThat(report.healthy()).isTrue();
        assertThat(report.version()).isEqualTo("25.0.14");
        assertThat(report.components()).hasSize(3);
        assertThat(report.extensions()).containsEntry("Azure", "2.0.1");
    }

    @Test
    void aServiceWithoutHeartbeatMakesTheNodeUnhealthyAndSaysWhy() {
        HealthReport report = parser.parse(500, HealthFixtures.read(HealthFixtures.PROGET_2025_SERVICE_DOWN));

        assertThat(report.healthy()).isFalse();
        assertThat(report.failing()).extracting(HealthComponent::name).containsExactly(HealthReport.SERVICE);
        assertThat(report.problem()).contains("service Error").contains("heartbeat in 12 minutes");
        assertThat(report.version()).as("the version is still known").isEqualTo("25.0.14");
    }

    @Test
    void proGet2026PlainTextOkAndItsPlainTextProblem() {
        HealthReport ok = parser.parse(200, HealthFixtures.read(HealthFixtures.PROGET_2026_OK));
        HealthReport bad = parser.parse(500, HealthFixtures.read(HealthFixtures.PROGET_2026_500));

        assertThat(ok.format()).isEqualTo(HealthFormat.PLAIN_TEXT);
        assertThat(ok.healthy()).isTrue();
        assertThat(ok.version()).isEmpty();
        assertThat(bad.format()).isEqualTo(HealthFormat.PLAIN_TEXT);
        assertThat(bad.healthy()).isFalse();
        assertThat(bad.problem()).startsWith("Database: Error");
    }

    @Test
    void aMissingEndpointAnHtmlPageAndBrokenJsonAreNotMistakenForHealth() {
        assertThat(parser.parse(404, "<html>Not Found</html>").format()).isEqualTo(HealthFormat.NOT_FOUND);
        HealthReport html = parser.parse(200, "<html><body>Login</body></html>");
        assertThat(html.format()).isEqualTo(HealthFormat.UNRECOGNISED);
        assertThat(html.healthy()).isFalse();
        HealthReport broken = parser.parse(200, "{\"databaseStatus\": \"OK\", ");
        assertThat(broken.format()).isEqualTo(HealthFormat.UNRECOGNISED);
        assertThat(broken.healthy()).isFalse();
        assertThat(parser.parse(200, "").healthy()).isFalse();
    }

    @Test
    void theRepairOnlyAddsTheMissingKeyAndLeavesStringsAlone() {
        String withBraceInString = "{\"a\": \"x, {y}\", {\"serverStatus\": \"OK\"}}";
        assertThat(UnkeyedObjectRepair.repair(withBraceInString))
                .isEqualTo("{\"a\": \"x, {y}\", \"replicationStatus\":{\"serverStatus\": \"OK\"}}");
        String valid = "{\"a\": {\"b\": [1, {\"c\": 2}]}, \"d\": \"\\\"{\"}";
        assertThat(UnkeyedObjectRepair.repair(valid)).isEqualTo(valid);
    }
}
