package org.clusterwright.ui.pages;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clusterwright.cluster.restart.RestartStep;

/**
 * Hands one node's restart to the person: its command lines, ready to copy, and two answers. Clusterwright then
 * waits for the node's health itself, so "Restarted" is all the person has to say.
 */
final class RestartQuestionDialog {
    static final ButtonType RESTARTED = new ButtonType("Restarted, wait for its health", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STOP = new ButtonType("Stop the plan here", ButtonBar.ButtonData.CANCEL_CLOSE);

    private RestartQuestionDialog() {
    }

    /** True once the person says the node was restarted; false when they stop the plan. */
    static boolean ask(Window owner, RestartStep step) {
        Label what = new Label("Restart " + step.target() + (step.inCluster() ? "" : " (drained)") + " now, with "
                + step.how() + ". The other servers keep serving meanwhile.");
        what.setWrapText(true);
        TextArea lines = new TextArea(String.join(System.lineSeparator(), step.commands()));
        lines.setId("restart-question-lines");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(5);
        lines.getStyleClass().add("monospace");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", RESTARTED, STOP);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright");
        alert.setHeaderText("Restart " + step.target());
        alert.getDialogPane().setContent(new VBox(10, what, lines));
        alert.getDialogPane().setPrefWidth(640);
        // Enter alone must not claim a restart that did not happen
        ((Button) alert.getDialogPane().lookupButton(RESTARTED)).setDefaultButton(false);
        return alert.showAndWait().filter(RESTARTED::equals).isPresent();
    }
}
