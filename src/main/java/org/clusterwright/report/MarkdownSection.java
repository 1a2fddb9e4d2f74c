package org.clusterwright.report;

import java.util.Arrays;
import java.util.List;

/** One section of the Markdown report: its checks, its changes and its manual items. */
final class MarkdownSection {
    private final StringBuilder out;

    MarkdownSection(StringBuilder out) {
        this.out = out;
    }

    void render(ReportSection section) {
        if (section.checks().isEmpty()) {
            out.append(ReportText.NO_CHECKS).append("\n\n");
        } else {
            out.append("### Checks\n\n");
            section.checks().forEach(this::check);
            out.append('\n');
        }
        if (!section.changes().isEmpty()) {
            out.append("### Changes applied\n\n");
            section.changes().forEach(this::change);
            out.append('\n');
        }
        if (!section.manualItems().isEmpty()) {
            out.append("### Manual items\n\n");
            section.manualItems().forEach(this::item);
            out.append('\n');
        }
    }

    private void check(CheckEntry check) {
        out.append("- **").append(check.status()).append("** ").append(Markdown.code(check.id().value()))
                .append(" on ").append(Markdown.code(check.target())).append(": ")
                .append(Markdown.text(check.summary())).append(" (").append(ReportText.duration(check.durationMillis()))
                .append(", ran ").append(ReportText.when(check.ranAt())).append(")\n");
        if (!check.remedy().isBlank()) {
            out.append("  - Remedy: ").append(Markdown.text(check.remedy())).append('\n');
        }
        if (!check.evidence().isEmpty()) {
            out.append("  - Evidence: ").append(Markdown.text(ReportText.evidence(check.evidence()))).append('\n');
        }
        if (!check.detail().isBlank()) {
            out.append("  - Detail:\n\n");
            Markdown.block(out, "    ", "text", lines(check.detail()));
            out.append('\n');
        }
    }

    private void change(ChangeEntry change) {
        out.append("- **").append(change.status()).append("** ").append(Markdown.code(change.checkId()))
                .append(" on ").append(Markdown.code(change.node())).append(": ").append(Markdown.text(change.summary()))
                .append('\n');
        out.append("  - File or setting: ").append(change.subject().isBlank() ? "-" : Markdown.code(change.subject()))
                .append('\n');
        out.append("  - Backup: ").append(change.backup().isBlank() ? "none" : Markdown.code(change.backup()))
                .append('\n');
        out.append("  - Made: ").append(Markdown.text(ReportText.madeBy(change))).append('\n');
        if (!change.diff().isEmpty()) {
            out.append("  - Diff (secrets masked):\n\n");
            Markdown.block(out, "    ", "diff", change.diff());
            out.append('\n');
        }
    }

    private void item(ManualItem item) {
        out.append("- [").append(item.done() ? "x" : " ").append("] ").append(Markdown.code(item.key()))
                .append(item.node().isBlank() ? "" : " on " + Markdown.code(item.node())).append(": ")
                .append(Markdown.text(item.text())).append(" *").append(Markdown.text(ReportText.done(item)))
                .append("*\n");
        if (!item.link().isBlank()) {
            out.append("  - Link: <").append(item.link().replace(">", "%3E")).append(">\n");
        }
        if (!item.commands().isEmpty()) {
            out.append("  - Commands:\n\n");
            Markdown.block(out, "    ", "text", item.commands());
            out.append('\n');
        }
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\\R", -1));
    }
}
