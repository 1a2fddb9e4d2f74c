package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.clusterwright.ui.dialogs.ProfileFiles;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The window's keys: Alt+N or Ctrl+PgDn next page, Alt+B or Ctrl+PgUp back, Ctrl+S save, Ctrl+O open, Ctrl+Q quit,
 * Esc stops the page's running check. The step list takes the arrow keys itself (see {@link StepList}).
 */
final class WindowKeys {
    private static final List<KeyCombination> NEXT = List.of(
            new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> BACK = List.of(
            new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));

    private WindowKeys() {
    }

    /**
     * {@code move} takes +1 or -1; {@code cancelCheck} says whether it stopped a running check (Esc then does
     * nothing else); {@code quit} closes the wizard as its close button does.
     */
    static void install(Scene scene, ProfileFiles files, IntConsumer move, BooleanSupplier cancelCheck, Runnable quit) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                files::openWithChooser);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        // a filter, not accelerators: tables and text fields consume Ctrl+PgDn and Alt chords before accelerators run
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int delta = NEXT.stream().anyMatch(k -> k.match(event)) ? 1
                    : BACK.stream().anyMatch(k -> k.match(event)) ? -1 : 0;
            if (delta != 0) {
                move.accept(delta);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && cancelCheck.getAsBoolean()) {
                event.consume();
            }
        });
    }
}
