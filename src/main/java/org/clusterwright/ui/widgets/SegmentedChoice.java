package org.clusterwright.ui.widgets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One of a few values, every choice in view as a row of joined toggle buttons. For three or four short choices this
 * reads faster than a drop-down, which hides the others behind a click, and it is cheaper to show: a drop-down sizes
 * itself by building its pop-up menu with its shadow, before the page is first drawn. Arrow keys move between the
 * buttons, Space picks one; one is always picked once a value is set.
 */
public final class SegmentedChoice<T> extends HBox {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();
    private final ToggleGroup group = new ToggleGroup();

    /** {@code id} names the row; each button gets {@code id-<value's name>} for tests and style sheets. */
    public SegmentedChoice(String id, List<T> choices) {
        setId(id);
        getStyleClass().add("segmented-choice");
        for (int i = 0; i < choices.size(); i++) {
            T choice = choices.get(i);
            ToggleButton button = new ToggleButton(choice.toString());
            button.setId(id + "-" + choice.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            button.getStyleClass().add(pill(i, choices.size()));
            button.setUserData(choice);
            button.setToggleGroup(group);
            buttons.put(choice, button);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null && value.get() != null) {
                // clicking the picked button again would leave nothing picked
                was.setSelected(true);
            } else if (now != null) {
                @SuppressWarnings("unchecked")
                T picked = (T) now.getUserData();
                value.set(picked);
            }
        });
        // a label's mnemonic fires an action at the node the label is for: here, the row
        addEventHandler(ActionEvent.ACTION, event -> {
            if (event.getTarget() == this) {
                requestFocus();
                event.consume();
            }
        });
        value.addListener((obs, was, now) -> {
            ToggleButton button = buttons.get(now);
            if (button == null) {
                group.selectToggle(null);
            } else if (!button.isSelected()) {
                button.setSelected(true);
            }
        });
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    public void setValue(T newValue) {
        value.set(newValue);
    }

    /** Focuses the picked button (or the first), so a label's mnemonic lands on the choice. */
    @Override
    public void requestFocus() {
        ToggleButton picked = buttons.get(value.get());
        (picked != null ? picked : (ToggleButton) getChildren().get(0)).requestFocus();
    }

    private static String pill(int index, int count) {
        if (count == 1) {
            return "only-pill";
        }
        return index == 0 ? "left-pill" : index == count - 1 ? "right-pill" : "center-pill";
    }
}
