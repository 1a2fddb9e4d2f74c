package org.clusterwright.ui;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusterwright.cli.CommandLineApp;
import org.clusterwright.engine.Step;
import org.clusterwright.lab.Lab;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.ProgramRun;
import org.clusterwright.ui.viewmodel.ChangeSummary.Part;
import org.clusterwright.ui.viewmodel.ChangeSummary.Row;
import org.clusterwright.ui.viewmodel.ChangeSummary;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.cancelAtSummary;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.startTheDemoLab;

/**
 * The Summary before a write, on the demo lab: it lists exactly what {@code clusterwright plan} lists for the same
 * profile, cancelling it writes nothing, and the script saved from it, run as commands, does on a fresh lab what the
 * wizard does.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryOnTheDemoLabTest {
    private static final Pattern KEY_LINE = Pattern.compile(
            "^  (\\S+)\\s+(NO_CHANGE|WRITE|EXPORT|MANUAL_INSTRUCTIONS|BLOCKED)\\s+(.*)$");

    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private AnsweringChoices choices;
    private WizardModel model;
    private WizardWindow window;

    @Start
    void start(Stage stage) throws Exception {
        model = new WizardModel(new ProfileStore(), secrets);
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(10));
        choices = wizard.choices();
        window = wizard.window();
    }

    @AfterEach
    void stopTheLab() {
        window.closed();
    }

    @Test
    void theSummaryListsWhatPlanListsCancelWritesNothingAndItsScriptRepeatsTheWizard(FxRobot robot) throws Exception {
        startTheDemoLab(robot, model);
        Path profile = model.fileProperty().get();
        robot.interact(() -> window.show(PageId.ENCRYPTION_KEY));
        focusAndClick(robot, "#run-checks");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty(Step.ENCRYPTION_KEY).get()
                && model.results(Step.ENCRYPTION_KEY).stream().anyMatch(r -> r.id().value().equals("key.decision")));
        Map<Path, byte[]> before = nodeFiles(profile.getParent());

        focusAndClick(robot, "#apply-key");
        List<Row> rows = summaryRows(robot);
        robot.interact(() -> Screenshots.save(robot.lookup("#summary").query().getScene(), "summary-key"));
        String plan = plan(profile);
        assertSameChanges(rows, plan);

        focusAndClick(robot, "#save-script");
        Path script = choices.folder().resolve("clusterwright-changes.sh");
        assertThat(script).isNotEmptyFile();
        cancelAtSummary(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nodeFiles(profile.getParent())).as("cancelling the Summary wrote nothing, no backup either")
                .containsOnlyKeys(before.keySet().toArray(Path[]::new))
                .allSatisfy((file, bytes) -> assertThat(bytes).isEqualTo(before.get(file)));

        String text = Files.readString(script);
        for (SecretRef ref : Lab.SECRETS) {
            secrets.get(model.profile().getId(), ref).map(Secret::reveal)
                    .ifPresent(secret -> assertThat(text).doesNotContain(secret));
        }
        repeatOnAFreshLab(script);
    }

    /** Every change 'clusterwright plan' prints for the profile, the Summary lists, and no other. */
    private static void assertSameChanges(List<Row> rows, String plan) {
        List<String> lines = plan.lines().toList();
        Map<String, List<String>> planned = new LinkedHashMap<>();
        String node = null;
        for (String line : lines) {
            Matcher key = KEY_LINE.matcher(line);
            if (key.matches()) {
                node = key.group(1) + " (" + key.group(3).strip() + ")";
                planned.put(node, new ArrayList<>());
            } else if (node != null && line.startsWith("      ")) {
                planned.get(node).add(line.substring(6));
            } else {
                node = null;
            }
        }
        Map<String, List<String>> summarised = new LinkedHashMap<>();
        rows.stream().filter(r -> r.part() == Part.KEY && !r.where().equals("every server"))
                .forEach(r -> summarised.put(r.where() + " (" + r.detail().get(0).substring(ChangeSummary.FILE.length())
                        + ")", r.detail().subList(1, r.detail().size())));
        assertThat(summarised.keySet()).as("the nodes and files").containsExactlyElementsOf(planned.keySet());
        // plan prints a node's note, then its masked diff; the Summary shows the diff as the change's text
        summarised.forEach((where, diff) -> assertThat(planned.get(where)).as(where).endsWith(diff.toArray(String[]::new)));

        String storage = lines.stream().filter(l -> l.startsWith("Shared storage: ")).findFirst().orElseThrow()
                .substring("Shared storage: ".length());
        assertThat(rows).filteredOn(r -> r.part() == Part.STORAGE).extracting(Row::change).containsExactly(storage);

        List<String> restartOrder = lines.stream().map(l -> l.strip()).filter(l -> l.matches("# \\d+\\. .*:.*"))
                .map(l -> l.replaceFirst("# \\d+\\. ([^:( ]+).*", "$1")).toList();
        assertThat(rows).filteredOn(r -> r.part() == Part.RESTART).extracting(r -> r.where().split(" ")[0])
                .containsExactlyElementsOf(restartOrder).isNotEmpty();

        List<String> byHand = lines.stream().filter(l -> l.startsWith("  [ ] ")).map(l -> l.substring(6)).toList();
        assertThat(rows).filteredOn(r -> r.part() == Part.BY_HAND)
                .extracting(r -> (r.where().equals("cluster") || r.where().equals("storage") ? "" : r.where() + ": ")
                        + r.change() + (r.detail().isEmpty() ? "" : " (" + r.detail().get(0) + ")"))
                .containsExactlyInAnyOrderElementsOf(byHand);
    }

    /** The script, run by the shell with 'clusterwright' on its PATH, on a lab of its own. */
    private void repeatOnAFreshLab(Path script) throws Exception {
        InMemorySecretStore freshSecrets = new InMemorySecretStore();
        Path folder = Files.createTempDirectory(choices.folder(), "fresh-lab");
        try (Lab fresh = Lab.start(folder, freshSecrets)) {
            String id = fresh.profile().getId();
            Map<String, String> environment = new HashMap<>(Map.of(
                    "PATH", commandFolder() + ":" + System.getenv("PATH"),
                    "CLUSTERWRIGHT_KEYRING", "off",
                    "CLUSTERWRIGHT_DB_PASSWORD", freshSecrets.get(id, SecretRef.DATABASE_PASSWORD).orElseThrow().reveal(),
                    "CLUSTERWRIGHT_PROGET_API_KEY", freshSecrets.get(id, SecretRef.API_KEY).orElseThrow().reveal()));
            int restartsBefore = fresh.nodes().stream().mapToInt(n -> n.restarts()).sum();
            ProgramRun run = ProgramRun.run(Duration.ofMinutes(4), environment, "sh", script.toString(),
                    fresh.profileFile().toString());

            assertThat(run.exitCode()).as(run.toString()).isLessThanOrEqualTo(1);
            assertThat(run.output()).as(run.toString()).containsPattern("PASS\\s+storage\\.apply")
                    .containsPattern("PASS\\s+key\\.consistent");
            List<String> keys = new ArrayList<>();
            for (String node : Lab.NODE_NAMES) {
                String config = Files.readString(fresh.folder().nodeConfigFolder(node).resolve("ProGet.config"));
                keys.add(config.replaceAll("(?s).*<EncryptionKey>([^<]+)</EncryptionKey>.*", "$1"));
            }
            assertThat(keys).as("one key on every node, as the wizard leaves them").containsOnly(keys.get(0));
            assertThat(fresh.nodes().stream().mapToInt(n -> n.restarts()).sum())
                    .as("each node restarted once, by the script's restart lines").isEqualTo(restartsBefore + 3);
        }
    }

    /** A folder holding a 'clusterwright' that runs this build, as the installed command would. */
    private Path commandFolder() throws Exception {
        Path bin = Files.createDirectories(choices.folder().resolve("bin"));
        Path command = bin.resolve("clusterwright");
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.writeString(command, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' -Djava.awt.headless=true org.clusterwright.Clusterwright \"$@\"\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    /** What 'clusterwright plan' prints for the profile, with the secrets the wizard holds. */
    private String plan(Path profile) {
        String id = model.profile().getId();
        Map<String, String> environment = Map.of("CLUSTERWRIGHT_KEYRING", "off",
                "CLUSTERWRIGHT_DB_PASSWORD", secrets.get(id, SecretRef.DATABASE_PASSWORD).orElseThrow().reveal(),
                "CLUSTERWRIGHT_PROGET_API_KEY", secrets.get(id, SecretRef.API_KEY).orElseThrow().reveal());
        StringWriter out = new StringWriter();
        CommandLineApp.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), environment::get,
                "plan", "--profile", profile.toString(), "--timeout", "10");
        return out.toString();
    }

    private static List<Row> summaryRows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#summary-changes").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Row> table = robot.lookup("#summary-changes").queryAs(TableView.class);
        return List.copyOf(table.getItems());
    }

    /** Every file under the lab's nodes' folders, with its bytes. */
    private static Map<Path, byte[]> nodeFiles(Path lab) throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(lab.resolve("nodes"))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }
}
