package org.clusterwright.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The few dialogs the wizard shows, in one place so they look and behave alike. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    /**
     * An error nobody expected. Not modal-and-waiting: it may come from a layout pass, where JavaFX forbids
     * {@code showAndWait}. {@code closed} runs when it is dismissed.
     */
    public static void unexpected(Window owner, String header, String message, Runnable closed) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.getDialogPane().setId("unexpected-error");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Clusterwright");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(560);
        alert.setOnHidden(event -> closed.run());
        alert.show();
    }

    static Optional<ButtonType> confirmDiscard(Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The profile has unsaved changes. Save them first?", ButtonType.YES, ButtonType.NO, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright");
        alert.setHeaderText("Unsaved changes");
        return alert.showAndWait();
    }
}
