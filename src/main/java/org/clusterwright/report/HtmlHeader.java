package org.clusterwright.report;

import java.util.List;

/** The HTML report's facts table and node list. */
final class HtmlHeader {
    private HtmlHeader() {
    }

    static void facts(Html html, ReportHeader header) {
        html.raw("<table class=\"facts\">\n");
        ReportText.facts(header).forEach(fact -> html.raw("<tr>").element("th", "", fact.getKey())
                .element("td", "", fact.getValue()).raw("</tr>\n"));
        html.raw("</table>\n");
        if (!header.notes().isEmpty()) {
            html.element("h3", "", ReportText.NOTES_TITLE).raw("<ul class=\"notes\">\n");
            header.notes().forEach(note -> html.element("li", "", note).raw("\n"));
            html.raw("</ul>\n");
        }
        html.element("h3", "", "Nodes");
        html.raw("<table class=\"nodes\">\n<thead>").row("th", List.of("Node", "Host", "Access", "Address", "Roles"))
                .raw("</thead>\n<tbody>\n");
        for (ReportHeader.Node node : header.nodes()) {
            html.raw("<tr><td class=\"id\">").code(node.name()).raw("</td>")
                    .element("td", "", ReportText.orDash(node.host()))
                    .element("td", "access", ReportText.orDash(node.access()))
                    .raw("<td>").link(ReportText.orDash(node.baseUrl())).raw("</td>")
                    .element("td", "", ReportText.nodeRoles(node)).raw("</tr>\n");
        }
        if (header.nodes().isEmpty()) {
            html.raw("<tr><td colspan=\"5\" class=\"empty\">The profile has no nodes.</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }

}
