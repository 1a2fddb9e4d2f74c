package org.clusterwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.report.ChangeEntry;
import org.clusterwright.report.ChecklistReport;
import org.clusterwright.report.RunEntry;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.FakeProGet;
import org.clusterwright.testing.LocalConfigNodes;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;
import org.clusterwright.ui.viewmodel.KeyStepViewModel;
import org.clusterwright.ui.viewmodel.ReportStepViewModel;
import org.clusterwright.ui.viewmodel.StorageStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's runs and the command line's go into one journal: a profile's checks run before it was ever saved are
 * written beside it when it is, the key apply and the storage apply record their changes with their backups, and
 * 'clusterwright report' afterwards renders every run of both faces, as the wizard's Report page does.
 */
@Timeout(180)
class WizardJournalBothFacesTest {
    private static final String KEY_A = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String KEY_B = "ffeeddccbbaa99887766554433221100";
    private static final String API_KEY = "Pg-Api-Key-66743";
    private static final String DB_PASSWORD = "Db-Pass-60221408";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private FakeProGet proget;
    private TdsResponder database;

    @BeforeEach
    void servers() throws Exception {
        proget = FakeProGet.start(API_KEY);
        database = TdsResponder.builder().login("proget", DB_PASSWORD).database("ProGet").start();
    }

    @AfterEach
    void stop() {
        proget.close();
        database.close();
    }

