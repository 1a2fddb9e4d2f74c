package org.clusterwright.report;

import java.util.List;

/** One section of the HTML report: a checks table, a changes table and the manual items as boxes. */
final class HtmlSection {
    private final Html html;

    HtmlSection(Html html) {
        this.html = html;
    }

    void render(ReportSection section) {
        if (section.checks().isEmpty()) {
            html.element("p", "empty", ReportText.NO_CHECKS);
        } else {
            html.element("h3", "", "Checks").raw("<table class=\"checks\">\n<thead>")
                    .raw("<tr><th>Status</th><th>Check</th><th>Target</th><th>Result</th><th class=\"num\">Time</th></tr>")
                    .raw("</thead>\n<tbody>\n");
            section.checks().forEach(this::check);
            html.raw("</tbody>\n</table>\n");
        }
        if (!section.changes().isEmpty()) {
            html.element("h3", "", "Changes applied");
            section.changes().forEach(this::change);
        }
        if (!section.manualItems().isEmpty()) {
            html.element("h3", "", "Manual items").raw("<ul class=\"manual\">\n");
            section.manualItems().forEach(this::item);
            html.raw("</ul>\n");
        }
    }

    private void check(CheckEntry check) {
        html.raw("<tr id=\"").text(check.key()).raw("\"><td class=\"status-cell\">").status(check.status())
                .raw("</td><td class=\"id\">").code(check.id().value()).raw("</td>")
                .element("td", "target", check.target())
                .raw("<td>").text(check.summary());
        if (!check.remedy().isBlank()) {
            html.raw("<div class=\"remedy\"><b>Remedy:</b> ").text(check.remedy()).raw("</div>");
        }
        if (!check.evidence().isEmpty()) {
            html.element("div", "evidence", "Evidence: " + ReportText.evidence(check.evidence()));
        }
        if (!check.detail().isBlank()) {
            html.pre("detail", List.of(check.detail()));
        }
        html.raw("<div class=\"ran\">Ran ").text(ReportText.when(check.ranAt())).raw("</div>");
        html.raw("</td>").element("td", "num", ReportText.duration(check.durationMillis())).raw("</tr>\n");
    }

    /** A change is a small table of its own: the paths are long, and a grid of five narrow columns breaks them. */
    private void change(ChangeEntry change) {
        html.raw("<table class=\"change\" id=\"change-").text(change.key())
                .raw("\">\n<tr><td class=\"title\" colspan=\"2\">")
                .status(change.status()).raw(" ").code(change.checkId()).raw(" on ").code(change.node()).raw(": ")
                .text(change.summary()).raw("</td></tr>\n<tr>").element("th", "", "File or setting").raw("<td>")
                .code(change.subject().isBlank() ? "-" : change.subject()).raw("</td></tr>\n<tr>")
                .element("th", "", "Backup").raw("<td>").code(ReportText.backup(change)).raw("</td></tr>\n<tr>")
                .element("th", "", "Made").element("td", "", ReportText.madeBy(change)).raw("</tr>\n");
        if (!change.diff().isEmpty()) {
            html.raw("<tr>").element("th", "", "Diff (secrets masked)").raw("<td>").pre("diff", change.diff())
                    .raw("</td></tr>\n");
        }
        html.raw("</table>\n");
    }

    private void item(ManualItem item) {
        html.raw("<li id=\"item-").text(item.key()).raw("\"><span class=\"box\">").raw(item.done() ? "X" : "&#160;")
                .raw("</span>").element("span", item.done() ? "state state-done" : "state state-open",
                        ReportText.done(item)).raw(" ").code(item.key());
        if (!item.node().isBlank()) {
            html.raw(" on ").code(item.node());
        }
        html.raw("<br/>").text(item.text());
        if (!item.link().isBlank()) {
            html.raw("<br/>Link: ").link(item.link());
        }
        if (!item.commands().isEmpty()) {
            html.pre("commands", item.commands());
        }
        html.raw("</li>\n");
    }
}
