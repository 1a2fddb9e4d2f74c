package org.clusterwright.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.SecretStores;

/** The JavaFX application: one window holding the wizard. */
public final class WizardApplication extends Application {
    private WizardWindow window;

    @Override
    public void start(Stage stage) {
        WizardModel model = new WizardModel(new ProfileStore(), SecretStores.open(System::getenv));
        window = WizardWindow.create(model);
        stage.setTitle("Clusterwright");
        WindowIcons.apply(stage);
        FirstPageAnnouncement.install(stage);
        stage.setScene(window.createScene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(event -> {
            if (!window.files().confirmDiscard()) {
                event.consume();
            }
        });
        stage.show();
    }

    /** JavaFX calls this once the last window has closed. */
    @Override
    public void stop() {
        if (window != null) {
            window.closed();
        }
    }
}
