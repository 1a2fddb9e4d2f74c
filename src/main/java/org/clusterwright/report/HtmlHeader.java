package org.clusterwright.report;

import java.util.List;

/** The HTML report's facts table and node list. */
final class HtmlHeader {
    private HtmlHeader() {
    }

    static void facts(Html html, ReportHeader header) {
        html.raw("<table class=\"facts\">\n");
        fact(html, "Profile", header.profileName() + " (" + header.profileId() + ")");
        fact(html, "Product", ReportText.productLine(header));
        fact(html, "Database", orDash(header.databaseKind()));
        fact(html, "Shared storage", orDash(header.storagePath()));
        fact(html, "Load balancer", orDash(header.loadBalancerUrl()));
        fact(html, "EncryptionKey fingerprint", orDash(header.keyFingerprint()));
        fact(html, "Checks run", ReportText.when(header.checks().startedAt()) + " to "
                + ReportText.when(header.checks().finishedAt()) + ", Clusterwright " + orDash(header.checks().toolVersion()));
        fact(html, "Report prepared", "by " + orDash(header.preparedBy()) + ", " + ReportText.when(header.preparedAt())
                + ", Clusterwright " + header.toolVersion());
        html.raw("</table>\n").element("h3", "", "Nodes");
        html.raw("<table class=\"nodes\">\n<thead>").row("th", List.of("Node", "Host", "Access", "Address", "Roles"))
                .raw("</thead>\n<tbody>\n");
        for (ReportHeader.Node node : header.nodes()) {
            html.raw("<tr><td class=\"id\">").code(node.name()).raw("</td>").element("td", "", orDash(node.host()))
                    .element("td", "access", orDash(node.access())).raw("<td>").link(orDash(node.baseUrl())).raw("</td>")
                    .element("td", "", ReportText.nodeRoles(node)).raw("</tr>\n");
        }
        if (header.nodes().isEmpty()) {
            html.raw("<tr><td colspan=\"5\" class=\"empty\">The profile has no nodes.</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void fact(Html html, String label, String value) {
        html.raw("<tr>").element("th", "", label).element("td", "", value).raw("</tr>\n");
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
