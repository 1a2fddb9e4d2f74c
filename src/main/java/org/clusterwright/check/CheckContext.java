package org.clusterwright.check;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a running check may know: its target, its deadline, and values earlier checks of the same target left
 * behind (a resolved address, a negotiated dialect), so later checks need not repeat the work.
 */
public final class CheckContext {
    private final String target;
    private final Duration deadline;
    private final Map<Key<?>, Object> values = new ConcurrentHashMap<>();

    public CheckContext(String target, Duration deadline) {
        this.target = target;
        this.deadline = deadline;
    }

    public String target() {
        return target;
    }

    /** How long one check may take; use it for connect, login and socket timeouts. */
    public Duration deadline() {
        return deadline;
    }

    public <T> void put(Key<T> key, T value) {
        values.put(key, value);
    }

    public <T> Optional<T> get(Key<T> key) {
        return Optional.ofNullable(key.type().cast(values.get(key)));
    }

    /** A typed name for a value shared between the checks of one target. */
    public record Key<T>(String name, Class<T> type) {
    }
}
