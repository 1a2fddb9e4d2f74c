package org.clusterwright.ui.widgets;

import javafx.beans.property.StringProperty;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Words that change, such as a status line or a file name, wrapped to the width they are given. A Label would do
 * the same with a skin and a control's styling on top, which a line nobody clicks or tabs to does not need.
 */
public final class WrappedText extends TextFlow {
    private final Text text = new Text();

    /** {@code styleClass} styles the words themselves: their fill and font. */
    public WrappedText(String styleClass) {
        text.getStyleClass().add(styleClass);
        getChildren().add(text);
    }

    public StringProperty textProperty() {
        return text.textProperty();
    }

    public String getText() {
        return text.getText();
    }

    public void setText(String value) {
        text.setText(value);
    }
}
