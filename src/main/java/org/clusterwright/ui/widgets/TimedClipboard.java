package org.clusterwright.ui.widgets;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * Puts a secret on the clipboard for a limited time: when the time is up the clipboard is emptied, unless the
 * user has copied something else meanwhile. Clipboard managers may still keep a history; the page says so.
 */
public final class TimedClipboard {
    private final Duration keep;
    private PauseTransition pending;

    public TimedClipboard(Duration keep) {
        this.keep = keep;
    }

    /** Call on the FX thread. */
    public void copy(String text) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        clipboard.setContent(content);
        if (pending != null) {
            pending.stop();
        }
        pending = new PauseTransition(keep);
        pending.setOnFinished(e -> clearIfStill(text));
        pending.play();
    }

    /** Empties the clipboard now if it still holds what was copied, as when the wizard closes. */
    public void clearNow(String text) {
        if (pending != null) {
            pending.stop();
        }
        clearIfStill(text);
    }

    public Duration keep() {
        return keep;
    }

    private static void clearIfStill(String text) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString() && text.equals(clipboard.getString())) {
            clipboard.clear();
        }
    }
}
