package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.assertj.core.groups.Tuple;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.verify.NodeRow;
import org.clusterwright.database.EmulatedSqlServer;
import org.clusterwright.engine.Step;
import org.clusterwright.lab.Lab;
import org.clusterwright.lab.LabNode;
import org.clusterwright.lab.LabOptions;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.ui.viewmodel.KeyMatrixRow;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.applyAtSummary;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/**
 * The wizard walked for BuildMaster on Docker-style nodes, against a lab of that kind (its SQL Server the protocol-level
 * emulation): step 1 names what the nodes run, step 2 exports the cluster's key for the containers (deployed by the
 * test as an administrator would), step 3 proves each host maps the share to BuildMaster's artifacts path and offers
 * nothing for Windows, step 4 has no Windows items and restarts the containers, step 5 finds every node healthy with
 * one key. Each page is saved as a screenshot.
 */
@ExtendWith(ApplicationExtension.class)
class BuildMasterDockerWalkTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private WizardModel model;
    private WizardWindow window;
    private Scene scene;
    private EmulatedSqlServer sql;
    private Lab lab;

    @Start
    void start(Stage stage) {
        model = new WizardModel(new ProfileStore(), secrets);
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(10));
        window = wizard.window();
        scene = wizard.scene();
    }

    @AfterEach
    void stop() throws Exception {
        window.closed();
        if (lab != null) {
            lab.stop();
            lab.folder().delete();
        }
        if (sql != null) {
            sql.close();
        }
    }

    @Test
    void everyStepFitsBuildMasterOnDockerNodes(FxRobot robot) throws Exception {
        sql = EmulatedSqlServer.start(Product.BUILDMASTER);
        lab = Lab.start(Files.createTempDirectory("clusterwright-bm-lab"), secrets, new LabOptions(Product.BUILDMASTER,
                VersionLine.V2025_AND_NEWER, LabOptions.NodeKind.DOCKER, LabOptions.OtterHealth.NOT_FOUND,
                Optional.empty()).withSqlServer(sql));
        robot.interact(() -> {
            try {
                model.open(lab.profileFile());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.DATABASE);
        runChecks(robot, Step.DATABASE);
        assertThat(model.results(Step.DATABASE)).filteredOn(r -> r.id().value().equals("node.product"))
                .extracting(CheckResult::status).containsExactly(Status.PASS, Status.PASS, Status.PASS);
        assertThat(model.results(Step.DATABASE)).extracting(CheckResult::status).doesNotContain(Status.FAIL, Status.ERROR);
        assertThat(label(robot, "#detected-line")).isEqualTo("The nodes run BuildMaster 25.0.5: BuildMaster, release"
                + " line 2025 and newer, as the profile says.");
        assertThat(robot.lookup("#use-detected-line").queryAs(Button.class).isVisible()).isFalse();
        screenshot(robot, "bm-docker-1-database");

        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.ENCRYPTION_KEY);
        runChecks(robot, Step.ENCRYPTION_KEY);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> results(Step.ENCRYPTION_KEY, "key.decision")
                .findAny().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<KeyMatrixRow> matrix = robot.lookup("#key-matrix").queryAs(TableView.class);
        assertThat(matrix.getItems()).extracting(KeyMatrixRow::node, KeyMatrixRow::state).containsExactly(
                Tuple.tuple("buildmaster-1", "Has the cluster's key"), Tuple.tuple("buildmaster-2", "Has the cluster's key"),
                Tuple.tuple("buildmaster-3", "Different key"));
        robot.interact(() -> matrix.getSelectionModel().select(0));
        focusAndClick(robot, "#adopt-selected");
        Path export = lab.folder().root().resolve("export");
        robot.interact(() -> robot.lookup("#export-folder").queryAs(javafx.scene.control.TextField.class)
                .setText(export.toString()));
        focusAndClick(robot, "#apply-key");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> label(robot, "#key-status").startsWith("Applied"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#key-status")).contains("0 failed");
        try (Stream<Path> files = Files.list(export)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("buildmaster.env",
                    "buildmaster-compose-snippet.yml", "buildmaster-secret.yaml");
        }
        screenshot(robot, "bm-docker-2-key-exported");
        // what an administrator does with the export: the env file beside each compose file, then a restart
        for (LabNode node : lab.nodes()) {
            Files.copy(export.resolve("buildmaster.env"), node.configFile().resolveSibling("buildmaster.env"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.STORAGE);
        runChecks(robot, Step.STORAGE);
        assertThat(model.results(Step.STORAGE)).filteredOn(r -> r.id().value().equals("storage.mount"))
                .extracting(CheckResult::status).containsExactly(Status.PASS, Status.PASS, Status.PASS);
        String checklist = String.join("\n", robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList());
        assertThat(checklist).contains("Artifacts.BasePath to /var/buildmaster/artifacts");
        assertThat(checklist).as("no Windows items for Linux nodes").doesNotContain("robocopy", "NTFS");
        screenshot(robot, "bm-docker-3-storage");

        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.HIGH_AVAILABILITY);
        assertThat(shown(robot.lookup("#web-hosting").query())).as("containers are not asked how IIS hosts them")
                .isFalse();
        assertThat(robot.lookup("#restart-plan").queryAs(TextArea.class).getText())
                .contains("clusterwright lab restart buildmaster-1").doesNotContain("Restart-Service");
        focusAndClick(robot, "#run-restart-plan");
        applyAtSummary(robot);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !robot.lookup("#run-restart-plan")
                .queryAs(Button.class).isDisabled() && !label(robot, "#restart-status").startsWith("Restarting"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#restart-status")).startsWith("Restarted all 3 nodes");
        screenshot(robot, "bm-docker-4-high-availability");

        robot.clickOn("#next");
        assertThat(window.currentPage()).isEqualTo(PageId.VERIFY);
        runChecks(robot, Step.VERIFY);
        String fingerprint = model.profile().getEncryptionKey().getFingerprint();
        @SuppressWarnings("unchecked")
        TableView<NodeRow> grid = robot.lookup("#verify-nodes").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(3).allSatisfy(row -> {
            assertThat(row.health()).isEqualTo(NodeRow.Health.HEALTHY);
            assertThat(row.keyFingerprint()).isEqualTo(fingerprint);
        });
        assertThat(model.results(Step.VERIFY)).filteredOn(r -> r.id().value().equals("verify.key"))
                .extracting(CheckResult::status).containsExactly(Status.PASS);
        screenshot(robot, "bm-docker-5-verify");
    }

    /** Whether a person sees {@code node}: it and every parent are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void runChecks(FxRobot robot, Step step) throws Exception {
        focusAndClick(robot, "#run-checks");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !model.runningProperty(step).get()
                && !model.results(step).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stream<CheckResult> results(Step step, String id) {
        return new ArrayList<>(model.results(step)).stream().filter(r -> r.id().value().equals(id));
    }

    private void screenshot(FxRobot robot, String name) {
        robot.interact(() -> Screenshots.save(scene, name));
    }
}
