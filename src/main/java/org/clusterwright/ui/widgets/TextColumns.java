package org.clusterwright.ui.widgets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.util.function.Function;

/** Read-only table columns that show a piece of text taken from each row; an absent value shows as empty. */
public final class TextColumns {
    private TextColumns() {
    }

    public static <T> TableColumn<T, String> of(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> {
            String text = value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(text == null ? "" : text);
        });
        return column;
    }

    /** A column of text too long to show whole, such as a path: each cell's tooltip holds all of it. */
    public static <T> TableColumn<T, String> ofLong(String title, Function<T, String> value) {
        return withTooltips(of(title, value));
    }

    /** A column whose text changes while it is shown (a progress line), long text in each cell's tooltip. */
    public static <T> TableColumn<T, String> ofLive(String title, Function<T, ObservableValue<String>> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return withTooltips(column);
    }

    /**
     * A column of text that wraps within the column, up to a few lines, so nothing is cut at the side; what is
     * longer still ends in an ellipsis, and the detail below a table (or the tooltip) holds all of it.
     */
    public static <T> TableColumn<T, String> wrapping(String title, Function<T, String> value) {
        TableColumn<T, String> column = of(title, value);
        column.setCellFactory(c -> new WrappingCell<>());
        return column;
    }

    /**
     * A cell whose text wraps to the column's width, at most {@link #LINES} lines high; the tooltip, and the detail
     * below a results table, hold the rest.
     */
    private static final class WrappingCell<T> extends TableCell<T, String> {
        private static final int LINES = 4;
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // text past the last line is cut at the cell's edge, never drawn over the next row
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
            text.layoutBoundsProperty().addListener((obs, was, now) -> fit());
            // a cell's least height would otherwise be its whole text's, and the row would take that
            setMinHeight(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }

        /** The row asks each cell for its height: the text's, at the column's width, up to {@link #LINES} lines. */
        private void fit() {
            Text line = new Text("X");
            line.setFont(text.getFont());
            // whole lines only: a last line cut in half reads as a mistake
            double lines = LINES * line.getLayoutBounds().getHeight();
            setPrefHeight(Math.min(text.getLayoutBounds().getHeight(), lines) + snappedTopInset() + snappedBottomInset());
        }
    }

    private static <T> TableColumn<T, String> withTooltips(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }
}
