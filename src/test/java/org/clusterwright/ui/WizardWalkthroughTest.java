package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/** Walks every page of the wizard as a person would, with the keyboard and the mouse, headless. */
@ExtendWith(ApplicationExtension.class)
class WizardWalkthroughTest {
    private static final String KEY = "1fa97faa42744155a879c056a70c11a7";
    private static final String STORAGE_PASSWORD = "St0rage-Secret-5531";
    /** The step-1 checks probe a real database: the embedded PostgreSQL's owner, by password. */
    private static final String DB_PASSWORD = EmbeddedPostgresServer.OWNER_PASSWORD;

    private WizardModel model;
    private WizardWindow window;
    private Scene scene;
    private final List<ServerSocket> nodes = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        deleteSavedProfiles();
        model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(5));
        window = wizard.window();
        scene = wizard.scene();
    }

    /** Three "servers" on three loopback addresses, so the profile has three distinct hosts. */
    @BeforeEach
    void listen() throws IOException {
        for (int i = 1; i <= 3; i++) {
            nodes.add(new ServerSocket(0, 50, InetAddress.getByName("127.0.0." + i)));
        }
    }

    @AfterEach
    void close() throws IOException {
        for (ServerSocket socket : nodes) {
            socket.close();
        }
    }

    @Test
    void walkEveryPageSaveAndReopen(FxRobot robot) throws Exception {
        assertThat(pageTitle(robot)).isEqualTo("Welcome to Clusterwright");
        assertThat(label(robot, "#profile-file")).startsWith("Not saved yet.");
        shoot(robot, "0-welcome");

        // keyboard: Ctrl+PgDn moves to step 1 (Alt+N does too, but the headless robot cannot send Alt chords)
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        assertThat(window.currentPage()).isEqualTo(PageId.DATABASE);
        assertThat(pageTitle(robot)).isEqualTo("Step 1: Database and servers");
        focusAndClick(robot, "#profile-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Walkthrough cluster");
        assertThat(model.profile().getName()).isEqualTo("Walkthrough cluster");
        assertThat(label(robot, "#sidebar-profile")).startsWith("Walkthrough cluster");
        fillNodesOnLoopback(robot);
        String server = "Server=localhost;Port=" + EmbeddedPostgresServer.port() + ";Database=proget;User Id="
                + EmbeddedPostgresServer.OWNER;
        focusAndClick(robot, "#connection-string").write(server + ";Password=" + DB_PASSWORD);
        assertThat(robot.lookup("#jdbc-preview").queryAs(Label.class).getText())
                .contains("jdbc:postgresql://localhost:" + EmbeddedPostgresServer.port() + "/proget")
                .doesNotContain(DB_PASSWORD);
        robot.clickOn("#run-checks");
        // leaving the field moved the password into the secret store
        assertThat(robot.lookup("#connection-string").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo(server);
        assertThat(model.secrets().get(model.profile().getId(), org.clusterwright.profile.SecretRef.DATABASE_PASSWORD))
                .hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo(DB_PASSWORD));
        waitForChecks(Step.DATABASE);
        // a database on loopback (db.parse) without a replica (db.availability) warns; the nodes are bare listeners
        // that answer no HTTP, so what they run cannot be told (node.product, cluster.line); everything else passes
        assertThat(model.results(Step.DATABASE)).filteredOn(r -> r.status() != Status.PASS)
                .extracting(r -> r.status() + " " + r.id().value())
                .containsExactlyInAnyOrder("WARN db.parse", "WARN db.availability", "SKIP node.product",
                        "SKIP node.product", "SKIP node.product", "SKIP cluster.line");
        assertThat(model.results(Step.DATABASE)).extracting(r -> r.id().value())
                .contains("db.parse", "db.login", "db.installation", "node.tcp");
        assertThat(stepState(robot, 1)).isEqualTo("Warnings");
        shoot(robot, "1-database");

        // mouse: Next moves to step 2
        robot.clickOn("#next");
        assertThat(pageTitle(robot)).isEqualTo("Step 2: Encryption key");
        focusAndClick(robot, "#encryption-key").write("not-a-key");
        assertThat(robot.lookup("#encryption-key-feedback").queryAs(Label.class).getText()).contains("only hex");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(KEY);
        focusAndClick(robot, "#use-key");
        String fingerprint = model.profile().getEncryptionKey().getFingerprint();
        assertThat(fingerprint).matches("[0-9a-f]{16}");
        assertThat(robot.lookup("#key-fingerprint").queryAs(Label.class).getText()).contains(fingerprint);
        shoot(robot, "2-encryption-key");

        robot.clickOn("#next");
        assertThat(pageTitle(robot)).isEqualTo("Step 3: Shared storage");
        focusAndClick(robot, "#storage-path").write("P:\\packages");
        assertThat(visibleFeedback(robot)).anyMatch(text -> text.contains("mapped drive"));
        assertThat(stepState(robot, 3)).isEqualTo("Input needed");
        // .invalid never resolves (RFC 6761), so the probe's first step fails the same way on every machine
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("\\\\files.invalid\\packages");
        focusAndClick(robot, "#storage-account").write("CORP\\svc-proget");
        focusAndClick(robot, "#storage-password").write(STORAGE_PASSWORD);
        robot.clickOn("#run-checks");
        waitForChecks(Step.STORAGE);
        assertThat(model.results(Step.STORAGE)).extracting(r -> r.id().value(), CheckResult::status).startsWith(
                org.assertj.core.groups.Tuple.tuple("input.storage", Status.PASS),
                org.assertj.core.groups.Tuple.tuple("storage.resolve", Status.FAIL),
                org.assertj.core.groups.Tuple.tuple("storage.tcp", Status.SKIP));
        shoot(robot, "3-shared-storage");

        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        assertThat(pageTitle(robot)).isEqualTo("Step 4: High availability");
        ToggleSwitch second = robot.lookup(".toggle-switch").queryAllAs(ToggleSwitch.class).stream()
                .skip(1).findFirst().orElseThrow();
        robot.clickOn(second);
        assertThat(model.profile().getNodes().get(1).isHaEnabled()).isFalse();
        // the restart plan names the service to restart, one server at a time; a manual item is ticked and recorded
        assertThat(robot.lookup("#restart-plan").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("Invoke-Command").contains("Restart-Service -Name 'INEDOPROGETSVC'");
        javafx.scene.control.CheckBox firstItem = robot.lookup(".ha-item").queryAllAs(javafx.scene.control.CheckBox.class)
                .stream().findFirst().orElseThrow();
        robot.interact(firstItem::requestFocus);
        robot.clickOn(firstItem);
        assertThat(new org.clusterwright.cluster.HaChecklist(model.profile()).items().get(0).confirmed()).isTrue();
        // step 4 has checks of its own now: the ticked manual items (ha.switch)
        assertThat(robot.lookup("#run-checks").queryAllAs(javafx.scene.control.Button.class))
                .filteredOn(WizardWalkthroughTest::isShowing).singleElement()
                .satisfies(button -> assertThat(button.isDisabled()).isFalse());
        shoot(robot, "4-high-availability");

        robot.clickOn("#next");
        assertThat(pageTitle(robot)).isEqualTo("Step 5: Verify");
        focusAndClick(robot, "#lb-url").write("http://127.0.0.1:" + nodes.get(0).getLocalPort() + "/");
        robot.clickOn("#run-checks");
        waitForChecks(Step.VERIFY);
        // the test's nodes accept connections but never answer HTTP: the verify checks run and say so; the second
        // node was drained on the previous page, so its silence only warns
        assertThat(model.results(Step.VERIFY)).extracting(r -> r.id().value()).contains("input.load-balancer",
                "verify.health", "verify.version", "verify.key", "verify.balancer");
        assertThat(model.results(Step.VERIFY)).filteredOn(r -> r.id().value().equals("verify.health"))
                .extracting(CheckResult::status).containsExactly(Status.FAIL, Status.WARN, Status.FAIL);
        shoot(robot, "5-verify");

        robot.clickOn("#next");
        assertThat(pageTitle(robot)).isEqualTo("Report");
        @SuppressWarnings("unchecked")
        TableView<Object> summary = robot.lookup("#report-summary").queryAs(TableView.class);
        assertThat(summary.getItems()).hasSize(5);
        shoot(robot, "6-report");

        robot.push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        assertThat(window.currentPage()).isEqualTo(PageId.VERIFY);

        // Ctrl+S saves into the profile folder; the file holds no secret
        robot.push(KeyCode.CONTROL, KeyCode.S);
        Path saved = ProfileLocations.defaultFolder().resolve("walkthrough-cluster.json");
        assertThat(saved).exists();
        assertThat(model.dirtyProperty().get()).isFalse();
        String json = Files.readString(saved);
        assertThat(json).doesNotContain(KEY, STORAGE_PASSWORD, DB_PASSWORD).contains(fingerprint);

        // start afresh, then reopen the saved profile from the Welcome page's list with the keyboard
        robot.clickOn("#step-list");
        robot.type(KeyCode.HOME);
        assertThat(window.currentPage()).isEqualTo(PageId.WELCOME);
        assertThat(label(robot, "#profile-file")).isEqualTo("Saved as " + saved);
        robot.clickOn("#new-profile");
        assertThat(model.profile().getName()).isNotEqualTo("Walkthrough cluster");
        robot.interact(() -> window.show(PageId.DATABASE));
        robot.interact(() -> window.show(PageId.WELCOME));
        Hyperlink savedLink = robot.lookup("#saved-profiles .hyperlink")
                .match((Hyperlink link) -> link.getText().equals(saved.getFileName().toString())).queryAs(Hyperlink.class);
        robot.interact(savedLink::requestFocus);
        shoot(robot, "0-welcome-saved-profiles");
        robot.type(KeyCode.ENTER);

        Profile reopened = model.profile();
        assertThat(reopened.getName()).isEqualTo("Walkthrough cluster");
        assertThat(reopened.getStorage().getPath()).isEqualTo("\\\\files.invalid\\packages");
        assertThat(reopened.getNodes().get(1).isHaEnabled()).isFalse();
        assertThat(reopened.getEncryptionKey().getFingerprint()).isEqualTo(fingerprint);
        assertThat(model.fileProperty().get()).isEqualTo(saved);
    }

    @Test
    void theProductIsPickedFromItsRowAndItsMnemonicFocusesThePickedOne(FxRobot robot) {
        robot.interact(() -> window.show(PageId.DATABASE));
        robot.clickOn("#product-buildmaster");
        assertThat(model.profile().getProduct()).isEqualTo(Product.BUILDMASTER);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(label(robot, "#sidebar-profile")).contains("BuildMaster");
        robot.clickOn("#profile-name");
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        assertThat(robot.lookup("#product-buildmaster").queryAs(ToggleButton.class).isFocused()).isTrue();
        robot.type(KeyCode.LEFT).type(KeyCode.SPACE);
        assertThat(model.profile().getProduct()).isEqualTo(Product.PROGET);
    }

    @Test
    void theStepListIsWalkedWithArrowKeysAndShowsEveryPage(FxRobot robot) {
        robot.clickOn("#step-welcome");
        for (PageId page : PageId.values()) {
            assertThat(window.currentPage()).isEqualTo(page);
            assertThat(pageTitle(robot)).isNotBlank();
            robot.type(KeyCode.DOWN);
        }
        assertThat(window.currentPage()).isEqualTo(PageId.REPORT);
    }

    private void fillNodesOnLoopback(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#nodes").queryAs(TableView.class);
        for (int i = 0; i < 3; i++) {
            int row = i;
            String host = "127.0.0." + (i + 1);
            robot.interact(() -> table.getSelectionModel().select(row));
            focusAndClick(robot, "#node-host").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(host);
            focusAndClick(robot, "#node-base-url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write("http://" + host + ":" + nodes.get(i).getLocalPort() + "/");
        }
        focusAndClick(robot, "#add-node");
        robot.write("extra");
        assertThat(model.profile().getNodes()).hasSize(4);
        focusAndClick(robot, "#remove-node");
        assertThat(model.profile().getNodes()).extracting(n -> n.getBaseUrl()).containsExactly(
                "http://127.0.0.1:" + nodes.get(0).getLocalPort() + "/",
                "http://127.0.0.2:" + nodes.get(1).getLocalPort() + "/",
                "http://127.0.0.3:" + nodes.get(2).getLocalPort() + "/");
    }

    private void waitForChecks(Step step) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !model.runningProperty(step).get() && !model.results(step).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String pageTitle(FxRobot robot) {
        return robot.lookup(".page-title").queryAllAs(Text.class).stream()
                .filter(Node::isVisible).filter(t -> t.getScene() != null && isShowing(t))
                .map(Text::getText).findFirst().orElse("");
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Stream<String> visibleFeedback(FxRobot robot) {
        return robot.lookup(".field-feedback").queryAllAs(Label.class).stream()
                .filter(WizardWalkthroughTest::isShowing).map(Label::getText);
    }

    private String stepState(FxRobot robot, int index) {
        return model.stateProperty(PageId.values()[index].step().orElseThrow()).get().label();
    }

    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, name));
    }

    private static void deleteSavedProfiles() throws IOException {
        Path folder = ProfileLocations.defaultFolder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
