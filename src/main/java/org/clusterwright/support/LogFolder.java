package org.clusterwright.support;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the program's log files go: the folder each OS keeps an application's logs in, or the one
 * {@value #VARIABLE} names (tests, and an administrator who wants them elsewhere).
 */
public final class LogFolder {
    public static final String VARIABLE = "CLUSTERWRIGHT_LOG_DIR";
    private static final String APP_FOLDER = "Clusterwright";

    private LogFolder() {
    }

    public static Path of(Function<String, String> environment) {
        return of(environment, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path of(Function<String, String> environment, String osName, Path home) {
        String chosen = environment.apply(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.apply("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(APP_FOLDER).resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve(APP_FOLDER);
        }
        String xdg = environment.apply("XDG_STATE_HOME");
        // the XDG spec says relative values are invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("state");
        return base.resolve(APP_FOLDER.toLowerCase(Locale.ROOT)).resolve("logs");
    }
}
