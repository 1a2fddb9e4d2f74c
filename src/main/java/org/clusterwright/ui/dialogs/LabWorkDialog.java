package org.clusterwright.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.clusterwright.ui.viewmodel.LabWork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Asks, before the wizard closes, what to do with work kept in the demo lab's folder, which goes with the lab. */
final class LabWorkDialog {
    static final ButtonType KEEP = new ButtonType("Keep copies…", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Close without keeping", ButtonBar.ButtonData.NO);

    enum Answer { KEEP, DISCARD, CANCEL }

    private LabWorkDialog() {
    }

    static Answer ask(Window owner, LabWork work) {
        List<String> lines = new ArrayList<>();
        if (work.unsavedProfile()) {
            lines.add("• the lab's profile, with changes not saved yet");
        }
        work.files().stream().map(Path::getFileName).map(name -> "• " + name).forEach(lines::add);
        Label text = new Label("The demo lab keeps its files in " + work.folder() + ", which is deleted when"
                + " Clusterwright closes and the lab stops. It holds work of yours:\n\n"
                + lines.stream().collect(Collectors.joining("\n"))
                + "\n\nKeep copies in a folder you choose, or close without them.");
        text.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", KEEP, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright");
        alert.setHeaderText("Keep what you made in the demo lab?");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(600);
        ((Button) alert.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        return alert.showAndWait().map(button -> button == KEEP ? Answer.KEEP : button == DISCARD ? Answer.DISCARD
                : Answer.CANCEL).orElse(Answer.CANCEL);
    }
}
