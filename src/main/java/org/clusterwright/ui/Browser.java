package org.clusterwright.ui;

import javafx.application.Platform;
import javafx.stage.Window;
import org.clusterwright.ui.dialogs.PathDialog;
import org.clusterwright.ui.viewmodel.OpenFile;

import java.io.IOException;
import java.net.URI;

/** Opens a web page in the person's browser; where none can be started, shows its address to copy instead. */
final class Browser {
    private Browser() {
    }

    static void open(Window owner, String address) {
        Thread opening = new Thread(() -> {
            try {
                OpenFile.browse(URI.create(address));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> PathDialog.show(owner, "The page could not be opened", "No web browser could"
                        + " be started here: " + e.getMessage() + ". Open this address in yours:", address));
            }
        }, "browser");
        opening.setDaemon(true);
        opening.start();
    }
}
