package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.stage.Window;
import org.clusterwright.secrets.KnownSecrets;
import org.clusterwright.secrets.SecretMask;
import org.clusterwright.support.ProgramLogging;
import org.clusterwright.ui.dialogs.Dialogs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What happens to an exception nothing caught, on the JavaFX thread (a page's handler) or any other: it is written
 * to the log with its stack trace, and the wizard says so in a dialog that names the log file, instead of failing
 * silently (on Windows the wizard has no console to print to). One dialog at a time: an error repeated in every
 * layout pass must not bury the window under dialogs.
 */
public final class UnexpectedErrors {
    private final Window owner;
    private final Optional<Path> logFile;
    private boolean showing;

    private UnexpectedErrors(Window owner, Optional<Path> logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    /** Handles the uncaught exceptions of the JavaFX thread and of every other; call on the JavaFX thread. */
    public static UnexpectedErrors install(Window owner, Optional<Path> logFile) {
        UnexpectedErrors errors = new UnexpectedErrors(owner, logFile);
        Thread.currentThread().setUncaughtExceptionHandler(errors::uncaught);
        Thread.setDefaultUncaughtExceptionHandler(errors::uncaught);
        return errors;
    }

    void uncaught(Thread thread, Throwable failure) {
        ProgramLogging.logUncaught(thread, failure);
        if (Platform.isFxApplicationThread()) {
            show(failure);
        } else {
            Platform.runLater(() -> show(failure));
        }
    }

    private void show(Throwable failure) {
        if (showing) {
            return;
        }
        showing = true;
        String what = SecretMask.knowing(KnownSecrets.values()).apply(String.valueOf(failure));
        String where = logFile.map(file -> "The details are in the log file:\n" + file)
                .orElse("No log file could be written, so the details are lost.");
        Dialogs.unexpected(owner.isShowing() ? owner : null, "Something went wrong",
                "Clusterwright met an error it did not expect: " + what + "\n\nThe wizard goes on, but what you "
                        + "just did may not have finished.\n\n" + where + "\n\nThe Report page's support bundle "
                        + "holds it, with the profile and the versions, for whoever supports you.",
                () -> showing = false);
    }
}
