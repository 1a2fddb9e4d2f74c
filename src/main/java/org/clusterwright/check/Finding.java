package org.clusterwright.check;

import java.util.Objects;

/**
 * The typed name of something a check found and publishes for what comes after it: later checks that declared the
 * target in {@link TargetChecks#after()}, the plans made from the run, and the faces that draw it. Evidence is what
 * a person reads; a finding is what the program goes on with, so nothing parses evidence back.
 */
public record Finding<T>(String name, Class<T> type) {
    public Finding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> Finding<T> of(String name, Class<T> type) {
        return new Finding<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
