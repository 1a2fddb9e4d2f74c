package org.clusterwright.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The checklist report: what was checked, what was changed on which node, and what is still manual, for a person to
 * read and a script to parse. Every format renders this one model, so they cannot disagree. It holds fingerprints and
 * references only; every text in it has passed through {@link SecretMask}.
 *
 * @param kind          always {@value #KIND}, so a script can tell a report from a results file
 * @param schemaVersion the version of {@code report-v1.schema.json} this follows; raised when a field changes meaning
 */
@JsonPropertyOrder({"kind", "schemaVersion", "header", "summary", "sections"})
public record ChecklistReport(String kind, int schemaVersion, ReportHeader header, ReportSummary summary,
                              List<ReportSection> sections) {
    public static final String KIND = "clusterwright-report";
    public static final int SCHEMA_VERSION = 1;
    /** Where the schema of this version is kept, on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/clusterwright/report/report-v1.schema.json";

    public ChecklistReport {
        sections = List.copyOf(sections);
    }

    public ChecklistReport(ReportHeader header, ReportSummary summary, List<ReportSection> sections) {
        this(KIND, SCHEMA_VERSION, header, summary, sections);
    }

    /** The manual items of every section, in report order. */
    public List<ManualItem> manualItems() {
        return sections.stream().flatMap(section -> section.manualItems().stream()).toList();
    }

    public List<CheckEntry> checks() {
        return sections.stream().flatMap(section -> section.checks().stream()).toList();
    }
}
