package org.clusterwright.ui.viewmodel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Moments as a person reads them: local time, to the minute. */
public final class Times {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    /** {@code instant} as written in a profile (ISO-8601), in local time; left as it is when it is not one. */
    public static String local(String instant) {
        try {
            return SHOWN.format(Instant.parse(instant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
