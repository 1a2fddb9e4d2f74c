package org.clusterwright.report;

import org.clusterwright.check.Status;

import java.util.Arrays;
import java.util.List;

/** The report as Markdown: one heading per section, checks, changes and manual items as lists, boxes as [ ] / [x]. */
public final class MarkdownReport {
    public String render(ChecklistReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Markdown.text(ReportText.title(report))).append("\n\n");
        header(out, report.header());
        summary(out, report.summary());
        runs(out, report.runs());
        int number = 1;
        for (ReportSection section : report.sections()) {
            out.append("## ").append(number++).append(". ").append(Markdown.text(section.title())).append("\n\n");
            new MarkdownSection(out).render(section);
        }
        out.append("---\n\n").append(Markdown.text(ReportText.SECRECY_NOTE)).append('\n');
        return out.toString();
    }

    private static void header(StringBuilder out, ReportHeader header) {
        out.append("| | |\n|---|---|\n");
        ReportText.facts(header).forEach(fact -> out.append("| ").append(fact.getKey()).append(" | ")
                .append(Markdown.text(fact.getValue())).append(" |\n"));
        if (!header.notes().isEmpty()) {
            out.append('\n').append(ReportText.NOTES_TITLE).append(":\n\n");
            header.notes().forEach(note -> out.append("- ").append(Markdown.text(note)).append('\n'));
        }
        out.append("\n### Nodes (").append(ReportText.nodes(header.nodes())).append(")\n\n");
        out.append("| Node | Host | Access | Address | Roles |\n|---|---|---|---|---|\n");
        for (ReportHeader.Node node : header.nodes()) {
            out.append("| ").append(String.join(" | ", Markdown.code(node.name()),
                    Markdown.text(ReportText.orDash(node.host())), Markdown.text(ReportText.orDash(node.access())),
                    codeOrDash(node.baseUrl()),
                    Markdown.text(ReportText.nodeRoles(node)))).append(" |\n");
        }
        out.append('\n');
    }

    private static void summary(StringBuilder out, ReportSummary summary) {
        out.append("## Summary\n\n**").append(summary.worst()).append("**: ")
                .append(Markdown.text(ReportText.verdict(summary))).append("\n\n");
        List<String> statuses = Arrays.stream(Status.values()).map(Enum::name).toList();
        out.append("| ").append(String.join(" | ", statuses)).append(" | Total |\n|")
                .append("---|".repeat(statuses.size() + 1)).append('\n').append("| ");
        for (Status status : Status.values()) {
            out.append(summary.count(status)).append(" | ");
        }
        out.append(summary.total()).append(" |\n\n");
        out.append("Changes applied: ").append(summary.changes()).append(". Manual items: ")
                .append(ReportText.manualCounts(summary)).append(". Runs recorded: ").append(summary.runs())
                .append(".\n\n");
    }

    private static void runs(StringBuilder out, List<RunEntry> runs) {
        out.append("## ").append(ReportText.RUNS_TITLE).append("\n\n");
        if (runs.isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        out.append("| Ended | What ran | By | Clusterwright | Outcome | Run |\n|---|---|---|---|---|---|\n");
        for (RunEntry run : runs) {
            out.append("| ").append(String.join(" | ", ReportText.when(run.finishedAt()),
                    Markdown.text(ReportText.ran(run)), Markdown.text(ReportText.orDash(run.by())),
                    Markdown.text(ReportText.orDash(run.toolVersion())), Markdown.text(ReportText.outcome(run)),
                    Markdown.code(run.runId()))).append(" |\n");
        }
        out.append('\n');
    }

    private static String codeOrDash(String value) {
        return value == null || value.isBlank() ? "-" : Markdown.code(value);
    }
}
