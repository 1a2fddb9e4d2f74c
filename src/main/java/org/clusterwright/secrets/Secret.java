package org.clusterwright.secrets;

import java.util.Arrays;
import java.util.Objects;

/**
 * A password or key held in memory. {@link #toString()} never shows the value, so a secret that slips into a log
 * line, an exception message or a string concatenation shows as a mask instead.
 */
public final class Secret {
    public static final String MASK = "********";

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value").toCharArray());
    }

    public static Secret of(char[] value) {
        return new Secret(Objects.requireNonNull(value, "value").clone());
    }

    /** The value, for the one place that must hand it to a driver or write it to a node. */
    public String reveal() {
        return new String(value);
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && java.security.MessageDigest.isEqual(
                new String(value).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(secret.value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
