package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.assertj.core.groups.Tuple;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.verify.NodeRow;
import org.clusterwright.engine.Step;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.lab.Lab;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.RelaxedLimits;
import org.clusterwright.testing.ReadableText;
import org.clusterwright.ui.viewmodel.KeyMatrixRow;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.RestartRunViewModel;
import org.clusterwright.ui.viewmodel.StepState;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.applyAtSummary;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;
import static org.clusterwright.ui.UiActions.startTheDemoLab;

/**
 * A newcomer's whole walk through the wizard against the demo lab, as a person would take it: start the lab from the
 * Welcome page, test the database, find the node with the odd key, adopt the cluster's key and write it, probe the
 * storage and point ProGet at it, tick High Availability and run the restart plan, verify through the lab's load
 * balancer, and export the report. Each page is saved as a screenshot, and what a person reads on it is asserted.
 */
@ExtendWith(ApplicationExtension.class)
class DemoLabWalkTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private AnsweringChoices choices;
    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        model = new WizardModel(new ProfileStore(), secrets);
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(10));
        choices = wizard.choices();
        window = wizard.window();
        scene = wizard.scene();
    }

    @AfterEach
    void stopTheLab() {
        window.closed();
    }

    @Test
    void everyStepWorksForRealAgainstTheDemoLab(FxRobot robot) throws Exception {
        startTheDemoLab(robot, model);
        assertThat(label(robot, "#demo-lab-status")).startsWith("The demo lab is running");
        screenshot(robot, "walk-0-welcome");
        List<String> secretTexts = labSecrets();

        database(robot);
        String fingerprint = encryptionKey(robot);
        storage(robot);
        highAvailability(robot);
        verify(robot, fingerprint);
        // walked correctly, the lab ends green: its loopback, TLS, replica and local-folder warnings are expected
        for (Step step : Step.values()) {
            assertThat(model.stateProperty(step).get()).as(step + ": " + model.results(step).stream()
                    .filter(r -> r.status() != Status.PASS).map(r -> r.status() + " " + r.id()).toList())
                    .isEqualTo(StepState.PASSED);
        }
        Path exported = report(robot, secretTexts);

        // an export chosen in the file chooser is kept where it was chosen, not in the lab's folder that goes
        Path lab = labFolder();
        window.closed();
        assertThat(lab).doesNotExist();
        assertThat(exported).isNotEmptyFile();
    }

    /** Step 1: every node and the lab's PostgreSQL answer; what a one-machine lab cannot be is a warning. */
    private void database(FxRobot robot) throws Exception {
        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.DATABASE);
        runChecks(robot, Step.DATABASE);
        assertPassed(Step.DATABASE, "db.login");
        assertPassed(Step.DATABASE, "db.installation");
        assertThat(model.results(Step.DATABASE)).filteredOn(r -> r.id().value().equals("node.tcp"))
                .extracting(CheckResult::status).containsExactly(Status.PASS, Status.PASS, Status.PASS);
        assertThat(model.results(Step.DATABASE)).extracting(CheckResult::status).doesNotContain(Status.FAIL, Status.ERROR);
        assertThat(label(robot, "#check-status")).startsWith("Done.").contains("0 failed");
        screenshot(robot, "walk-1-database");
    }

    /** Step 2: the odd key is found and named; the cluster's key is adopted and written where it is missing. */
    private String encryptionKey(FxRobot robot) throws Exception {
        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.ENCRYPTION_KEY);
        runChecks(robot, Step.ENCRYPTION_KEY);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> results(Step.ENCRYPTION_KEY, "key.decision")
                .findAny().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results(Step.ENCRYPTION_KEY, "key.consistent").findFirst().orElseThrow().summary())
                .contains(Lab.ODD_KEY_NODE + " differs");
        @SuppressWarnings("unchecked")
        TableView<KeyMatrixRow> matrix = robot.lookup("#key-matrix").queryAs(TableView.class);
        assertThat(matrix.getItems()).extracting(KeyMatrixRow::node, KeyMatrixRow::state).containsExactly(
                Tuple.tuple("proget-1", "Has the cluster's key"), Tuple.tuple("proget-2", "Has the cluster's key"),
                Tuple.tuple("proget-3", "Different key"));
        screenshot(robot, "walk-2-encryption-key-found");

        robot.interact(() -> matrix.getSelectionModel().select(0));
        focusAndClick(robot, "#adopt-selected");
        assertPassed(Step.ENCRYPTION_KEY, "key.decision");
        String fingerprint = model.profile().getEncryptionKey().getFingerprint();
        assertThat(label(robot, "#key-fingerprint")).contains(fingerprint).contains("adopted from proget-1");

        focusAndClick(robot, "#apply-key");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> label(robot, "#key-status").startsWith("Applied"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#key-status")).contains("0 failed").contains("All 3 nodes use the key " + fingerprint);
        assertPassed(Step.ENCRYPTION_KEY, "key.consistent");
        Path oddConfig = labFolder().resolve("nodes/" + Lab.ODD_KEY_NODE + "/SharedConfig");
        try (Stream<Path> files = Files.list(oddConfig)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("a backup beside the rewritten config")
                    .anyMatch(name -> name.startsWith("ProGet.config.") && name.endsWith(".bak"));
        }
        screenshot(robot, "walk-2-encryption-key-applied");
        return fingerprint;
    }

    /** Step 3: the lab's storage folder is written, read back and measured; ProGet's setting is set and read back. */
    private void storage(FxRobot robot) throws Exception {
        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.STORAGE);
        runChecks(robot, Step.STORAGE);
        assertPassed(Step.STORAGE, "storage.write");
        // the wizard judges speed by the default thresholds, which depend on this machine; the figures must clear
        // the relaxed limits the storage probe tests use, and the defaults may only warn
        RelaxedLimits.assertMeasured(model.results(Step.STORAGE));
        assertThat(label(robot, "#storage-figures")).contains("MiB/s").contains("free");

        focusAndClick(robot, "#apply-storage");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !label(robot, "#storage-status")
                .startsWith("Setting"));
        WaitForAsyncUtils.waitForFxEvents();
        assertPassed(Step.STORAGE, "storage.apply");
        assertThat(label(robot, "#storage-status")).contains(model.profile().getStorage().getPath());
        screenshot(robot, "walk-3-storage");
    }

    /** Step 4: HA ticked by hand, then the restart plan run by the wizard, each lab node restarted and healthy. */
    private void highAvailability(FxRobot robot) throws Exception {
        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.HIGH_AVAILABILITY);
        assertThat(label(robot, "#restarted-by")).startsWith("The demo lab restarts its nodes itself");
        // the lab's nodes run on this machine: their lines are the lab's restart command, not Windows remoting
        assertThat(robot.lookup("#restart-plan").queryAs(TextArea.class).getText())
                .contains("clusterwright lab restart proget-1 --folder " + labFolder())
                .contains("ok=; end=$(( $(date +%s) + 180 ));").contains("--max-time 10 http://")
                .doesNotContain("Invoke-Command").doesNotContain("Restart-Service");
        for (Node item : robot.lookup(".ha-item").queryAll()) {
            CheckBox box = (CheckBox) item;
            if (box.getText().contains("Web.BaseUrl")) {
                // done by hand, as an administrator does it in Advanced Settings, before the box is ticked
                setProGetSetting("Web.BaseUrl", model.profile().getLoadBalancer().getUrl());
            }
            if (!box.getText().contains("Restart")) {
                robot.interact(box::requestFocus);
                robot.clickOn(box);
            }
        }
        focusAndClick(robot, "#run-restart-plan");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !robot.lookup("#run-restart-plan")
                .queryAs(Button.class).isDisabled() && !label(robot, "#restart-status").startsWith("Restarting"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#restart-status")).startsWith("Restarted all 3 nodes");
        assertThat(model.results(Step.HIGH_AVAILABILITY)).filteredOn(r -> r.id().value().equals("ha.restart"))
                .extracting(CheckResult::target, CheckResult::status).containsExactly(
                        Tuple.tuple("proget-1", Status.PASS), Tuple.tuple("proget-2", Status.PASS),
                        Tuple.tuple("proget-3", Status.PASS));
        @SuppressWarnings("unchecked")
        TableView<RestartRunViewModel.Row> progress = robot.lookup("#restart-progress").queryAs(TableView.class);
        assertThat(progress.getItems()).allSatisfy(row -> assertThat(row.state().get()).startsWith("healthy again"));
        assertThat(robot.lookup(".ha-item").queryAll()).allSatisfy(box -> assertThat(((CheckBox) box).isSelected())
                .as(((CheckBox) box).getText()).isTrue());
        screenshot(robot, "walk-4-high-availability-restarted");

        runChecks(robot, Step.HIGH_AVAILABILITY);
        assertPassed(Step.HIGH_AVAILABILITY, "ha.switch");
        screenshot(robot, "walk-4-high-availability-checked");
    }

    /** Sets one of ProGet's settings through its settings API on the lab's first node, with the lab's API key. */
    private void setProGetSetting(String name, String value) throws Exception {
        String apiKey = secrets.get(model.profile().getId(), SecretRef.API_KEY).orElseThrow().reveal();
        URI base = URI.create(model.profile().getNodes().get(0).getBaseUrl());
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/settings/set?name=" + name + "&value="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8))).header("X-ApiKey", apiKey)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** Step 5: every node healthy on one version with the one key, and the balancer spreading over all three. */
    private void verify(FxRobot robot, String fingerprint) throws Exception {
        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.VERIFY);
        runChecks(robot, Step.VERIFY);
        for (String check : List.of("verify.version", "verify.key", "verify.balancer")) {
            assertPassed(Step.VERIFY, check);
        }
        assertThat(model.results(Step.VERIFY)).filteredOn(r -> r.id().value().equals("verify.health"))
                .extracting(CheckResult::status).containsExactly(Status.PASS, Status.PASS, Status.PASS);
        @SuppressWarnings("unchecked")
        TableView<NodeRow> grid = robot.lookup("#verify-nodes").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(3).allSatisfy(row -> {
            assertThat(row.health()).isEqualTo(NodeRow.Health.HEALTHY);
            assertThat(row.keyFingerprint()).isEqualTo(fingerprint);
        });
        assertThat(label(robot, "#balancer-figures")).contains("proget-1").contains("proget-2").contains("proget-3");
        screenshot(robot, "walk-5-verify");
    }

    /** The report: nothing left open but what a lab cannot prove, exported without a single secret in it. */
    private Path report(FxRobot robot, List<String> secretTexts) throws Exception {
        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.REPORT);
        @SuppressWarnings("unchecked")
        ListView<String> open = robot.lookup("#open-items").queryAs(ListView.class);
        assertThat(open.getItems()).noneMatch(item -> item.contains("Enable High-Availability"));
        for (String format : List.of("md", "html", "json", "pdf")) {
            focusAndClick(robot, "#export-" + format);
            WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> label(robot, "#export-result")
                    .startsWith("Exported") && label(robot, "#export-result").contains("." + format));
            WaitForAsyncUtils.waitForFxEvents();
            // what a person reads in each export, where they chose to put it: the PDF's text, the others as they are
            String text = ReadableText.of(choices.folder().resolve("lab-profile-report." + format));
            assertThat(text).as(format).contains("verify.balancer").contains("ha.restart").contains("key.apply")
                    .contains("storage.apply");
            SecretScan.assertNoSecret("the " + format + " export", text, secretTexts);
            SecretScan.assertNoSecret("the export's status line", label(robot, "#export-result"), secretTexts);
        }
        // the chooser opened in the documents folder, never in the lab's temporary folder
        assertThat(choices.asked()).filteredOn(q -> q.title().startsWith("Export")).hasSize(4)
                .allSatisfy(q -> assertThat(q.startedIn()).isNotEqualTo(labFolder()));
        Path markdown = choices.folder().resolve("lab-profile-report.md");
        // the report's restart plan is the one the wizard ran: the lab's own lines
        assertThat(Files.readString(markdown, StandardCharsets.UTF_8)).contains("clusterwright lab restart proget-1");
        screenshot(robot, "walk-6-report");
        return markdown;
    }

    private void runChecks(FxRobot robot, Step step) throws Exception {
        focusAndClick(robot, "#run-checks");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !model.runningProperty(step).get()
                && !model.results(step).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asserts the check passed, naming what it said otherwise. */
    private void assertPassed(Step step, String id) {
        CheckResult result = results(step, id).findFirst().orElseThrow(() -> new AssertionError(
                "no " + id + " among " + model.results(step).stream().map(r -> r.id().value()).toList()));
        assertThat(result.status()).as(id + ": " + result.summary() + " / " + result.remedy()).isEqualTo(Status.PASS);
    }

    private Stream<CheckResult> results(Step step, String id) {
        return new ArrayList<>(model.results(step)).stream().filter(r -> r.id().value().equals(id));
    }

    /**
     * The lab's database password and API key, and the cluster's key as the nodes' configs hold it, in every form it
     * could leak in (either case, a GUID, base64).
     */
    private List<String> labSecrets() throws Exception {
        List<String> texts = new ArrayList<>();
        for (SecretRef ref : Lab.SECRETS) {
            secrets.get(model.profile().getId(), ref).map(Secret::reveal).ifPresent(texts::add);
        }
        assertThat(texts).hasSize(Lab.SECRETS.size()).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(8));
        String config = Files.readString(labFolder().resolve("nodes/proget-1/SharedConfig/ProGet.config"));
        String key = config.replaceAll("(?s).*<EncryptionKey>([^<]+)</EncryptionKey>.*", "$1");
        assertThat(key).matches("[0-9A-Fa-f]{32}");
        texts.addAll(SecretScan.keyForms(key));
        return texts;
    }

    private Path labFolder() {
        return model.fileProperty().get().getParent();
    }

    private void screenshot(FxRobot robot, String name) {
        robot.interact(() -> Screenshots.save(scene, name));
    }
}
