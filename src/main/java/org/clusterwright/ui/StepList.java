package org.clusterwright.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.StepState;
import org.clusterwright.ui.viewmodel.WizardModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The list of pages on the left, each step with its state in words. Seven rows that never change in number are light
 * {@link StepRow}s in a column, not a virtualized ListView: a list's flow, cells and scroll bars made up a third of
 * the time to the first page. Keyboard: Tab reaches the selected row only; Up and Down, Home and End move between
 * pages.
 */
final class StepList extends VBox {
    private final ReadOnlyObjectWrapper<PageId> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Map<PageId, StepRow> rows = new EnumMap<>(PageId.class);

    StepList(WizardModel model) {
        setId("step-list");
        getStyleClass().add("step-list");
        for (PageId page : PageId.values()) {
            StepRow row = row(model, page);
            rows.put(page, row);
            getChildren().add(row);
        }
        selected.addListener((obs, was, now) -> {
            rows.forEach((page, row) -> row.setSelected(page == now));
            // the focus ring follows the selection, so it never marks a page other than the one shown
            if (was != null && rows.get(was).isFocused() && now != null) {
                rows.get(now).requestFocus();
            }
        });
        // a filter, so the keys are the list's wherever the focus is within it
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

    private StepRow row(WizardModel model, PageId page) {
        StepRow row = new StepRow(page, () -> select(page));
        page.step().ifPresent(step -> {
            ObservableValue<StepState> state = model.stateProperty(step);
            ObservableValue<Boolean> stale = model.staleProperty(step);
            Runnable show = () -> row.showState(state.getValue(), stale.getValue());
            show.run();
            state.addListener((obs, was, now) -> show.run());
            stale.addListener((obs, was, now) -> show.run());
        });
        return row;
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
