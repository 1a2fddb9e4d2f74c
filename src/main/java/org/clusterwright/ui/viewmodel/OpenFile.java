package org.clusterwright.ui.viewmodel;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file in the program the desktop uses for its kind, as a double-click would. */
final class OpenFile {
    private OpenFile() {
    }

    /** Call off the FX thread: the desktop may take a moment to start the program. */
    static void open(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        // AWT's desktop integration is missing on some Linux desktops; their opener is the same one it would use
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        new ProcessBuilder(command).inheritIO().start();
    }
}
