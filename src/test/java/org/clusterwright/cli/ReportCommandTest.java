package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterwright.check.ExitCodes;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.DatabaseKind;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.testing.ReadableText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** check records its run in the journal beside the profile; report renders it later, in each format, without a server. */
class ReportCommandTest {
    private static final String PASSWORD = "Pa55-in-the-environment";
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void checkRecordsItsRunAndReportRendersItInEveryFormat() throws Exception {
        Path profile = save(StarterProfiles.create(Product.PROGET, "Report run"));
        // step 4 alone needs no server: its one check reports the HA items nobody has ticked yet (WARN); the open
        // items are those two and the storage path the starter profile leaves to be chosen
        Run check = run("check", "--profile", profile.toString(), "--step", "ha", "--format", "json");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.WARNINGS);
        Path journal = dir.resolve("cluster-journal.jsonl");
        assertThat(Files.readAllLines(journal)).hasSize(1);
        assertThat(new ObjectMapper().readTree(Files.readString(journal)).get("results"))
                .as("the journal holds the results check printed")
                .isEqualTo(new ObjectMapper().readTree(check.out()).get("results"));

        for (String format : new String[] {"md", "html", "json"}) {
            Path out = dir.resolve("report." + format);
            Run report = run("report", "--profile", profile.toString(), "--out", out.toString());
            assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.WARNINGS);
            assertThat(report.out()).contains("Wrote the " + format + " report to " + out.toAbsolutePath())
                    .contains("1 warn").contains("manual items 3 open, 0 done");
            assertThat(Files.readString(out)).contains("ha.switch").contains("enable-ha");
        }
        Path pdf = dir.resolve("audit.bin");
        assertThat(run("report", "--profile", profile.toString(), "--format", "pdf", "--out", pdf.toString()).exitCode())
                .isEqualTo(ExitCodes.WARNINGS);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains("ha.switch").contains("Report run");
        }
    }

    @Test
    void aPasswordTheCheckLoggedInWithReachesNeitherTheJournalNorAnyReport() throws Exception {
        String password = EmbeddedPostgresServer.OWNER_PASSWORD;
        Profile cluster = StarterProfiles.create(Product.PROGET, "Report run");
        // one node on a loopback port nothing listens on: step 1 probes the nodes too, and none may leave this machine
        cluster.setNodes(List.of(new ClusterNode("proget-1", "127.0.0.1", NodeAccess.MANUAL, "http://127.0.0.1:9/")));
        cluster.getDatabase().setKind(DatabaseKind.POSTGRESQL);
        cluster.getDatabase().setConnectionString("Server=localhost;Port=" + EmbeddedPostgresServer.port()
                + ";Database=proget;User Id=" + EmbeddedPostgresServer.OWNER);
        Path profile = save(cluster);
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_DB_PASSWORD", password);

        Run check = run(environment, "check", "--profile", profile.toString(), "--step", "database",
                "--format", "json");

        // the server let the owner in: the password from the environment was used for real
        JsonNode results = new ObjectMapper().readTree(check.out()).path("results");
        JsonNode login = StreamSupport.stream(results.spliterator(), false)
                .filter(result -> result.path("id").asText().equals("db.login")).findFirst().orElseThrow();
        assertThat(login.path("status").asText()).as(login.toString()).isEqualTo("PASS");
        assertThat(check.out() + check.err()).doesNotContain(password);
        assertThat(dir.resolve("cluster-journal.jsonl")).content().contains("db.login").doesNotContain(password);
        for (String format : new String[] {"md", "html", "json", "pdf"}) {
            Path out = dir.resolve("report." + format);
            Run report = run(environment, "report", "--profile", profile.toString(), "--out", out.toString());
            assertThat(report.out() + report.err()).doesNotContain(password);
            assertThat(ReadableText.of(out)).as(format).contains("db.login").doesNotContain(password);
        }
    }

    @Test
    void withoutARecordedRunTheErrorNamesTheJournalAndTheCommandToRun() throws Exception {
        Path profile = save(StarterProfiles.create(Product.OTTER, "Never checked"));

        Run report = run("report", "--profile", profile.toString(), "--out", dir.resolve("r.md").toString());

        assertThat(report.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(report.err()).contains(dir.resolve("cluster-journal.jsonl").toString())
                .contains("clusterwright check --profile " + profile);
        assertThat(dir.resolve("r.md")).doesNotExist();
    }

    @Test
    void runsOfAnotherProfileAnUnknownFormatAndAnOutputOverAnInputAreRefused() throws Exception {
        Path profile = save(StarterProfiles.create(Product.PROGET, "First"));
        assertThat(run("check", "--profile", profile.toString(), "--step", "ha").out())
                .contains("Recorded in " + dir.resolve("cluster-journal.jsonl"));
        save(StarterProfiles.create(Product.PROGET, "Second, same file"));

        Run another = run("report", "--profile", profile.toString(), "--out", dir.resolve("r.md").toString());
        assertThat(another.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(another.err()).contains("no run of this profile is recorded in")
                .contains("1 run in cluster-journal.jsonl recorded another profile");
        Run overJournal = run("report", "--profile", profile.toString(), "--format", "md", "--out",
                dir.resolve("cluster-journal.jsonl").toString());
        assertThat(overJournal.err()).contains("is the report's input");
        assertThat(run("report", "--profile", profile.toString(), "--out", dir.resolve("r.txt").toString()).err())
                .contains("--format md, html, json or pdf");
        Run overProfile = run("report", "--profile", profile.toString(), "--format", "md", "--out", profile.toString());
        assertThat(overProfile.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(overProfile.err()).contains("is the report's input");
        assertThat(new ProfileStore().load(profile).getName()).isEqualTo("Second, same file");
    }

    @Test
    void withoutProfileTheOnlyOneInTheFolderIsMeantAndOtherwiseTheUserMustSay() throws Exception {
        assertThat(catchThrowable(() -> CommandProfiles.onlyIn(dir)))
                .hasMessageContaining("name the profile with --profile FILE").hasMessageContaining("holds none");
        Path profile = save(StarterProfiles.create(Product.PROGET, "Only"));
        Files.writeString(dir.resolve("cluster-results.json"), "{}");
        assertThat(CommandProfiles.onlyIn(dir)).isEqualTo(profile);

        Files.writeString(dir.resolve("other.json"), "{}");
        assertThat(catchThrowable(() -> CommandProfiles.onlyIn(dir)))
                .hasMessageContaining("holds 2: cluster.json, other.json");
    }

    private Path save(Profile profile) throws Exception {
        Path file = dir.resolve("cluster.json");
        new ProfileStore().save(profile, file);
        return file;
    }

    private static Run run(String... args) {
        return run(Map.of("CLUSTERWRIGHT_DB_PASSWORD", PASSWORD), args);
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment::get,
                args);
        return new Run(code, out.toString(), err.toString());
    }
}
