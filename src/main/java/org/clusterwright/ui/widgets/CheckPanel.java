package org.clusterwright.ui.widgets;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clusterwright.ui.viewmodel.CheckRunViewModel;

/** The "run the checks" bar with progress and Cancel, above the results grid. */
public final class CheckPanel extends VBox {

    public CheckPanel(CheckRunViewModel viewModel, BooleanProperty running, String runLabel) {
        this(viewModel, running, runLabel, runLabel);
    }

    /** A bar whose button reads {@code rerunLabel} once there are results to run again. */
    public CheckPanel(CheckRunViewModel viewModel, BooleanProperty running, String runLabel, String rerunLabel) {
        getStyleClass().add("check-panel");
        setSpacing(8);
        Button run = new Button(runLabel);
        run.setId("run-checks");
        run.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(viewModel.results()))
                .then(runLabel).otherwise(rerunLabel));
        run.setDefaultButton(false);
        javafx.beans.binding.BooleanBinding hasChecks = viewModel.hasChecks();
        run.disableProperty().bind(running.or(hasChecks.not()));
        run.setOnAction(e -> viewModel.start());

        Button cancel = new Button("Cancel");
        cancel.setId("cancel-checks");
        cancel.disableProperty().bind(running.not());
        cancel.setOnAction(e -> viewModel.cancel());

        ProgressBar progress = new ProgressBar();
        progress.setId("check-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(running);
        progress.setPrefWidth(160);

        Label status = new Label();
        status.setId("check-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(hasChecks.or(running))
                .then(viewModel.statusProperty())
                .otherwise("No automatic check applies to this step; its fields are checked as you type."));
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the buttons keep their full labels; a long status wraps instead of squeezing them
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);

        HBox bar = new HBox(10, run, cancel, progress, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ResultsGrid grid = new ResultsGrid(viewModel.results(), viewModel::expectedWhy);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(bar, grid);
    }
}
