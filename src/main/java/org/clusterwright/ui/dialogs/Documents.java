package org.clusterwright.ui.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a person keeps their documents in: where exports and copies are offered first, never a temp folder. */
public final class Documents {
    private Documents() {
    }

    public static Path folder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