    @Test
    void theWizardsRunsAndTheCommandLinesShareOneJournalAndOneReport() throws Exception {
        WizardModel model = unsavedCluster();
        Path file = dir.resolve("faces.json");

        CheckRunViewModel ha = new CheckRunViewModel(model, Step.HIGH_AVAILABILITY, Runnable::run, DEADLINE);
        awaitStatus(ha.statusProperty(), "Done.", ha::start);
        assertThat(model.journal().entries()).as("kept while the profile has no file").hasSize(1);
        assertThat(journalOf(file)).doesNotExist();
        model.save(file);
        assertThat(Files.readAllLines(journalOf(file))).as("written beside it on the first save").hasSize(1);

        CheckRunViewModel keyChecks = new CheckRunViewModel(model, Step.ENCRYPTION_KEY, Runnable::run, DEADLINE);
        KeyStepViewModel key = new KeyStepViewModel(model, keyChecks, Runnable::run);
        awaitStatus(keyChecks.statusProperty(), "Done.", keyChecks::start);
        awaitStatus(key.statusProperty(), "Applied:", key::apply);

        CheckRunViewModel storageChecks = new CheckRunViewModel(model, Step.STORAGE, Runnable::run, DEADLINE);
        StorageStepViewModel storage = new StorageStepViewModel(model, storageChecks, Runnable::run);
        awaitStatus(storageChecks.statusProperty(), "Done.", storageChecks::start);
        awaitStatus(storage.statusProperty(), "Storage.PackagesRootPath is", storage::applyToProGet);
        assertThat(proget.settings()).containsEntry("Storage.PackagesRootPath", dir.resolve("packages").toString());

        Run check = run("check", "--profile", file.toString(), "--step", "key", "--timeout", "10");
        assertThat(check.out()).containsPattern("PASS +key.consistent");

        List<String> lines = Files.readAllLines(journalOf(file));
        List<String> ran = new ArrayList<>();
        for (String line : lines) {
            JsonNode run = new ObjectMapper().readTree(line);
            ran.add(run.get("face").asText() + " " + run.get("action").asText());
        }
        assertThat(ran).containsExactly("wizard check", "wizard check", "wizard key apply", "wizard check",
                "wizard storage apply", "cli check");
        String journal = String.join("\n", lines);
        for (String secret : List.of(KEY_A, KEY_B, API_KEY, DB_PASSWORD)) {
            assertThat(journal).doesNotContain(secret);
        }

        ChecklistReport onThePage = new ReportStepViewModel(model, Runnable::run, () -> RestartPlanner.plan(model.profile())).report();
        String backup = backupOf("c");
        assertThat(onThePage.runs()).extracting(RunEntry::face).containsExactly("wizard", "wizard", "wizard", "wizard",
                "wizard", "command line");
        assertThat(onThePage.changes()).extracting(ChangeEntry::resultKey).contains("key.apply@c",
                "storage.apply@proget");
        assertThat(onThePage.changes()).filteredOn(change -> change.resultKey().equals("key.apply@c"))
                .singleElement().satisfies(change -> {
                    assertThat(change.backup()).isEqualTo(backup);
                    assertThat(change.action()).isEqualTo("key apply");
                    assertThat(change.diff()).isNotEmpty().noneMatch(line -> line.contains(KEY_A) || line.contains(KEY_B));
                });

        Path report = dir.resolve("faces-report.json");
        Run rendered = run("report", "--profile", file.toString(), "--out", report.toString());
        assertThat(rendered.err()).isEmpty();
        JsonNode fromTheCommandLine = new ObjectMapper().readTree(Files.readString(report));
        assertThat(fromTheCommandLine.at("/summary/changes").asInt()).isEqualTo(onThePage.summary().changes());
        assertThat(fromTheCommandLine.at("/summary/runs").asInt()).isEqualTo(6);
        assertThat(Files.readString(report)).contains(backup);

        awaitStatus(key.statusProperty(), "Restored:", key::restore);
        JsonNode restore = new ObjectMapper().readTree(Files.readAllLines(journalOf(file)).get(6));
        assertThat(restore.get("action").asText()).isEqualTo("key restore");
        assertThat(toList(restore.get("changes"))).filteredOn(change -> change.get("node").asText().equals("c"))
                .singleElement().satisfies(change -> {
                    assertThat(change.get("checkId").asText()).isEqualTo("key.restore");
                    assertThat(change.get("backup").asText()).isEqualTo(backup);
                    assertThat(change.get("diff").toString()).contains("[key ");
                });
        assertThat(Files.readString(LocalConfigNodes.config(dir, "c"))).contains(KEY_B);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** A cluster typed into the wizard and never saved: three nodes (c with another key), the database, the share. */
    private WizardModel unsavedCluster() throws Exception {
        WizardModel model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        model.newProfile(Product.PROGET, "Both faces");
        List<ClusterNode> nodes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            nodes.add(LocalConfigNodes.node(dir, name, name.equals("c") ? KEY_B : KEY_A, proget.base().toString()));
        }
        model.profile().setNodes(nodes);
        model.profile().getDatabase().setConnectionString("Data Source=127.0.0.1," + database.port()
                + "; Initial Catalog=ProGet; User ID=proget; Encrypt=False; Connect Timeout=5");
        model.profile().getStorage().setPath(Files.createDirectories(dir.resolve("packages")).toString());
        String id = model.profile().getId();
        model.secrets().put(id, SecretRef.DATABASE_PASSWORD, Secret.of(DB_PASSWORD));
        model.secrets().put(id, SecretRef.API_KEY, Secret.of(API_KEY));
        for (Section section : Section.values()) {
            model.edited(section);
        }
        return model;
    }

    /** Starts {@code action} and waits until {@code status} says something starting with {@code expected}. */
    private static void awaitStatus(javafx.beans.value.ObservableValue<String> status, String expected, Runnable action)
            throws InterruptedException {
        CountDownLatch said = new CountDownLatch(1);
        Predicate<String> done = text -> text != null && text.startsWith(expected);
        status.addListener((obs, was, now) -> {
            if (done.test(now)) {
                said.countDown();
            }
        });
        action.run();
        assertThat(said.await(60, TimeUnit.SECONDS) || done.test(status.getValue()))
                .as("waiting for '" + expected + "', the status says: " + status.getValue()).isTrue();
    }

    private static Path journalOf(Path profileFile) {
        return profileFile.resolveSibling("faces-journal.jsonl");
    }

    private String backupOf(String node) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("config-" + node))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bak")).findFirst().orElseThrow();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("CLUSTERWRIGHT_DB_PASSWORD", DB_PASSWORD, "CLUSTERWRIGHT_PROGET_API_KEY", API_KEY)::get, args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
