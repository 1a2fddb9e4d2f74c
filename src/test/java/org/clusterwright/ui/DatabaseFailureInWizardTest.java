package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;
import org.clusterwright.database.EmbeddedPostgresServer;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.StepState;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong database password, typed into step 1, shows as db.login FAIL with its remedy in the results grid. */
@ExtendWith(ApplicationExtension.class)
class DatabaseFailureInWizardTest {
    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(5));
        window = wizard.window();
        scene = wizard.scene();
    }

    @Test
    void aWrongPasswordIsShownAsLoginFailureWithARemedy(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(PageId.DATABASE));
        String connectionString = "Server=localhost;Port=" + EmbeddedPostgresServer.port() + ";Database=proget;User Id="
                + EmbeddedPostgresServer.OWNER + ";Password=definitely-wrong";
        robot.interact(() -> robot.lookup("#connection-string").queryTextInputControl().requestFocus());
        robot.clickOn("#connection-string").write(connectionString);
        robot.clickOn("#run-checks");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !model.runningProperty(Step.DATABASE).get() && !model.results(Step.DATABASE).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        CheckResult login = model.results(Step.DATABASE).stream()
                .filter(r -> r.id().value().equals("db.login")).findFirst().orElseThrow();
        assertThat(login.status()).isEqualTo(Status.FAIL);
        assertThat(login.summary()).containsIgnoringCase("password");
        assertThat(login.remedy()).isNotBlank();
        assertThat(login.summary() + login.detail() + login.remedy() + login.evidence()).doesNotContain("definitely-wrong");
        assertThat(model.results(Step.DATABASE)).filteredOn(r -> r.id().value().equals("db.database"))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(Status.SKIP));

        @SuppressWarnings("unchecked")
        TableView<CheckResult> grid = robot.lookup("#results").queryAs(TableView.class);
        assertThat(grid.getItems()).contains(login);
        // failures come first, and the first one is selected with its detail in view, without a click
        assertThat(grid.getItems().get(0).status()).isIn(Status.FAIL, Status.ERROR);
        assertThat(grid.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#result-detail").queryTextInputControl().getText())
                .startsWith(grid.getItems().get(0).id() + " on ");
        robot.interact(() -> grid.getSelectionModel().select(login));
        assertThat(robot.lookup("#result-detail").queryTextInputControl().getText())
                .contains("db.login").contains("What to do:");
        assertThat(model.stateProperty(Step.DATABASE).get()).isEqualTo(StepState.FAILED);
        robot.interact(() -> Screenshots.save(scene, "1-database-wrong-password"));
    }
}
