package org.clusterwright.ui.widgets;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text area as it leaves every other field. A TextArea types a tab character and leaves only on
 * Ctrl+Tab, which nobody guesses; no text the wizard asks for (a connection string, a list of hosts) holds a tab.
 * Ctrl+Tab, which the text area knows as "go to the next field", is what Tab becomes.
 */
public final class TabLeavesText {
    private TabLeavesText() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && event.getTarget() instanceof TextArea area) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
        // the Tab that moved the focus must not type a tab into the field it reached
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if ("\t".equals(event.getCharacter()) && !event.isControlDown()
                    && event.getTarget() instanceof TextInputControl) {
                event.consume();
            }
        });
    }
}
