package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.testing.JsonSchemas;
import org.clusterwright.testing.ReadableText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report made after the final check tells the whole story of the setup: on three nodes whose ProGet.config lies
 * in local folders (one with another key), a database answering as SQL Server and a loopback server answering as
 * ProGet's settings API, check, apply and check again, then report in every format: the apply's changes and their
 * backups are in each, beside the final results.
 */
class SetupRecordTest {
    private static final String KEY_A = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String KEY_B = "ffeeddccbbaa99887766554433221100";
    private static final String API_KEY = "Pg-Api-Key-16180";
    private static final String DB_PASSWORD = "Db-Pass-14142135";

    @TempDir
    Path dir;
    private LocalCluster cluster;
    private Path profile;
    private final Map<String, String> environment = Map.of("CLUSTERWRIGHT_PROGET_API_KEY", API_KEY,
            "CLUSTERWRIGHT_DB_PASSWORD", DB_PASSWORD);

    @BeforeEach
    void cluster() throws Exception {
        cluster = LocalCluster.start(dir, "Build Feeds", API_KEY, DB_PASSWORD, KEY_A, KEY_B);
        profile = cluster.profile();
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void theReportAfterTheFinalCheckHoldsTheChangesOfTheApplyAndTheirBackupsInEveryFormat() throws Exception {
        Run before = run("check", "--profile", profile.toString(), "--timeout", "5");
        assertThat(before.out()).containsPattern("FAIL +key.consistent");
        Run apply = run("apply", "--profile", profile.toString(), "--installation", "existing", "--yes", "--timeout", "5");
        assertThat(apply.out()).as(apply.err()).containsPattern("PASS +storage.apply");
        Run after = run("check", "--profile", profile.toString(), "--timeout", "5");
        assertThat(after.out()).containsPattern("PASS +key.consistent");
        String backup = backupOf("c");

        for (String format : List.of("md", "html", "json", "pdf")) {
            Path file = dir.resolve("setup." + format);
            Run report = run("report", "--profile", profile.toString(), "--out", file.toString());
            assertThat(report.out()).as(report.err()).contains("in 3 runs");
            String text = ReadableText.of(file);
            assertThat(text).as(format).contains("key.apply").contains("storage.apply").contains(backup)
                    .contains("Storage.PackagesRootPath").contains("apply").doesNotContain(secrets());
        }

        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("setup.json")));
        assertThat(JsonSchemas.validate(ChecklistReport.SCHEMA_RESOURCE, json.toString())).isEmpty();
        assertThat(json.at("/summary/runs").asInt()).isEqualTo(3);
        List<String> changes = new ArrayList<>();
        json.get("sections").forEach(section -> section.get("changes").forEach(change -> changes.add(
                change.get("resultKey").asText() + " " + change.get("backup").asText() + " " + change.get("by").asText())));
        assertThat(changes).as("every node got the shared connection string, c the key too, then the storage path")
                .contains("key.apply@c " + backup + " " + System.getProperty("user.name"))
                .anyMatch(change -> change.startsWith("key.apply@a ProGet.config."))
                .anyMatch(change -> change.startsWith("storage.apply@proget  "));
        // the latest result of each check, once per target: the final check's verdict on the key
        List<String> keys = new ArrayList<>();
        json.get("sections").forEach(section -> section.get("checks").forEach(check -> keys.add(check.get("key").asText())));
        assertThat(keys).doesNotHaveDuplicates().contains("input.nodes@profile", "key.apply@c", "storage.apply@proget");
        assertThat(json.get("sections").findValues("checks").stream().flatMap(checks -> toList(checks).stream())
                .filter(check -> check.get("key").asText().equals("key.consistent@cluster")).findFirst().orElseThrow()
                .get("status").asText()).isEqualTo("PASS");
        List<String> journal = Files.readAllLines(dir.resolve("cluster-journal.jsonl"));
        assertThat(journal).hasSize(3).noneMatch(line -> List.of(secrets()).stream().anyMatch(line::contains));
        JsonNode firstCheck = new ObjectMapper().readTree(journal.get(0));
        assertThat(toList(firstCheck.get("results")).stream().filter(r -> r.get("id").asText().equals("input.nodes")))
                .as("a full check gives each check once per target").hasSize(1);
        assertThat(dir.resolve("cluster-results.json")).as("the journal replaced it").doesNotExist();
    }

    @Test
    void sinceNarrowsTheReportToTheLaterRunsAndRefusesWhatIsNoDate() throws Exception {
        run("check", "--profile", profile.toString(), "--step", "ha");
        Path report = dir.resolve("today.md");

        Run today = run("report", "--profile", profile.toString(), "--since", LocalDate.now().toString(), "--out",
                report.toString());
        assertThat(today.exitCode()).as(today.err()).isEqualTo(ExitCodes.WARNINGS);
        assertThat(Files.readString(report)).contains("ha.switch").contains("since");

        Run tomorrow = run("report", "--profile", profile.toString(), "--since", LocalDate.now().plusDays(1).toString(),
                "--out", dir.resolve("tomorrow.md").toString());
        assertThat(tomorrow.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(tomorrow.err()).contains("no run of this profile is recorded in").contains("since");
        assertThat(dir.resolve("tomorrow.md")).doesNotExist();

        Run notADate = run("report", "--profile", profile.toString(), "--since", "last week", "--out",
                dir.resolve("x.md").toString());
        assertThat(notADate.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(notADate.err()).contains("'last week' is not a date").contains("2025-03-14T09:30:00Z");
    }

    @Test
    void aProfileWrittenByHandWithoutAnIdIsCheckedThenReported() throws Exception {
        Path handWritten = Files.writeString(dir.resolve("feeds.json"), """
                {
                  "schemaVersion": 1,
                  "name": "Feeds as code",
                  "product": "proget",
                  "nodes": [
                    {"name": "web-1", "host": "web-1.corp", "access": "manual", "baseUrl": "http://web-1.corp:8624/"},
                    {"name": "web-2", "host": "web-2.corp", "access": "manual", "baseUrl": "http://web-2.corp:8624/"}
                  ],
                  "storage": {"path": "\\\\\\\\files\\\\packages"}
                }
                """);
        byte[] asWritten = Files.readAllBytes(handWritten);

        assertThat(run("check", "--profile", handWritten.toString(), "--step", "ha").exitCode())
                .isEqualTo(ExitCodes.WARNINGS);
        assertThat(run("check", "--profile", handWritten.toString(), "--step", "ha").exitCode())
                .isEqualTo(ExitCodes.WARNINGS);
        Path report = dir.resolve("feeds-report.json");
        Run rendered = run("report", "--profile", handWritten.toString(), "--out", report.toString());

        assertThat(rendered.exitCode()).as(rendered.err()).isEqualTo(ExitCodes.WARNINGS);
        assertThat(rendered.err()).as("no run was left out as another profile's").isEmpty();
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertThat(json.at("/summary/runs").asInt()).isEqualTo(2);
        assertThat(json.at("/header/profileName").asText()).isEqualTo("Feeds as code");
        assertThat(json.at("/header/profileId").asText()).isEqualTo(new ProfileStore().load(handWritten).getId());
        assertThat(Files.readAllBytes(handWritten)).as("checking never writes the profile").isEqualTo(asWritten);
    }

    private String backupOf(String node) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("config-" + node))) {
            List<String> backups = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bak")).toList();
            assertThat(backups).hasSize(1);
            return backups.get(0);
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String[] secrets() {
        return new String[] {KEY_A, KEY_B, API_KEY, DB_PASSWORD};
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get, args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
