package org.clusterwright.ui.widgets;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: labels on the left, fields (with their feedback below) on the right. */
public final class Forms {
    private final GridPane grid = new GridPane();
    private int row;

    public Forms() {
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled field; the label's mnemonic (an underscore in its text) focuses the field. */
    public Forms field(String labelText, Node field) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        row++;
        return this;
    }

    public Forms feedback(Node feedback) {
        grid.add(feedback, 1, row);
        row++;
        return this;
    }

    public Forms wide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
        return this;
    }

    public GridPane build() {
        return grid;
    }
}
