package org.clusterwright.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows where a file or page is when the desktop could not open it: the path or address in a field to select, and
 * a Copy button, so the person can open it their own way.
 */
public final class PathDialog {
    private PathDialog() {
    }

    /** {@code why}: what went wrong, in words; {@code where}: the path or address to show. */
    public static void show(Window owner, String header, String why, String where) {
        Label text = new Label(why);
        text.setWrapText(true);
        TextField path = new TextField(where);
        path.setId("shown-path");
        path.setEditable(false);
        Button copy = new Button("_Copy");
        copy.setId("copy-path");
        Label copied = new Label();
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(where);
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText("Copied.");
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright");
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(new VBox(10, text, new HBox(8, path, copy), copied));
        alert.getDialogPane().setPrefWidth(620);
        alert.showAndWait();
    }
}
