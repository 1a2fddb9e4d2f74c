package org.clusterwright.report;

import org.clusterwright.check.Status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as one self-contained HTML page: the style sheet inline, no scripts, no images, no external assets.
 * Status is written as a word in a coloured badge, so a grey print says the same; {@code @media print} and
 * {@code @page} rules make it a paged document, which is also what {@link PdfReport} renders.
 */
public final class HtmlReport {
    private static final String STYLE = loadStyle();

    public String render(ChecklistReport report) {
        ReportHeader header = report.header();
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .raw("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"Clusterwright ")
                .text(header.toolVersion()).raw("\"/>\n<title>").text(ReportText.title(report)).raw("</title>\n<style>\n")
                .raw(STYLE).raw(pageFooter(report)).raw("</style>\n</head>\n<body>\n");
        html.element("p", "kicker", "Clusterwright checklist report")
                .element("h1", "", header.profileName().isBlank() ? header.profileId() : header.profileName())
                .element("p", "subtitle", ReportText.productLine(header) + ", " + ReportText.nodes(header.nodes()));
        HtmlHeader.facts(html, header);
        summary(html, report.summary());
        runs(html, report.runs());
        int number = 1;
        for (ReportSection section : report.sections()) {
            html.raw("<section id=\"").text("section-" + section.id()).raw("\">\n")
                    .element("h2", "", number++ + ". " + section.title());
            new HtmlSection(html).render(section);
            html.raw("</section>\n");
        }
        html.element("p", "note", ReportText.SECRECY_NOTE);
        return html.raw("\n</body>\n</html>\n").toString();
    }

    private static void summary(Html html, ReportSummary summary) {
        html.element("h2", "", "Summary").raw("<p class=\"verdict\">").status(summary.worst()).raw(" ")
                .text(ReportText.verdict(summary)).raw("</p>\n<table class=\"counts\">\n");
        List<String> names = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Status status : Status.values()) {
            names.add(status.name());
            counts.add(String.valueOf(summary.count(status)));
        }
        names.add("Total");
        counts.add(String.valueOf(summary.total()));
        html.row("th", names).row("td", counts).raw("</table>\n")
                .element("p", "", "Changes applied: " + summary.changes() + ". Manual items: "
                        + ReportText.manualCounts(summary) + ". Runs recorded: " + summary.runs() + ".");
    }

    private static void runs(Html html, List<RunEntry> runs) {
        html.raw("<div id=\"runs\">\n").element("h2", "", ReportText.RUNS_TITLE);
        if (runs.isEmpty()) {
            html.element("p", "empty", "None.");
        } else {
            html.raw("<table class=\"runs\">\n<thead>")
                    .row("th", List.of("Ended", "What ran", "By", "Clusterwright", "Outcome", "Run"))
                    .raw("</thead>\n<tbody>\n");
            for (RunEntry run : runs) {
                html.raw("<tr id=\"run-").text(run.runId()).raw("\">").element("td", "", ReportText.when(run.finishedAt()))
                        .element("td", "", ReportText.ran(run)).element("td", "", ReportText.orDash(run.by()))
                        .element("td", "", ReportText.orDash(run.toolVersion()))
                        .element("td", "", ReportText.outcome(run)).raw("<td class=\"id\">").code(run.runId())
                        .raw("</td></tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
        html.raw("</div>\n");
    }

    /**
     * The profile's name at the foot of every printed page, as a CSS string. Every character that is not plainly safe
     * is written as a CSS escape: the style sheet is XML text to the PDF renderer (an '&' would break the page) and
     * raw text to a browser (an entity would show as written).
     */
    private static String pageFooter(ChecklistReport report) {
        StringBuilder title = new StringBuilder();
        ReportText.title(report).codePoints().forEach(c -> title.append(
                Character.isLetterOrDigit(c) || " .,:()-_".indexOf(c) >= 0 ? Character.toString(c)
                        : "\\" + Integer.toHexString(c) + " "));
        return "@page { @bottom-left { content: \"" + title + "\"; font-family: \"Report Sans\", sans-serif;"
                + " font-size: 8pt; color: #57606a; } }\n";
    }

    private static String loadStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
