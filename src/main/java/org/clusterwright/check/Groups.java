package org.clusterwright.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Targets grouped by a value they should share (a version, a key fingerprint), to name the odd ones out. The one
 * place that says which value is the majority: the value most targets share, and none on a tie, since then no
 * target is the odd one.
 */
public final class Groups {
    private final Map<String, List<String>> byValue = new LinkedHashMap<>();

    public void add(String value, String target) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(target);
    }

    public int size() {
        return byValue.size();
    }

    public boolean isEmpty() {
        return byValue.isEmpty();
    }

    public boolean contains(String value) {
        return byValue.containsKey(value);
    }

    /** The targets that share {@code value}, in the order they were added. */
    public List<String> targetsOf(String value) {
        return byValue.getOrDefault(value, List.of());
    }

    /** The value most targets share, or empty when there is none or a tie. */
    public String majority() {
        int best = byValue.values().stream().mapToInt(List::size).max().orElse(0);
        List<String> leaders = byValue.entrySet().stream().filter(e -> e.getValue().size() == best)
                .map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : "";
    }

    /** The targets whose value differs from {@code reference}. */
    public List<String> outside(String reference) {
        return byValue.entrySet().stream().filter(e -> !e.getKey().equals(reference))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** The first value added; call only when there is one. */
    public String only() {
        return byValue.keySet().iterator().next();
    }

    /** "25.0.14: a, b; 25.0.13: c". */
    public String describe() {
        return byValue.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
