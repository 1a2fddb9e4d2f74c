package org.clusterwright.database;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation old enough to keep its schema history in inedosql's earlier tables ({@code __BuildMaster_DbSchemaChanges2},
 * {@code __BuildMaster_DbSchemaChanges}) is an existing installation, whose EncryptionKey must be kept: it never reads
 * as "no installation", which would let a new key through without the typed confirmation.
 */
class DbOlderInstallationTest {
    private static final String PASSWORD = "Old-Install-Pw-31";

    @ParameterizedTest
    @CsvSource({"2, __BuildMaster_DbSchemaChanges2, 6.2/0031-Feeds.sql", "3, __BuildMaster_DbSchemaChanges, Core"})
    void olderSchemaTablesAreAnExistingInstallation(int form, String table, String latest) throws Exception {
        SqlServerAnswers answers = new SqlServerAnswers();
        answers.trackingForm = form;
        answers.tables = 80;
        answers.scripts = 57;
        answers.latestScript = latest;
        answers.lastExecuted = "2019-06-01T08:00:00";
        try (TdsResponder server = TdsResponder.builder().login("proget", PASSWORD).database("ProGet")
                .queryHandler(sql -> answers.handler("ProGetUser_Role").apply(sql)).start()) {
            Map<String, CheckResult> results = ProbeRun.run(ProbeRun.profile(DatabaseKind.SQL_SERVER,
                    "Data Source=127.0.0.1," + server.port() + ";Initial Catalog=ProGet;User ID=proget;Encrypt=False",
                    Product.PROGET, VersionLine.PROGET_5_3_AND_OLDER), PASSWORD,
                    ProbeOptions.defaults(), Duration.ofSeconds(10));

            CheckResult installation = results.get("db.installation");
            assertThat(installation.status()).isEqualTo(Status.PASS);
            assertThat(installation.summary()).startsWith("The database holds an existing installation (57 scripts,"
                    + " latest " + latest);
            assertThat(installation.evidence()).containsEntry("existingInstallation", "true")
                    .containsEntry("trackingTable", table);
            assertThat(installation.detail()).contains(table).contains("__InedoDb_DbSchemaChanges");
            String summary = form == 2 ? DbInstallationCheck.SQL_SERVER_SUMMARY_V2 : DbInstallationCheck.SQL_SERVER_SUMMARY_V1;
            assertThat(server.queries()).anySatisfy(query -> assertThat(query).isEqualToIgnoringWhitespace(summary));
        }
    }
}
