package org.clusterwright.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The list of pages on the left, each step with its state in words. Arrow keys move between pages. */
final class StepList extends ListView<PageId> {

    StepList(WizardModel model) {
        super(FXCollections.observableArrayList(PageId.values()));
        setId("step-list");
        getStyleClass().add("step-list");
        setPrefWidth(230);
        setCellFactory(list -> new StepCell(model));
        for (PageId page : PageId.values()) {
            page.step().ifPresent(step -> model.stateProperty(step).addListener((obs, was, now) -> refresh()));
        }
    }

    private static final class StepCell extends ListCell<PageId> {
        private final WizardModel model;

        StepCell(WizardModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(PageId page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(page.title());
            title.getStyleClass().add("step-title");
            VBox box = new VBox(2, title);
            page.step().ifPresent(step -> {
                StepState state = model.stateProperty(step).get();
                Label stateLabel = new Label(state.label());
                stateLabel.getStyleClass().addAll("step-state", state.styleClass());
                box.getChildren().add(stateLabel);
            });
            setText(null);
            setGraphic(box);
        }
    }
}
