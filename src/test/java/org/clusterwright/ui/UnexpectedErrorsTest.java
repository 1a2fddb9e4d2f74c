package org.clusterwright.ui;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.secrets.SecretStore;
import org.clusterwright.support.LogFile;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exception nothing caught, in a page's handler on the JavaFX thread or on another thread, is written to the log
 * with its stack trace and shown in a dialog that names the log file; the wizard goes on.
 */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorsTest {
    private static final String PASSWORD = "Crash-Secret-2024";

    @TempDir
    Path folder;
    private LogFile log;
    private Thread.UncaughtExceptionHandler previousDefault;
    private OpenWizard wizard;

    /** A store that keeps the secret and then fails with it in its message, as a careless keyring library might. */
    private static final class FailingStore implements SecretStore {
        private final SecretStore kept = new InMemorySecretStore();

        @Override
        public Optional<Secret> get(String profileId, SecretRef ref) {
            return kept.get(profileId, ref);
        }

        @Override
        public void put(String profileId, SecretRef ref, Secret secret) {
            kept.put(profileId, ref, secret);
            throw new IllegalStateException("the keyring refused to store '" + secret.reveal() + "'");
        }

        @Override
        public void remove(String profileId, SecretRef ref) {
            kept.remove(profileId, ref);
        }

        @Override
        public String describe() {
            return "a failing keyring";
        }

        @Override
        public boolean isPersistent() {
            return true;
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        log = LogFile.open(folder.resolve("logs"));
        Logger.getLogger("").addHandler(log);
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        wizard = OpenWizard.on(stage, new WizardModel(new ProfileStore(), new FailingStore()), Duration.ofSeconds(5));
        UnexpectedErrors.install(stage, Optional.of(log.file()));
    }

    @AfterEach
    void restoreTheHandlers(FxRobot robot) {
        robot.interact(() -> {
            // the store refused the password, so the field still holds it: empty, it has nothing to move when the
            // next test's scene takes the focus away
            robot.lookup("#connection-string").tryQuery()
                    .ifPresent(field -> ((javafx.scene.control.TextInputControl) field).clear());
            Thread.currentThread().setUncaughtExceptionHandler(null);
            List.copyOf(Window.getWindows()).stream().filter(w -> w != wizard.scene().getWindow()).forEach(Window::hide);
        });
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        Logger.getLogger("").removeHandler(log);
        log.close();
    }

    @Test
    void anExceptionInAPageHandlerIsLoggedAndShownInADialogNamingTheLogFile(FxRobot robot) throws Exception {
        robot.interact(() -> wizard.window().show(PageId.DATABASE));
        // focus first, which scrolls the field into view, as the other wizard tests do
        robot.interact(() -> robot.lookup("#connection-string").queryTextInputControl().requestFocus());
        robot.clickOn("#connection-string")
                .write("Server=127.0.0.1;Database=proget;User Id=proget;Password=" + PASSWORD);
        // leaving the field (Ctrl+Tab: a text area takes a plain Tab as text) moves the password into the secret
        // store, whose put throws
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);

        DialogPane dialog = awaitDialog(robot);
        assertThat(dialog.getContentText()).contains(log.file().toString()).contains("IllegalStateException")
                .doesNotContain(PASSWORD);
        robot.interact(() -> Screenshots.save(dialog.getScene(), "unexpected-error-dialog"));
        String logged = Files.readString(log.file(), StandardCharsets.UTF_8);
        assertThat(logged).contains("SEVERE", "Uncaught exception in thread \"JavaFX Application Thread\"",
                "java.lang.IllegalStateException: the keyring refused to store", "ConnectionStringInput")
                .doesNotContain(PASSWORD);

        robot.clickOn("OK");
        assertThat(wizard.scene().getWindow().isShowing()).as("the wizard goes on").isTrue();
        assertThat(robot.lookup("#unexpected-error").tryQuery()).isEmpty();
    }

    @Test
    void anExceptionOnAnotherThreadIsLoggedAndShownToo(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("a background task failed");
        }, "test-worker");
        worker.start();
        worker.join();

        DialogPane dialog = awaitDialog(robot);
        assertThat(dialog.getContentText()).contains("a background task failed").contains(log.file().toString());
        assertThat(Files.readString(log.file(), StandardCharsets.UTF_8))
                .contains("Uncaught exception in thread \"test-worker\"", "IllegalArgumentException: a background task failed");
    }

    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unexpected-error").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#unexpected-error").queryAs(DialogPane.class);
    }
}
