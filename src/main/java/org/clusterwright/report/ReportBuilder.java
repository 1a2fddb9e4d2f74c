package org.clusterwright.report;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.journal.JournalContents;
import org.clusterwright.journal.JournalEntry;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.cluster.restart.RestartPlan;
import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.SecretMask;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the checklist report from a profile and its journal: the latest result of each check on each target, in
 * its section, every change the runs applied or restored, with when and by whom, and the manual items. Every text
 * goes through the {@link SecretMask} on the way in, so no renderer has to remember to mask.
 */
public final class ReportBuilder {
    private final Profile profile;
    private final JournalContents journal;
    private SecretMask mask = SecretMask.patterns();
    private String preparedBy = System.getProperty("user.name", "");
    private Clock clock = Clock.systemUTC();
    private RestartPlan restartPlan;

    /** {@code journal} holds the runs to draw on, already narrowed to this profile (and a period, if any). */
    public ReportBuilder(Profile profile, JournalContents journal) {
        this.profile = profile;
        this.journal = journal;
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
        Map<String, CheckEntry> latest = latestResults();
        Map<ReportPart, List<CheckEntry>> checks = new EnumMap<>(ReportPart.class);
        latest.values().forEach(check -> checks.computeIfAbsent(ReportPart.of(check.id()), p -> new ArrayList<>())
                .add(check));
        Map<ReportPart, List<ChangeEntry>> changes = changesByPart();
        Map<ReportPart, List<ManualItem>> items = ManualItems.of(profile,
                latest.values().stream().map(CheckEntry::toResult).toList(),
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
        List<RunEntry> runs = journal.entries().stream().map(run -> RunEntry.of(run, mask)).toList();
        ReportHeader header = ReportHeaders.of(profile, journal, mask, preparedBy, Instant.now(clock));
        return new ChecklistReport(header, ReportSummary.of(sections, runs.size()), runs, sections);
    }

    /**
     * The latest result of each check on each target, in the order the checks first appeared: a later run's result
     * replaces an earlier one's in its place, so a check run again (or twice in one run) appears once, as it stands.
     */
    private Map<String, CheckEntry> latestResults() {
        Map<String, Map.Entry<CheckResult, JournalEntry>> latest = new LinkedHashMap<>();
        for (JournalEntry run : journal.entries()) {
            for (CheckResult result : run.results()) {
                latest.put(CheckEntry.keyOf(result), Map.entry(result, run));
            }
        }
        // masked once the latest are known: a long journal holds many results that were replaced since
        Map<String, CheckEntry> entries = new LinkedHashMap<>();
        latest.forEach((key, found) -> entries.put(key, CheckEntry.of(found.getKey(), found.getValue(), mask)));
        return entries;
    }

    /** Every change of every run, in the order they were made: a node changed twice has two changes. */
    private Map<ReportPart, List<ChangeEntry>> changesByPart() {
        Map<ReportPart, List<ChangeEntry>> byPart = new EnumMap<>(ReportPart.class);
        for (JournalEntry run : journal.entries()) {
            for (RecordedChange change : run.changes()) {
                byPart.computeIfAbsent(ReportPart.of(CheckId.of(change.checkId())), p -> new ArrayList<>())
                        .add(ChangeEntry.of(change, run, mask));
            }
        }
        return byPart;
    }
}
