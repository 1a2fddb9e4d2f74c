package org.clusterwright.ui.widgets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

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
}
