package org.clusterwright.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The stable name of a check, such as {@code db.login} or {@code node.tcp}. Ids are part of the JSON contract:
 * scripts filter on them, so they never change and are never translated.
 */
public record CheckId(String value) implements Comparable<CheckId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public CheckId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("check id '" + value
                    + "' must be dotted lower-case words, for example 'db.login'");
        }
    }

    @JsonCreator
    public static CheckId of(String value) {
        return new CheckId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CheckId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
