package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import org.clusterwright.ui.dialogs.SummaryDialog;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.widgets.WrappedText;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the wizard tests do to the window as a person would, in one place. */
final class UiActions {
    private UiActions() {
    }

    /** Focuses a control first, which scrolls it into view as a keyboard user would see it, then clicks it. */
    static FxRobotInterface focusAndClick(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(node);
    }

    /** Starts the demo lab from the Welcome page, as a newcomer would, and waits until its profile is open. */
    static void startTheDemoLab(FxRobot robot, WizardModel model) throws TimeoutException {
        focusAndClick(robot, "#try-demo-lab");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.fileProperty().get() != null
                && model.fileProperty().get().endsWith("lab-profile.json"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the Summary shown before a write or restart, and presses its Apply. */
    static void applyAtSummary(FxRobot robot) throws TimeoutException {
        robot.clickOn(summaryButton(robot, SummaryDialog.APPLY));
    }

    /** Waits for the Summary shown before a write or restart, and cancels it. */
    static void cancelAtSummary(FxRobot robot) throws TimeoutException {
        robot.clickOn(summaryButton(robot, ButtonType.CANCEL));
    }

    private static Node summaryButton(FxRobot robot, ButtonType which) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#summary").queryAs(DialogPane.class).lookupButton(which);
    }

    /** The words shown by the label or wrapped text {@code query} finds. */
    static String label(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof WrappedText text ? text.getText() : ((Labeled) node).getText();
    }
}
