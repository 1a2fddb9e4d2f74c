package org.clusterwright.ui.widgets;

import javafx.scene.control.Label;
import org.clusterwright.check.Status;

import java.util.Locale;

/** A status shown as a word on a coloured pill, so it reads without colour too. */
public final class StatusBadge {
    private StatusBadge() {
    }

    public static Label of(Status status) {
        Label label = new Label(symbol(status) + " " + status.name());
        label.getStyleClass().addAll("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        label.setMinWidth(70);
        return label;
    }

    static String symbol(Status status) {
        return switch (status) {
            case PASS -> "\u2714";
            case WARN -> "\u26A0";
            case FAIL -> "\u2716";
            case SKIP -> "\u2013";
            case ERROR -> "!";
        };
    }
}
