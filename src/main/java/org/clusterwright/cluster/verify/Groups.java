package org.clusterwright.cluster.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Nodes grouped by a value they should share (version, key fingerprint), to name the odd ones out. */
final class Groups {
    private final Map<String, List<String>> byValue = new LinkedHashMap<>();

    void add(String value, String target) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(target);
    }

    int size() {
        return byValue.size();
    }

    boolean isEmpty() {
        return byValue.isEmpty();
    }

    /** The value most nodes share, or empty on a tie. */
    String majority() {
        int best = byValue.values().stream().mapToInt(List::size).max().orElse(0);
        List<String> leaders = byValue.entrySet().stream().filter(e -> e.getValue().size() == best)
                .map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : "";
    }

    /** The nodes whose value differs from {@code reference}. */
    List<String> outside(String reference) {
        return byValue.entrySet().stream().filter(e -> !e.getKey().equals(reference))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    String only() {
        return byValue.keySet().iterator().next();
    }

    /** "25.0.14: a, b; 25.0.13: c". */
    String describe() {
        return byValue.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
