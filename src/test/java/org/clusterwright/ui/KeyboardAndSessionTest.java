package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.testing.BlackHole;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.StepState;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.viewmodel.WizardSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.label;

/** Habits a person brings to the wizard: Tab leaves a text area, Esc stops a check, and a new session goes on. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndSessionTest {
    @TempDir
    static Path dir;

    private WizardModel model;
    private WizardWindow window;
    private BlackHole blackHole;

    @Start
    void start(Stage stage) {
        model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        window = OpenWizard.on(stage, model, Duration.ofSeconds(30), new AnsweringChoices(dir),
                WizardSettings.at(dir.resolve("wizard.properties"))).window();
    }

    @AfterEach
    void close() throws Exception {
        window.closed();
        if (blackHole != null) {
            blackHole.close();
        }
    }

    @Test
    void tabLeavesTheConnectionStringForTheNextField(FxRobot robot) {
        robot.interact(() -> window.show(PageId.DATABASE));
        focusAndClick(robot, "#connection-string").write("Server=sql1;Database=ProGet;User ID=proget");
        robot.type(KeyCode.TAB);

        Node focused = robot.lookup("#connection-string").query().getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("database-password");
        assertThat(robot.lookup("#connection-string").queryAs(TextArea.class).getText())
                .isEqualTo("Server=sql1;Database=ProGet;User ID=proget");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focused.getScene().getFocusOwner().getId()).isEqualTo("connection-string");
    }

    @Test
    void escCancelsARunningCheckAndTheStepSaysCancelled(FxRobot robot) throws Exception {
        blackHole = new BlackHole();
        robot.interact(() -> window.show(PageId.DATABASE));
        // a server that never answers: the connection test would wait for its full deadline
        focusAndClick(robot, "#connection-string").write("Host=127.0.0.1;Port=" + blackHole.port()
                + ";Database=proget;Username=proget");
        focusAndClick(robot, "#run-checks");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.runningProperty(Step.DATABASE).get());
        assertThat(model.stateProperty(Step.DATABASE).get()).isEqualTo(StepState.RUNNING);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.runningProperty(Step.DATABASE).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.stateProperty(Step.DATABASE).get()).isEqualTo(StepState.CANCELLED);
        assertThat(label(robot, "#check-status")).startsWith("Cancelled");
        assertThat(robot.lookup("#step-database").lookup(".step-state").queryText().getText()).isEqualTo("Cancelled");

        // an edit makes the step "not checked" again, and says why
        focusAndClick(robot, "#profile-name").write(" edited");
        assertThat(model.profile().getName()).endsWith(" edited");
        assertThat(model.stateProperty(Step.DATABASE).get()).isEqualTo(StepState.NOT_CHECKED);
        assertThat(robot.lookup("#step-database").lookup(".step-state").queryText().getText())
                .isEqualTo("Not checked since your edit");
        assertThat(label(robot, "#check-status")).startsWith("Not checked since your edit");
    }

    @Test
    void aNewSessionReopensTheLastProfileAndPage(FxRobot robot) throws Exception {
        Path profile = dir.resolve("remembered.json");
        new ProfileStore().save(StarterProfiles.create(Product.PROGET, "Remembered cluster"), profile);
        robot.interact(() -> {
            window.files().open(profile);
            window.show(PageId.STORAGE);
            window.settings().dividerProperty().set(0.4);
            window.rememberSession();
        });

        WizardModel next = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        robot.interact(() -> {
            WizardWindow again = new WizardWindow(next, javafx.application.Platform::runLater, Duration.ofSeconds(5),
                    WizardSettings.at(dir.resolve("wizard.properties")), new AnsweringChoices(dir));
            again.restoreLastSession();
            assertThat(next.fileProperty().get()).isEqualTo(profile);
            assertThat(next.profile().getName()).isEqualTo("Remembered cluster");
            assertThat(again.currentPage()).isEqualTo(PageId.STORAGE);
            assertThat(again.settings().dividerProperty().get()).isEqualTo(0.4);
        });
    }

    @Test
    void theFocusIsSeenOnTheChoicesOfProductAndVersionLine(FxRobot robot) {
        robot.interact(() -> window.show(PageId.DATABASE));
        robot.clickOn("#profile-name");
        robot.type(KeyCode.TAB);
        Node product = robot.lookup("#product-proget").query();
        assertThat(product.isFocused()).isTrue();
        // a ring of its own colour, which Modena's faint one on the accent-filled button was not
        assertThat(((javafx.scene.layout.Region) product).getBorder()).isNotNull();
        robot.interact(() -> Screenshots.save(product.getScene(), "focus-product-choice"));
    }

    @Test
    void theLastPagesNextIsFinish(FxRobot robot) {
        robot.interact(() -> window.show(PageId.REPORT));
        assertThat(robot.lookup("#next").queryAs(Button.class).getText()).isEqualTo("Finish");
        robot.interact(() -> window.show(PageId.VERIFY));
        assertThat(robot.lookup("#next").queryAs(Button.class).getText()).isEqualTo("Next");
    }
}
