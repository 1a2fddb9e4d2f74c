package org.clusterwright.database;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed values (booleans, whole numbers) from segments and reports the ones that do not fit, quoting the
 * offending value. Never call these for a password segment: the messages quote what they reject.
 */
final class Values {
    /** Documentation templates use {name}, «...» or &lt;name&gt;; a value still holding one was pasted unedited. */
    private static final Pattern PLACEHOLDER = Pattern.compile(".*(\\{[^}]*}|«[^»]*»|<[^>]*>).*");
    private static final int LONGEST_QUOTED = 40;

    private Values() {
    }

    /** SqlClient and Npgsql both accept true/false and yes/no in any case. */
    static Boolean bool(Segment segment, Problems problems, String keyword) {
        switch (segment.value().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                problems.error(segment.valuePosition(), "'" + keyword + "' must be true or false, not "
                        + shown(segment.value()), "Write " + keyword + "=true or " + keyword + "=false");
                return null;
            }
        }
    }

    static Integer integer(Segment segment, Problems problems, String keyword, int min, int max, String unit,
                           int example) {
        String text = segment.value();
        try {
            int number = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the allowed range
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        String what = unit.isEmpty() ? "a whole number " : "a whole number of " + unit + ", ";
        problems.error(segment.valuePosition(), "'" + keyword + "' must be " + what + range
                + ", not " + shown(text),
                "Write a number, for example " + keyword + "=" + example);
        return null;
    }

    static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).matches();
    }

    /** A warning, not an error: a database really can be named {x}, but nearly always it is a template left as is. */
    static void warnIfPlaceholder(Segment segment, Problems problems, String keyword) {
        if (isPlaceholder(segment.value())) {
            problems.warning(segment.valuePosition(), "the value of '" + keyword + "', " + shown(segment.value())
                    + ", looks like a placeholder copied from the documentation",
                    "Replace it with the real value for " + keyword);
        }
    }

    /** Quotes a value for a message, cut short so a pasted blob does not flood the screen. */
    static String shown(String value) {
        if (value.isEmpty()) {
            return "an empty value";
        }
        String cut = value.length() > LONGEST_QUOTED ? value.substring(0, LONGEST_QUOTED) + "..." : value;
        return "'" + cut + "'";
    }
}
