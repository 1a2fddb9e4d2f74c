package org.clusterwright.check;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Counts per status and the worst status of a set of results. */
public record RunSummary(Map<Status, Integer> counts, Status worst) {

    public static RunSummary of(Collection<CheckResult> results) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        Status worst = Status.PASS;
        for (CheckResult result : results) {
            counts.merge(result.status(), 1, Integer::sum);
            worst = worst.worse(result.status());
        }
        return new RunSummary(Map.copyOf(counts), worst);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return count(Status.PASS) + " passed, " + plural(count(Status.WARN), "warning") + ", " + count(Status.FAIL)
                + " failed, " + plural(count(Status.ERROR), "error") + ", " + count(Status.SKIP) + " skipped";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
