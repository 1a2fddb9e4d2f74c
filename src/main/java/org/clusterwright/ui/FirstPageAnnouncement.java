package org.clusterwright.ui;

import javafx.stage.Stage;

/**
 * Prints {@link #LINE} once the window is showing and its first page has been drawn, when the system property
 * {@value #PROPERTY} is {@code true}. Tests and the start-up benchmark launch the packaged program in a separate
 * process and wait for this line instead of guessing how long start-up takes; without the property nothing happens.
 */
public final class FirstPageAnnouncement {
    public static final String PROPERTY = "clusterwright.announceFirstPage";
    public static final String LINE = "clusterwright: first page shown";

    private FirstPageAnnouncement() {
    }

    public static void install(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            FirstFrame.whenDrawn(stage, FirstPageAnnouncement::announce);
        }
    }

    private static void announce() {
        System.out.println(LINE);
        System.out.flush();
    }
}
