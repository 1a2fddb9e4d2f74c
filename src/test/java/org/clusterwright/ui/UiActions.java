package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.clusterwright.ui.widgets.WrappedText;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

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

    /** The words shown by the label or wrapped text {@code query} finds. */
    static String label(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof WrappedText text ? text.getText() : ((Labeled) node).getText();
    }
}
