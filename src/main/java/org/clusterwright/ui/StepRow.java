package org.clusterwright.ui;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.StepState;
import org.clusterwright.ui.widgets.PageLayout;

/**
 * One row of the step list: the page's title and, for a step, its state in words. The row is a plain box, not a
 * ToggleButton: a toggle's skin, behaviour and Modena styling, seven times over, took about a tenth of the time to
 * the first page, and the list needs from a row only a click, keyboard focus and a look for the selected page.
 * Assistive technology still meets a toggle button that is selected or not and can be pressed.
 */
final class StepRow extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final PageId page;
    private final Runnable pick;
    private Text state;
    private boolean selected;

    /** {@code pick} runs when the row is clicked or pressed through assistive technology. */
    StepRow(PageId page, Runnable pick) {
        super(2, PageLayout.text(page.title(), "step-title"));
        this.page = page;
        this.pick = pick;
        setId("step-" + page.name().toLowerCase().replace('_', '-'));
        getStyleClass().add("step");
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        setAccessibleText(page.title());
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                pick.run();
            }
        });
    }

    boolean isSelected() {
        return selected;
    }

    /** Selected, the row looks it and is the list's one stop for Tab; the arrow keys move from there. */
    void setSelected(boolean on) {
        if (on == selected) {
            return;
        }
        selected = on;
        pseudoClassStateChanged(SELECTED, on);
        setFocusTraversable(on);
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    /** {@code stale}: an edit dropped the step's last results, which "not checked" then says. */
    void showState(StepState now, boolean stale) {
        if (state == null) {
            state = PageLayout.text("", "step-state");
            getChildren().add(state);
        }
        String label = now == StepState.NOT_CHECKED && stale ? now.label() + " since your edit" : now.label();
        state.setText(label);
        state.getStyleClass().removeIf(style -> style.startsWith("state-"));
        state.getStyleClass().add(now.styleClass());
        setAccessibleText(page.title() + ", " + label);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.SELECTED ? selected
                : super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            pick.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
