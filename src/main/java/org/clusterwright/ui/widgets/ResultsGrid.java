package org.clusterwright.ui.widgets;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;

import java.util.stream.Collectors;

/** The results table every step shows, with the selected result's detail and evidence below it. */
public final class ResultsGrid extends VBox {
    private final TableView<CheckResult> table = new TableView<>();
    private final TextArea detail = new TextArea();

    public ResultsGrid(ObservableList<CheckResult> results) {
        getStyleClass().add("results-grid");
        setSpacing(6);
        table.setId("results");
        table.setItems(results);
        table.setPlaceholder(new Label("No checks have run for this step yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(statusColumn());
        table.getColumns().add(textColumn("Check", 150, r -> r.id().value()));
        table.getColumns().add(textColumn("Target", 110, CheckResult::target));
        table.getColumns().add(textColumn("Summary", 300, CheckResult::summary));
        table.getColumns().add(textColumn("What to do", 260, CheckResult::remedy));
        table.setPrefHeight(240);
        table.setMinHeight(180);
        VBox.setVgrow(table, Priority.ALWAYS);

        detail.setId("result-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(3);
        detail.setMinHeight(70);
        detail.setPromptText("Select a result to see its detail and evidence.");
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> detail.setText(describe(now)));
        getChildren().addAll(table, detail);
    }

    public TableView<CheckResult> table() {
        return table;
    }

    private static TableColumn<CheckResult, Status> statusColumn() {
        TableColumn<CheckResult, Status> column = new TableColumn<>("Status");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Status status, boolean empty) {
                super.updateItem(status, empty);
                setGraphic(empty || status == null ? null : StatusBadge.of(status));
            }
        });
        column.setPrefWidth(90);
        column.setMinWidth(90);
        column.setMaxWidth(90);
        return column;
    }

    private static TableColumn<CheckResult, String> textColumn(String title, double width,
                                                             java.util.function.Function<CheckResult, String> value) {
        TableColumn<CheckResult, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }

    private static String describe(CheckResult result) {
        if (result == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(result.id() + " on " + result.target() + ": " + result.status()
                + " in " + result.durationMillis() + " ms\n" + result.summary());
        if (!result.detail().isBlank()) {
            text.append("\n\n").append(result.detail());
        }
        if (!result.remedy().isBlank()) {
            text.append("\n\nWhat to do: ").append(result.remedy());
        }
        if (!result.evidence().isEmpty()) {
            text.append("\n\nEvidence: ").append(result.evidence().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
