package org.clusterwright.ui;

import javafx.application.Application;
import org.clusterwright.Version;

import java.util.logging.Logger;

/** Opens the wizard window. Kept apart from {@link WizardApplication} so the entry point needs no JavaFX types. */
public final class WizardLauncher {
    private WizardLauncher() {
    }

    public static void open() {
        Logger.getLogger(WizardLauncher.class.getName()).info(() -> Version.describe() + ": the wizard opens");
        WizardApplication.prepareModel();
        Application.launch(WizardApplication.class);
    }
}
