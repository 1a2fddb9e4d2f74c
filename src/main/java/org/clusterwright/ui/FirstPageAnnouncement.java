package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Prints {@link #LINE} once the window is showing and its first page has been drawn, when the system property
 * {@value #PROPERTY} is {@code true}. Tests and the start-up benchmark launch the packaged program in a separate
 * process and wait for this line instead of guessing how long start-up takes; without the property nothing happens.
 */
public final class FirstPageAnnouncement {
    public static final String PROPERTY = "clusterwright.announceFirstPage";
    public static final String LINE = "clusterwright: first page shown";

    private FirstPageAnnouncement() {
    }

    public static void install(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> announceAfterFirstFrame(stage.getScene()));
        }
    }

    /**
     * The first layout pulse after the window is shown lays out the frame a person sees first; JavaFX draws it on its
     * render thread after the pulse, so the line waits for that drawing too (see {@link #announceOnceDrawn()}).
     */
    private static void announceAfterFirstFrame(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // runs after this pulse has handed its frame to the render thread
                Platform.runLater(FirstPageAnnouncement::announceOnceDrawn);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /**
     * A snapshot is drawn on the render thread after every frame queued before it and returns when it is done, so
     * a one-pixel snapshot returns once the first frame is drawn: the cheapest public way to wait for it. The drawing
     * reaches the X server only when the toolkit's event loop next flushes its connection, so the line waits for one
     * more turn of that loop; without it a screenshot taken at the line was blank in a quarter of the runs.
     */
    private static void announceOnceDrawn() {
        new Rectangle(1, 1).snapshot(null, null);
        Platform.runLater(() -> {
            System.out.println(LINE);
            System.out.flush();
        });
    }
}
