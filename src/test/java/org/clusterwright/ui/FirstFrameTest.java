package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work put off until the first frame runs once the window shows, once only, in the order it was given, and the icons
 * reach the window.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private final List<Boolean> showingWhenRun = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("first frame"), 320, 200));
        FirstFrame.whenDrawn(stage, () -> {
            order.add("first");
            showingWhenRun.add(stage.isShowing());
        });
        FirstFrame.whenDrawn(stage, () -> {
            order.add("second");
            WindowIcons.applyInBackground(stage);
        });
        assertThat(showingWhenRun).isEmpty();
        stage.show();
    }

    @Test
    void runsOnceInOrderAfterTheWindowIsShownAndTheIconsArrive(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !showingWhenRun.isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == WindowIcons.SIZES.size());
        // a later frame does not run it again
        robot.interact(() -> ((Label) stage.getScene().getRoot()).setText("second frame"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showingWhenRun).containsExactly(true);
        assertThat(order).containsExactly("first", "second");
        assertThat(stage.getIcons()).extracting(icon -> (int) icon.getWidth())
                .containsExactlyElementsOf(WindowIcons.SIZES);
    }
}
