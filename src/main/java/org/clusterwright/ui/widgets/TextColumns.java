package org.clusterwright.ui.widgets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

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
