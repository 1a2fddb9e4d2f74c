package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.SecretStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.viewmodel.PageId;

/** The wizard's window on a test's stage, its callbacks on the FX thread as in the program. */
record OpenWizard(WizardModel model, WizardWindow window, Scene scene) {

    static OpenWizard on(Stage stage, WizardModel model, Duration checkDeadline) {
        WizardWindow window = new WizardWindow(model, javafx.application.Platform::runLater, checkDeadline);
        Scene scene = window.createScene();
        stage.setScene(scene);
        stage.show();
        return new OpenWizard(model, window, scene);
    }

    /** The wizard with {@code profile} saved to {@code file} and opened from there, as a person would, on {@code page}. */
    static OpenWizard onPage(Stage stage, PageId page, Profile profile, Path file, SecretStore secrets,
                             Duration checkDeadline) throws IOException, ProfileException {
        new ProfileStore().save(profile, file);
        WizardModel model = new WizardModel(new ProfileStore(), secrets);
        model.open(file);
        OpenWizard wizard = on(stage, model, checkDeadline);
        wizard.window().show(page);
        return wizard;
    }
}
