package org.clusterwright.ui.widgets;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import org.clusterwright.profile.ProfileProblem;
import org.clusterwright.ui.viewmodel.WizardModel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows, under a field, the validator's problems for that field (or for everything under it, such as all the
 * fields of {@code nodes[2]}). The rules live in the profile validator; this only displays them, so they are never
 * written twice.
 */
public final class FieldFeedback extends Label {
    private final WizardModel model;
    private String field;

    /** Problems of exactly this field, and of its parts ({@code name} shows {@code name}, not {@code nameX}). */
    public FieldFeedback(WizardModel model, String field) {
        this.model = model;
        this.field = field;
        getStyleClass().add("field-feedback");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        model.problems().addListener((ListChangeListener<ProfileProblem>) change -> refresh());
        refresh();
    }

    /** Follows another field, as when the node editor shows a different node. */
    public void showField(String newField) {
        this.field = newField;
        refresh();
    }

    private boolean matches(ProfileProblem problem) {
        String f = problem.field();
        return f.equals(field) || f.startsWith(field + ".");
    }

    private void refresh() {
        List<ProfileProblem> problems = model.problems().stream().filter(this::matches).toList();
        setVisible(!problems.isEmpty());
        setText(problems.stream().map(p -> p.message() + " " + p.remedy()).collect(Collectors.joining("\n")));
        boolean blocking = problems.stream().anyMatch(ProfileProblem::blocking);
        getStyleClass().removeAll("feedback-error", "feedback-warning");
        getStyleClass().add(blocking ? "feedback-error" : "feedback-warning");
    }
}
