package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Runs work once a window's first frame has been drawn: what a person waits for comes first, the rest after it. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Runs {@code action} on the JavaFX thread once {@code stage} has been shown and its first frame drawn and handed
     * to the window system. Actions given for one stage run in the order they were given, so work that must not wait
     * for another's goes first.
     */
    public static void whenDrawn(Stage stage, Runnable action) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterFirstPulse(stage.getScene(), action);
            }
        });
    }

    /**
     * The first layout pulse after the window is shown lays out the frame a person sees first; JavaFX draws it on its
     * render thread after the pulse, so the action waits for that drawing too (see {@link #onceDrawn}).
     */
    private static void afterFirstPulse(Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // runs after this pulse has handed its frame to the render thread
                Platform.runLater(() -> onceDrawn(action));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /**
     * A snapshot is drawn on the render thread after every frame queued before it and returns when it is done, so
     * a one-pixel snapshot returns once the first frame is drawn: the cheapest public way to wait for it. The drawing
     * reaches the X server only when the toolkit's event loop next flushes its connection, so the action waits for
     * one more turn of that loop; without it a screenshot taken by the action was blank in a quarter of the runs.
     * That turn is also what keeps the actions of one stage in order: each waits behind the ones queued before it.
     */
    private static void onceDrawn(Runnable action) {
        new Rectangle(1, 1).snapshot(null, null);
        Platform.runLater(action);
    }
}
