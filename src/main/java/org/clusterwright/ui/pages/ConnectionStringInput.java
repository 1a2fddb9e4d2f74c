package org.clusterwright.ui.pages;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.ui.WizardModel;
import org.clusterwright.ui.widgets.TextBinding;

/** The connection string field. */
final class ConnectionStringInput {
    private final WizardModel model;
    private final TextArea field = new TextArea();
    private final Label parseFeedback = new Label();
    private final Label jdbcPreview = new Label();

    ConnectionStringInput(WizardModel model) {
        this.model = model;
        field.setId("connection-string");
        field.setPrefRowCount(2);
        field.setWrapText(true);
        Runnable refresh = TextBinding.bind(field, () -> model.profile().getDatabase().getConnectionString(),
                v -> model.profile().getDatabase().setConnectionString(v), () -> model.edited(Section.DATABASE));
        model.profileProperty().addListener((obs, was, now) -> refresh.run());
    }

    TextArea field() {
        return field;
    }

    Label parseFeedback() {
        return parseFeedback;
    }

    Label jdbcPreview() {
        return jdbcPreview;
    }

    void reparse() {
    }
}
