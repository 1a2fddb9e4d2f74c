package org.clusterwright.ui.widgets;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Status;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The results table every step shows, failures first, with the selected result's whole text below it. Long
 * summaries and remedies wrap within their column instead of being cut; the detail pane holds everything a result
 * says, its evidence included. A warning the open profile is bound to get (the demo lab's) is marked as expected, and
 * why.
 */
public final class ResultsGrid extends SplitPane {
    private final TableView<CheckResult> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final Function<CheckResult, Optional<String>> expected;
    /** The result selected for the person rather than by them, which a worse one may replace. */
    private CheckResult selectedForThem;

    /** {@code expected}: why a result is a warning the profile is bound to get; empty for every other result. */
    public ResultsGrid(ObservableList<CheckResult> results, Function<CheckResult, Optional<String>> expected) {
        this.expected = expected;
        getStyleClass().add("results-grid");
        setOrientation(Orientation.VERTICAL);
        table.setId("results");
        SortedList<CheckResult> ordered = new SortedList<>(results, worstFirst(results));
        table.setItems(ordered);
        table.setPlaceholder(new Label("No checks have run for this step yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(statusColumn());
        table.getColumns().add(textColumn("Check", 130, r -> r.id().value(), false));
        table.getColumns().add(textColumn("Target", 90, CheckResult::target, false));
        table.getColumns().add(textColumn("Summary", 300, CheckResult::summary, true));
        table.getColumns().add(textColumn("What to do", 220, CheckResult::remedy, true));
        table.setMinHeight(110);

        detail.setId("result-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(4);
        detail.setMinHeight(60);
        detail.setPromptText("Select a result to see all it says: detail, what to do and evidence.");
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> detail.setText(describe(now)));
        ordered.addListener((ListChangeListener<CheckResult>) change -> selectFirstProblem());
        getItems().addAll(table, detail);
        setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detail, false);
    }

    public TableView<CheckResult> table() {
        return table;
    }

    /** Failures and errors, then warnings and skips, then passes; in the order they arrived within each. */
    private Comparator<CheckResult> worstFirst(ObservableList<CheckResult> arrived) {
        return Comparator.comparingInt(this::rank).thenComparingInt(arrived::indexOf);
    }

    private int rank(CheckResult result) {
        if (expected.apply(result).isPresent()) {
            return 3;
        }
        return switch (result.status()) {
            case FAIL, ERROR -> 0;
            case WARN -> 1;
            case SKIP -> 2;
            case PASS -> 4;
        };
    }

    /**
     * Unless the person picked a result, the worst one is selected (failures sort first), so its detail is in view
     * at once; a worse one arriving later takes its place.
     */
    private void selectFirstProblem() {
        CheckResult selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected != selectedForThem || table.getItems().isEmpty()) {
            return;
        }
        CheckResult first = table.getItems().get(0);
        if (first != selected && first.status() != Status.PASS && expected.apply(first).isEmpty()) {
            selectedForThem = first;
            table.getSelectionModel().select(0);
            table.scrollTo(0);
        }
    }

    private TableColumn<CheckResult, CheckResult> statusColumn() {
        TableColumn<CheckResult, CheckResult> column = new TableColumn<>("Status");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CheckResult result, boolean empty) {
                super.updateItem(result, empty);
                if (empty || result == null) {
                    setGraphic(null);
                } else if (expected.apply(result).isPresent()) {
                    Label note = new Label("expected");
                    note.getStyleClass().add("expected-note");
                    setGraphic(new VBox(2, StatusBadge.of(result.status()), note));
                } else {
                    setGraphic(StatusBadge.of(result.status()));
                }
            }
        });
        column.setPrefWidth(90);
        column.setMinWidth(90);
        column.setMaxWidth(90);
        return column;
    }

    /** A column of text; {@code wraps}: long text wraps within the column, and the row grows to hold it. */
    private static TableColumn<CheckResult, String> textColumn(String title, double width,
                                                             Function<CheckResult, String> value, boolean wraps) {
        TableColumn<CheckResult, String> column = wraps ? TextColumns.wrapping(title, value) : TextColumns.of(title, value);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        return column;
    }

    private String describe(CheckResult result) {
        if (result == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(result.id() + " on " + result.target() + ": " + result.status()
                + " in " + result.durationMillis() + " ms\n" + result.summary());
        expected.apply(result).ifPresent(why -> text.append("\n\nExpected here: ").append(why).append('.'));
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
