package org.clusterwright.ui.viewmodel;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file or a web page in the program the desktop uses for it, as a double-click would. Where no such program
 * exists (a server without a desktop, a desktop with nothing set for the file's kind) it throws, saying so, so the
 * caller can show the path instead.
 */
public final class OpenFile {
    /** How long the desktop's opener may take to say whether it found a program. */
    private static final long OPENER_PATIENCE_SECONDS = 10;

    private OpenFile() {
    }

    /** Call off the FX thread: the desktop may take a moment to start the program. */
    public static void open(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        opener(file.toString());
    }

    /** Opens {@code page} in the web browser. Call off the FX thread. */
    public static void browse(URI page) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(page);
            return;
        }
        opener(page.toString());
    }

    /** AWT's desktop integration is missing on some Linux desktops; their opener is the one it would use. */
    private static void opener(String target) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", target)
                : os.contains("mac") ? List.of("open", target) : List.of("xdg-open", target);
        Process opening;
        try {
            opening = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no program to open it is set up here (" + command.get(0) + " is missing)", e);
        }
        try {
            if (opening.waitFor(OPENER_PATIENCE_SECONDS, TimeUnit.SECONDS) && opening.exitValue() != 0) {
                throw new IOException("no program is set up here to open it (" + command.get(0) + " ended with "
                        + opening.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
