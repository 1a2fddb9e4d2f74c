package org.clusterwright.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private final ChecklistReport report = ReportFixtures.report();
    private final String html = new HtmlReport().render(report);

    @Test
    void everyCheckChangeAndManualItemIsThere() throws Exception {
        Files.writeString(ReportFixtures.samples().resolve("report.html"), html);
        for (CheckEntry check : report.checks()) {
            assertThat(html).contains("<tr id=\"" + check.key() + "\">").contains("<code>" + check.id() + "</code>");
        }
        for (ManualItem item : report.manualItems()) {
            assertThat(html).contains("<li id=\"item-" + item.key() + "\">");
        }
        assertThat(html).contains("<code>" + ReportFixtures.BACKUP + "</code>")
                .contains("Invoke-Command -ComputerName &#39;proget-1.corp.example&#39;");
    }

    @Test
    void statusIsAWordNotOnlyAColourAndBoxesSayOpenOrDone() {
        assertThat(html).contains("<span class=\"status s-pass\">PASS</span>")
                .contains("<span class=\"status s-skip\">SKIP</span>")
                .contains("<span class=\"status s-warn\">WARN</span>")
                .contains("<span class=\"status s-fail\">FAIL</span>")
                .contains("<span class=\"status s-error\">ERROR</span>")
                .contains("<span class=\"box\">X</span><span class=\"state state-done\">Done (ticked "
                        + ReportFixtures.TICKED_AT + ")</span>")
                .contains("<span class=\"box\">&#160;</span><span class=\"state state-open\">Open</span>");
    }

    @Test
    void thePageStandsAloneAndPrints() {
        assertThat(html).contains("<style>").contains("@media print").contains("@page")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("url(")
                .doesNotContain("@import");
    }

    @Test
    void thePageIsWellFormedXmlSoThePdfRendererReadsWhatABrowserShows() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("section").getLength()).isEqualTo(report.sections().size());
    }

    @Test
    void textFromResultsIsEscaped() {
        assertThat(Html.escape("<b onclick=\"x\">&'")).isEqualTo("&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;");
        assertThat(new Html().link("javascript:alert(1)").toString()).isEqualTo("javascript:alert(1)");
    }
}
