package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clusterwright.engine.Step;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterwright.ui.UiActions.cancelAtSummary;
import static org.clusterwright.ui.UiActions.focusAndClick;
import static org.clusterwright.ui.UiActions.startTheDemoLab;

/**
 * Every page of the wizard on the demo lab, its checks run, at the two window sizes people use most (1366x850, a
 * laptop) and the smallest it is laid out for (1024x700), saved under target/screenshots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PageScreenshotsTest {
    private static final List<double[]> SIZES = List.of(new double[] {1366, 850}, new double[] {1024, 700});

    private Stage stage;
    private WizardModel model;
    private WizardWindow window;
    private Scene scene;

    @Start
    void start(Stage primary) throws Exception {
        // a stage of its own: one resized by hand keeps its size for every later test's scene
        stage = new Stage();
        model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        OpenWizard wizard = OpenWizard.on(stage, model, Duration.ofSeconds(10));
        window = wizard.window();
        scene = wizard.scene();
    }

    @AfterEach
    void stopTheLab(FxRobot robot) {
        window.closed();
        robot.interact(stage::close);
    }

    @Test
    void everyPageAtTwoSizes(FxRobot robot) throws Exception {
        startTheDemoLab(robot, model);
        for (Step step : Step.values()) {
            robot.interact(() -> window.show(PageId.of(step)));
            focusAndClick(robot, "#run-checks");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty(step).get()
                    && !model.results(step).isEmpty());
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (double[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            String prefix = "page-" + (int) size[0] + "x" + (int) size[1] + "-";
            for (PageId page : PageId.values()) {
                robot.interact(() -> window.show(page));
                WaitForAsyncUtils.waitForFxEvents();
                Path shot = shoot(robot, prefix + page.ordinal() + "-" + page.name().toLowerCase(Locale.ROOT));
                assertThat(shot).isNotEmptyFile();
            }
            robot.interact(() -> window.show(PageId.STORAGE));
            focusAndClick(robot, "#apply-storage");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#summary").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            Window summary = robot.lookup("#summary").query().getScene().getWindow();
            robot.interact(() -> Screenshots.save(summary.getScene(), prefix + "summary-storage"));
            cancelAtSummary(robot);
        }
    }

    private Path shoot(FxRobot robot, String name) {
        Path[] file = new Path[1];
        robot.interact(() -> file[0] = Screenshots.save(scene, name));
        return file[0];
    }
}
