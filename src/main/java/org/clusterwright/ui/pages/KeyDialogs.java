package org.clusterwright.ui.pages;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clusterwright.keys.KeyPlan;

import java.util.Optional;

/** The question the key step asks before a new key replaces one that nodes or the database depend on. */
final class KeyDialogs {
    static final ButtonType GENERATE = new ButtonType("Generate", ButtonBar.ButtonData.OK_DONE);

    private KeyDialogs() {
    }

    /**
     * Asks for the exact confirmation text before a new key replaces one that nodes or the database depend on.
     * Returns what was typed (the plan judges it), or empty when the user cancelled.
     */
    static Optional<String> confirmReplacingKey(Window owner) {
        TextField typed = new TextField();
        typed.setId("generate-confirmation");
        typed.setPromptText(KeyPlan.GENERATE_CONFIRMATION);
        Label why = new Label("A server or the database already depends on a key. Secrets stored with it (feed "
                + "credentials, API keys, connector passwords) become unreadable under a new key, and there is no "
                + "way back without the old key. To go ahead anyway, type: " + KeyPlan.GENERATE_CONFIRMATION);
        why.setWrapText(true);
        Alert alert = alert(owner, Alert.AlertType.WARNING, "Replace the encryption key?", new VBox(10, why, typed),
                GENERATE);
        alert.getDialogPane().lookupButton(GENERATE).disableProperty().bind(typed.textProperty().isEmpty());
        typed.requestFocus();
        return alert.showAndWait().filter(GENERATE::equals).map(b -> typed.getText());
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, javafx.scene.Node content,
                               ButtonType confirm) {
        Alert alert = new Alert(type, "", confirm, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright");
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(560);
        // without a preferred width the wrapped explanation is laid out on one line as wide as the screen
        alert.getDialogPane().setPrefWidth(600);
        // Cancel is the default: Enter alone must never replace a key or write to servers
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert;
    }
}
