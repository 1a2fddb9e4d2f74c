package org.clusterwright.check;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a running check may know: its target, its deadline, values earlier checks of the same target left behind
 * (a resolved address, an open session) so later checks need not repeat the work, and the findings of the targets
 * its own target waits for.
 * <p>
 * What a check {@link #publish publishes} reaches the run's {@link Findings} only when the check finished within
 * its deadline: a check the runner gave up on may still be running, and what it finds later is no answer.
 */
public final class CheckContext {
    private final String target;
    private final Duration deadline;
    private final Map<Key<?>, Object> values;
    private final Findings findings;
    private final Set<String> declared;
    private final Map<Finding<?>, Object> published;
    private final boolean staged;

    /** A context for one check run on its own, outside a {@link CheckRunner}: what it publishes counts at once. */
    public CheckContext(String target, Duration deadline) {
        this(target, deadline, new ConcurrentHashMap<>(), Findings.none(), Set.of(), false);
    }

    private CheckContext(String target, Duration deadline, Map<Key<?>, Object> values, Findings findings,
                         Set<String> declared, boolean staged) {
        this.target = target;
        this.deadline = deadline;
        this.values = values;
        this.findings = findings;
        this.declared = Set.copyOf(declared);
        this.published = new ConcurrentHashMap<>();
        this.staged = staged;
    }

    /** The context of a target's sequence in a run: it may read the findings of the targets it waits for. */
    static CheckContext ofSequence(String target, Duration deadline, Findings findings, Set<String> after) {
        return new CheckContext(target, deadline, new ConcurrentHashMap<>(), findings, after, true);
    }

    /** The view one check of the sequence runs with: the same values, its own findings until {@link #commit}. */
    CheckContext forCheck() {
        return new CheckContext(target, deadline, values, findings, declared, staged);
    }

    /** Hands what this check published to the run, once it finished in time. */
    void commit() {
        findings.put(target, new HashMap<>(published));
        published.clear();
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

    /** Publishes what this check found, for later checks, the plans made from the run and the faces. */
    public <T> void publish(Finding<T> finding, T value) {
        published.put(finding, finding.type().cast(value));
        if (!staged) {
            commit();
        }
    }

    /** What a check of this target published, this one included. */
    public <T> Optional<T> found(Finding<T> finding) {
        Object mine = published.get(finding);
        return mine != null ? Optional.of(finding.type().cast(mine)) : findings.get(target, finding);
    }

    /**
     * The values of {@code finding} that the targets this one waits for ({@link TargetChecks#after()}) published,
     * by target in plan order. Only those: the runner starts this target after them, so their findings are complete,
     * while any other target may still be running.
     */
    public <T> Map<String, T> fromPrerequisites(Finding<T> finding) {
        Map<String, T> found = new LinkedHashMap<>();
        findings.all(finding).forEach((where, value) -> {
            if (declared.contains(where)) {
                found.put(where, value);
            }
        });
        return found;
    }

    /** A typed name for a value shared between the checks of one target. */
    public record Key<T>(String name, Class<T> type) {
    }
}
