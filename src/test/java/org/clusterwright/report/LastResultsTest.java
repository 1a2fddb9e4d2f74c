package org.clusterwright.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LastResultsTest {
    @TempDir
    Path dir;

    @Test
    void theResultsLiveBesideTheProfileUnderItsBaseName() {
        assertThat(LastResults.fileFor(dir.resolve("prod.json"))).isEqualTo(dir.resolve("prod-results.json"));
        assertThat(LastResults.fileFor(dir.resolve("Prod.JSON"))).isEqualTo(dir.resolve("Prod-results.json"));
        assertThat(LastResults.fileFor(dir.resolve("profile"))).isEqualTo(dir.resolve("profile-results.json"));
    }

    @Test
    void whatIsSavedIsReadBackAsItWasAndNoTempFileStays() throws Exception {
        Path profile = dir.resolve("prod.json");
        ResultsDocument saved = ReportFixtures.document();

        LastResults.save(profile, saved);

        assertThat(LastResults.load(profile)).isEqualTo(saved);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("prod-results.json"));
        }
    }

    @Test
    void aNewerSchemaOrAnotherKindOfFileIsRefusedWithWhatToDo() throws Exception {
        Path profile = dir.resolve("prod.json");
        Files.writeString(LastResults.fileFor(profile), "{\"schemaVersion\": 9, \"results\": []}");
        assertThatThrownBy(() -> LastResults.load(profile)).hasMessageContaining("schema version 9")
                .hasMessageContaining("Upgrade Clusterwright");

        Files.writeString(LastResults.fileFor(profile), "[1, 2]");
        assertThatThrownBy(() -> LastResults.load(profile)).hasMessageContaining("not a results file")
                .hasMessageContaining("clusterwright check --profile " + profile);
    }
}
