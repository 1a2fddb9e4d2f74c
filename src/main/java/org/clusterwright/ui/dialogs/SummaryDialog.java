package org.clusterwright.ui.dialogs;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.ui.viewmodel.ChangeSummary.Row;
import org.clusterwright.ui.viewmodel.ChangeSummary;
import org.clusterwright.ui.widgets.TextColumns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The Summary shown before any write or restart, as administrators know it from SQL Server's Availability Group
 * wizard: every change per node and per setting, what each rests on, the full text of the selected one (a masked
 * diff, command lines), with Apply, Cancel and "Save as script". Cancel is the default: Enter alone changes nothing.
 */
public final class SummaryDialog {
    public static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private SummaryDialog() {
    }

    /** Shows {@code summary}; true when the person chose Apply. {@code script} makes the script's text. */
    public static boolean confirm(Window owner, ChangeSummary summary, Function<ChangeSummary, String> script,
                                  FileChoices choices) {
        TableView<Row> table = table(summary);
        TextArea detail = new TextArea();
        detail.setId("summary-detail");
        detail.setEditable(false);
        detail.setPrefRowCount(6);
        detail.setWrapText(true);
        detail.getStyleClass().add("monospace");
        detail.setPromptText("Select a change to see all of it: the masked diff of a config file, the command lines.");
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> detail.setText(row == null
                ? "" : row.change() + (row.restsOn().isEmpty() ? "" : "\nRests on: " + row.restsOn())
                + (row.detail().isEmpty() ? "" : "\n\n" + String.join("\n", row.detail()))));
        summary.rows().stream().filter(Row::now).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });

        Label saved = new Label();
        saved.setId("script-saved");
        saved.setWrapText(true);
        Button save = new Button("Save as _script…");
        save.setId("save-script");
        save.setOnAction(e -> saveScript(owner, script.apply(summary), choices, saved));
        HBox scriptRow = new HBox(10, save, saved);
        HBox.setHgrow(saved, Priority.ALWAYS);

        Label intro = new Label("Apply does the rows marked \u25B6, in this order; the other rows are the rest of the"
                + " way to a cluster, for review. Nothing is written before you press Apply.");
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(10, intro, table, detail, scriptRow);
        VBox.setVgrow(table, Priority.ALWAYS);

        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", APPLY, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Clusterwright: Summary");
        alert.setHeaderText("Summary: " + summary.action().words() + " (" + summary.now().size() + " change"
                + (summary.now().size() == 1 ? "" : "s") + ")");
        alert.getDialogPane().setId("summary");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefSize(860, 600);
        alert.setResizable(true);
        ((Button) alert.getDialogPane().lookupButton(APPLY)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(APPLY).setDisable(summary.now().isEmpty());
        return alert.showAndWait().filter(APPLY::equals).isPresent();
    }

    private static TableView<Row> table(ChangeSummary summary) {
        TableView<Row> table = new TableView<>();
        table.setId("summary-changes");
        table.getItems().setAll(summary.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("", row -> row.now() ? "\u25B6" : "", 28));
        table.getColumns().add(column("Step", row -> row.part().title(), 80));
        table.getColumns().add(wrapping("Where", Row::where, 200));
        table.getColumns().add(wrapping("Change", Row::change, 320));
        table.getColumns().add(wrapping("Rests on", Row::restsOn, 200));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("now"), !empty && row != null && row.now());
            }
        });
        table.setPrefHeight(280);
        return table;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<Row, String> wrapping(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = TextColumns.wrapping(title, value);
        column.setPrefWidth(width);
        return column;
    }

    private static void saveScript(Window owner, String text, FileChoices choices, Label saved) {
        choices.fileToSave(owner, "Save the changes as a script", Documents.folder(), "clusterwright-changes.sh",
                new FileChoices.Kind("Shell scripts", "*.sh")).ifPresent(file -> write(file, text, saved));
    }

    private static void write(Path file, String text, Label saved) {
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
            saved.setText("Saved to " + file + ". It holds no password or key.");
        } catch (IOException e) {
            saved.setText("Not saved: " + e.getMessage());
        }
    }
}
