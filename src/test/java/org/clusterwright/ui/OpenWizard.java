package org.clusterwright.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.clusterwright.ui.viewmodel.WizardSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The wizard's window on a test's stage, its callbacks on the FX thread as in the program; {@code choices} answer its
 * file choosers, into a folder of the test's.
 */
record OpenWizard(WizardModel model, WizardWindow window, Scene scene, AnsweringChoices choices) {

    /** The wizard whose choosers save into a new folder under target/, with its settings kept there too. */
    static OpenWizard on(Stage stage, WizardModel model, Duration checkDeadline) {
        try {
            Path files = Files.createDirectories(Path.of("target", "test-wizard-files"));
            Path folder = Files.createTempDirectory(files, "chosen");
            return on(stage, model, checkDeadline, new AnsweringChoices(folder),
                    WizardSettings.at(folder.resolve("wizard.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The wizard whose file choosers answer {@code choices}' way and whose settings are kept in {@code settings}. */
    static OpenWizard on(Stage stage, WizardModel model, Duration checkDeadline, AnsweringChoices choices,
                         WizardSettings settings) {
        WizardWindow window = new WizardWindow(model, javafx.application.Platform::runLater, checkDeadline, settings,
                choices);
        Scene scene = window.createScene();
        stage.setScene(scene);
        stage.show();
        return new OpenWizard(model, window, scene, choices);
    }

    /**
     * The wizard with {@code profile} saved to {@code file} and opened from there, as a person would, on
     * {@code page}; what it asks to save goes beside the profile, as if the person chose that folder.
     */
    static OpenWizard onPage(Stage stage, PageId page, Profile profile, Path file, SecretStore secrets,
                             Duration checkDeadline) throws IOException, ProfileException {
        new ProfileStore().save(profile, file);
        WizardModel model = new WizardModel(new ProfileStore(), secrets);
        model.open(file);
        OpenWizard wizard = on(stage, model, checkDeadline, new AnsweringChoices(file.toAbsolutePath().getParent()),
                WizardSettings.at(file.resolveSibling("wizard.properties")));
        wizard.window().show(page);
        return wizard;
    }
}
