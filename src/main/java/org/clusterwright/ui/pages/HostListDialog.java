package org.clusterwright.ui.pages;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Asks for a list of host names, one per line or separated by commas or spaces, as copied from an inventory. */
final class HostListDialog {
    private HostListDialog() {
    }

    static Optional<List<String>> ask(Window owner) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add servers");
        dialog.setHeaderText("Paste the host names of the servers to add");
        TextArea hosts = new TextArea();
        hosts.setId("host-list");
        hosts.setPromptText("proget-1.corp.local\nproget-2.corp.local\nproget-3.corp.local");
        hosts.setPrefRowCount(6);
        dialog.getDialogPane().setContent(new VBox(8, new Label("One per line, or separated by commas or spaces:"), hosts));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? split(hosts.getText()) : null);
        hosts.requestFocus();
        return dialog.showAndWait().filter(list -> !list.isEmpty());
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[\\s,;]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
