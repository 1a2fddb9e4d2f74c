package org.clusterwright.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the checks of one run found, by target and finding. Filled while the run goes on (a check's findings land
 * here once it finished within its deadline), so a face may draw from it as results arrive.
 */
public final class Findings {
    private final List<String> order;
    private final Map<String, Map<Finding<?>, Object>> byTarget = new ConcurrentHashMap<>();

    /** {@code order}: the targets in plan order, the order {@link #all} answers in. */
    public Findings(List<String> order) {
        this.order = order.stream().distinct().toList();
    }

    /** Findings of a run that found nothing, or of a check run outside any run. */
    public static Findings none() {
        return new Findings(List.of());
    }

    public <T> Optional<T> get(String target, Finding<T> finding) {
        Map<Finding<?>, Object> found = byTarget.get(target);
        return found == null ? Optional.empty() : Optional.ofNullable(finding.type().cast(found.get(finding)));
    }

    /** Every target's value of {@code finding}, in plan order. */
    public <T> Map<String, T> all(Finding<T> finding) {
        Map<String, T> all = new LinkedHashMap<>();
        for (String target : targets()) {
            get(target, finding).ifPresent(value -> all.put(target, value));
        }
        return all;
    }

    /** The one value of {@code finding} in this run, whichever target found it. */
    public <T> Optional<T> any(Finding<T> finding) {
        return all(finding).values().stream().findFirst();
    }

    void put(String target, Map<Finding<?>, Object> found) {
        if (!found.isEmpty()) {
            byTarget.computeIfAbsent(target, t -> new ConcurrentHashMap<>()).putAll(found);
        }
    }

    private List<String> targets() {
        List<String> targets = new ArrayList<>(order);
        byTarget.keySet().stream().filter(t -> !order.contains(t)).sorted().forEach(targets::add);
        return targets;
    }
}
