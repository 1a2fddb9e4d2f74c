package org.clusterwright.ui;

import javafx.application.Application;

/** Opens the wizard window. Kept apart from {@link WizardApplication} so the entry point needs no JavaFX types. */
public final class WizardLauncher {
    private WizardLauncher() {
    }

    public static void open() {
        WizardApplication.prepareModel();
        Application.launch(WizardApplication.class);
    }
}
