package org.clusterwright.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.clusterwright.ui.FirstPageAnnouncement;

/**
 * The start-up benchmark's baseline: a window of the wizard's size holding one label, started like Clusterwright
 * (a main class that does not extend Application, on the packaged runtime with JavaFX in it) and announcing its
 * first frame the same way.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class);
    }

    /** The JavaFX application itself; public, since JavaFX instantiates it reflectively. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal window");
            stage.setScene(new Scene(new StackPane(new Label("A minimal JavaFX window")), 1100, 760));
            FirstPageAnnouncement.install(stage);
            stage.show();
        }
    }
}
