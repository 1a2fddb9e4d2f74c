package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.util.List;

/**
 * The application icon in the sizes desktops ask a window for: the task bar and title bar take the small ones, task
 * switchers and docks the large ones. The PNGs are rendered from icons/clusterwright.svg and packaged from icons/png.
 */
public final class WindowIcons {
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    /** Decodes the icons on a thread of their own, not to hold the JavaFX thread, and gives them to the window. */
    public static void applyInBackground(Stage stage) {
        Thread loader = new Thread(() -> {
            List<Image> icons = loadAll();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "window-icons");
        loader.setDaemon(true);
        loader.start();
    }

    private static List<Image> loadAll() {
        return SIZES.stream().map(WindowIcons::load).toList();
    }

    static String resource(int size) {
        return "icons/clusterwright-" + size + ".png";
    }

    private static Image load(int size) {
        return new Image(WindowIcons.class.getResource(resource(size)).toExternalForm());
    }
}
