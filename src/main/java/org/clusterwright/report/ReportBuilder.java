package org.clusterwright.report;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.profile.Profile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the checklist report from a profile and the results of a run: each result in its section, the changes
 * read from the apply results (or given by a face that still holds the plan's diffs), and the manual items. Every
 * text goes through the {@link SecretMask} on the way in, so no renderer has to remember to mask.
 */
public final class ReportBuilder {
    private final Profile profile;
    private final ResultsDocument results;
    private final List<ChangeEntry> givenChanges = new ArrayList<>();
    private SecretMask mask = SecretMask.patterns();
    private String preparedBy = System.getProperty("user.name", "");
    private Clock clock = Clock.systemUTC();
    private RestartPlan restartPlan;

    public ReportBuilder(Profile profile, ResultsDocument results) {
        this.profile = profile;
        this.results = results;
    }

    /** Changes with more detail than the results hold (the plan's masked diffs); they replace those of the same key. */
    public ReportBuilder changes(List<ChangeEntry> changes) {
        givenChanges.addAll(changes);
        return this;
    }

    public ReportBuilder mask(SecretMask secretMask) {
        this.mask = secretMask;
        return this;
    }

    public ReportBuilder preparedBy(String user) {
        this.preparedBy = user;
        return this;
    }

    /** The restart plan the person was shown (the demo lab's own, for one); by default the profile's. */
    public ReportBuilder restartPlan(RestartPlan plan) {
        this.restartPlan = plan;
        return this;
    }

    public ReportBuilder clock(Clock reportClock) {
        this.clock = reportClock;
        return this;
    }

    public ChecklistReport build() {
        Map<ReportPart, List<CheckEntry>> checks = checksByPart();
        Map<ReportPart, List<ChangeEntry>> changes = changesByPart();
        Map<ReportPart, List<ManualItem>> items = ManualItems.of(profile, results.results(),
                restartPlan != null ? restartPlan : RestartPlanner.plan(profile));
        List<ReportSection> sections = new ArrayList<>();
        for (ReportPart part : ReportPart.readingOrder()) {
            ReportSection section = new ReportSection(part.id(), part.title(), checks.getOrDefault(part, List.of()),
                    changes.getOrDefault(part, List.of()),
                    items.getOrDefault(part, List.of()).stream().map(item -> item.masked(mask)).toList());
            // "other" appears only when a result needs it; the steps always appear, empty ones saying so
            if (part != ReportPart.OTHER || !section.isEmpty()) {
                sections.add(section);
            }
        }
        ReportHeader header = ReportHeaders.of(profile, results, mask, preparedBy, Instant.now(clock));
        return new ChecklistReport(header, ReportSummary.of(sections), sections);
    }

    /**
     * One entry per result. A check may run twice on one target in a run (an input check two steps share): an
     * identical repeat is dropped, a different one kept under {@code #2}, so every key stays unique.
     */
    private Map<ReportPart, List<CheckEntry>> checksByPart() {
        Map<ReportPart, List<CheckEntry>> byPart = new EnumMap<>(ReportPart.class);
        Map<String, Integer> seen = new HashMap<>();
        Set<CheckResult> kept = new HashSet<>();
        for (CheckResult result : results.results()) {
            if (!kept.add(result)) {
                continue;
            }
            String key = result.id() + "@" + result.target();
            int count = seen.merge(key, 1, Integer::sum);
            CheckEntry entry = CheckEntry.of(count == 1 ? key : key + "#" + count, result, mask);
            byPart.computeIfAbsent(ReportPart.of(result.id()), p -> new ArrayList<>()).add(entry);
        }
        return byPart;
    }

    private Map<ReportPart, List<ChangeEntry>> changesByPart() {
        Map<String, ChangeEntry> byKey = new LinkedHashMap<>();
        AppliedChanges.fromResults(results.results()).forEach(change -> byKey.put(change.key(), change));
        givenChanges.forEach(change -> byKey.put(change.key(), change));
        Map<ReportPart, List<ChangeEntry>> byPart = new EnumMap<>(ReportPart.class);
        for (ChangeEntry change : byKey.values()) {
            byPart.computeIfAbsent(ReportPart.of(CheckId.of(change.checkId())),
                    p -> new ArrayList<>()).add(change.masked(mask));
        }
        return byPart;
    }
}
