package org.clusterwright.ui.widgets;

import javafx.scene.control.TextInputControl;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Two-way glue between a text field and a plain profile property, which has no JavaFX property of its own. */
public final class TextBinding {
    private TextBinding() {
    }

    /**
     * Shows {@code getter}'s value now and writes every edit through {@code setter}, then {@code afterEdit}.
     * Returns a refresher to call when the profile behind the getter is replaced.
     */
    public static Runnable bind(TextInputControl field, Supplier<String> getter, Consumer<String> setter,
                                    Runnable afterEdit) {
        boolean[] updating = {false};
        Runnable refresh = () -> {
            updating[0] = true;
            String value = getter.get();
            field.setText(value == null ? "" : value);
            updating[0] = false;
        };
        field.textProperty().addListener((obs, was, now) -> {
            if (!updating[0]) {
                setter.accept(now == null || now.isBlank() ? null : now);
                afterEdit.run();
            }
        });
        refresh.run();
        return refresh;
    }
}
