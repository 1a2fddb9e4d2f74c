package org.clusterwright.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.SecretStores;
import org.clusterwright.support.ProgramLogging;
import org.clusterwright.ui.viewmodel.WizardModel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The JavaFX application: one window holding the wizard. */
public final class WizardApplication extends Application {
    /**
     * The model, made on another thread while JavaFX starts its toolkit: opening the keyring (a D-Bus round trip on
     * Linux) and setting up the profile reader need no toolkit, and the JavaFX thread has the first page to build.
     */
    private static volatile CompletableFuture<WizardModel> preparedModel;
    private WizardWindow window;

    /** Starts making the model; called before {@link Application#launch}, so the two overlap. */
    static void prepareModel() {
        preparedModel = CompletableFuture.supplyAsync(WizardApplication::newModel);
    }

    @Override
    public void start(Stage stage) {
        UnexpectedErrors.install(stage, ProgramLogging.file());
        window = WizardWindow.create(model());
        stage.setTitle("Clusterwright");
        // the announcement (tests and the start-up benchmark wait for it) goes first, so the icons started after
        // the first page do not hold it back
        FirstPageAnnouncement.install(stage);
        // the icons wait for the first page: decoding them took a core from it on a two-core machine, and a title
        // bar that gains its icon a moment later looks no different
        FirstFrame.whenDrawn(stage, () -> WindowIcons.applyInBackground(stage));
        stage.setScene(window.createScene());
        // the smallest window every page is laid out for, without cut columns or a squeezed form
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        window.restoreLastSession();
        stage.setMaximized(window.settings().maximized());
        stage.setOnCloseRequest(event -> {
            if (window.confirmClose()) {
                window.rememberSession();
            } else {
                event.consume();
            }
        });
        stage.show();
    }

    private static WizardModel model() {
        CompletableFuture<WizardModel> prepared = preparedModel;
        if (prepared == null) {
            return newModel();
        }
        try {
            return prepared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static WizardModel newModel() {
        return new WizardModel(new ProfileStore(), SecretStores.open(System::getenv));
    }

    /** JavaFX calls this once the last window has closed. */
    @Override
    public void stop() {
        if (window != null) {
            window.closed();
        }
    }
}
