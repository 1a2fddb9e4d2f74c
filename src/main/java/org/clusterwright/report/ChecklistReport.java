package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The checklist report: what was checked, what was changed on which node, and what is still manual, for a person to
 * read and a script to parse. Every format renders this one model, so they cannot disagree. It holds fingerprints and
 * references only; every text in it has passed through {@link org.clusterwright.secrets.SecretMask}.
 *
 * @param kind          always {@value #KIND}, so a script can tell a report from a results file
 * @param schemaVersion the version of {@code report-v2.schema.json} this follows; raised when a field is added or
 *                      changes meaning
 * @param runs          every run the report draws on, in the order the journal recorded them
 */
@JsonPropertyOrder({"kind", "schemaVersion", "header", "summary", "runs", "sections"})
public record ChecklistReport(String kind, int schemaVersion, ReportHeader header, ReportSummary summary,
                              List<RunEntry> runs, List<ReportSection> sections) {
    public static final String KIND = "clusterwright-report";
    public static final int SCHEMA_VERSION = 2;
    /** Where the schema of this version is kept, on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/clusterwright/report/report-v2.schema.json";

    public ChecklistReport {
        runs = List.copyOf(runs);
        sections = List.copyOf(sections);
    }

    public ChecklistReport(ReportHeader header, ReportSummary summary, List<RunEntry> runs, List<ReportSection> sections) {
        this(KIND, SCHEMA_VERSION, header, summary, runs, sections);
    }

    /** The manual items of every section, in report order. */
    public List<ManualItem> manualItems() {
        return sections.stream().flatMap(section -> section.manualItems().stream()).toList();
    }

    /** The changes of every section, in report order. */
    public List<ChangeEntry> changes() {
        return sections.stream().flatMap(section -> section.changes().stream()).toList();
    }

    public List<CheckEntry> checks() {
        return sections.stream().flatMap(section -> section.checks().stream()).toList();
    }
}
