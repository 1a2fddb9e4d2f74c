package org.clusterwright.ui;

import javafx.application.Application;
import javafx.stage.Stage;

public final class WizardApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Clusterwright");
        stage.show();
    }
}
