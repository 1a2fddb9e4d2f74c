package org.clusterwright.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.clusterwright.ui.widgets.PageLayout;

import java.util.EnumMap;
import java.util.Map;

/**
 * The list of pages on the left, each step with its state in words. Seven rows that never change in number are plain
 * toggles in a column, not a virtualized ListView: a list's flow, cells and scroll bars made up a third of the time
 * to the first page, and each row's words are plain {@link Text} for the same reason. Keyboard: Tab reaches the
 * selected row only; Up and Down, Home and End move between pages.
 */
final class StepList extends VBox {
    private final ReadOnlyObjectWrapper<PageId> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Map<PageId, ToggleButton> rows = new EnumMap<>(PageId.class);

    StepList(WizardModel model) {
        setId("step-list");
        getStyleClass().add("step-list");
        setPrefWidth(230);
        for (PageId page : PageId.values()) {
            ToggleButton row = row(model, page);
            rows.put(page, row);
            getChildren().add(row);
        }
        selected.addListener((obs, was, now) -> rows.forEach((page, row) -> {
            row.setSelected(page == now);
            // one stop for Tab, as a list has; the arrow keys move within it
            row.setFocusTraversable(page == now);
        }));
        // a filter: a toggle's own behaviour would take the arrow keys to move focus out of the list
        addEventFilter(KeyEvent.KEY_PRESSED, this::moveWithKeys);
    }

    ReadOnlyObjectProperty<PageId> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    PageId selected() {
        return selected.get();
    }

    /** The selected page's place in {@link PageId#values()}, or -1 before any is selected. */
    int selectedIndex() {
        return selected.get() == null ? -1 : selected.get().ordinal();
    }

    void select(PageId page) {
        selected.set(page);
    }

    private ToggleButton row(WizardModel model, PageId page) {
        VBox text = new VBox(2, PageLayout.text(page.title(), "step-title"));
        ToggleButton row = new ToggleButton();
        row.setId("step-" + page.name().toLowerCase().replace('_', '-'));
        row.getStyleClass().add("step");
        row.setGraphic(text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMaxWidth(Double.MAX_VALUE);
        row.setFocusTraversable(false);
        row.setAccessibleText(page.title());
        // a toggle clicked while selected would switch itself off; the list decides which row is on
        row.setOnAction(event -> {
            row.setSelected(page == selected.get());
            select(page);
        });
        page.step().ifPresent(step -> {
            ObservableValue<StepState> state = model.stateProperty(step);
            Text stateLabel = PageLayout.text("", "step-state");
            text.getChildren().add(stateLabel);
            showState(row, stateLabel, page, state.getValue());
            state.addListener((obs, was, now) -> showState(row, stateLabel, page, now));
        });
        return row;
    }

    private static void showState(ToggleButton row, Text stateLabel, PageId page, StepState state) {
        stateLabel.setText(state.label());
        stateLabel.getStyleClass().removeIf(style -> style.startsWith("state-"));
        stateLabel.getStyleClass().add(state.styleClass());
        row.setAccessibleText(page.title() + ", " + state.label());
    }

    private void moveWithKeys(KeyEvent event) {
        int last = PageId.values().length - 1;
        int target = switch (event.getCode()) {
            case UP, KP_UP -> Math.max(0, selectedIndex() - 1);
            case DOWN, KP_DOWN -> Math.min(last, selectedIndex() + 1);
            case HOME -> 0;
            case END -> last;
            default -> -1;
        };
        if (target >= 0) {
            PageId page = PageId.values()[target];
            select(page);
            rows.get(page).requestFocus();
            event.consume();
        }
    }
}
