package org.clusterwright.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {
    private final ChecklistReport report = ReportFixtures.report();
    private final String markdown = new MarkdownReport().render(report);

    @Test
    void everyCheckChangeAndManualItemIsThere() throws Exception {
        Files.writeString(ReportFixtures.samples().resolve("report.md"), markdown);
        for (CheckEntry check : report.checks()) {
            assertThat(markdown).contains("**" + check.status() + "** `" + check.id() + "` on `" + check.target() + "`");
        }
        for (ManualItem item : report.manualItems()) {
            assertThat(markdown).contains("`" + item.key() + "`");
        }
        assertThat(markdown).contains("Backup: `" + ReportFixtures.BACKUP + "`")
                .contains("+EncryptionKey [key " + ReportFixtures.FINGERPRINT + "]");
    }

    @Test
    void manualItemsAreTickedOrOpenBoxesWithTheirInstructions() {
        assertThat(markdown).contains("- [x] `enable-ha`: On any node (node-1): Administration")
                .contains("*Done (ticked " + ReportFixtures.TICKED_AT + ")*")
                .contains("- [ ] `messenger-port@node-1` on `node-1`: Allow inbound TCP 33237")
                .contains("- [ ] `restart`:")
                .contains("  - Link: <http://proget-1.corp.example:8624/administration>")
                .contains("    Invoke-Command -ComputerName 'proget-1.corp.example'")
                .contains("    robocopy \"C:\\ProgramData\\ProGet\\Packages\"");
    }

    @Test
    void theHeaderAndSummaryComeFirst() {
        assertThat(markdown).startsWith("# Cluster checklist: Build feeds (production)\n")
                .contains("| Product | ProGet, version line 2023 to 2024 |")
                .contains("| EncryptionKey fingerprint | " + ReportFixtures.FINGERPRINT + " |")
                .contains("| Report prepared | by auditor, 2025-03-14 10:00:00 UTC")
                .contains("**ERROR**: At least one check failed or could not run. Exit code 2.")
                .contains("| 5 | 1 | 3 | 1 | 1 | 11 |");
        assertThat(markdown.indexOf("## 1. Database and servers")).isLessThan(markdown.indexOf("## 6. Load balancer"));
    }

    @Test
    void textFromResultsCannotBecomeMarkup() {
        String text = Markdown.text("a *b* [link](x) <script> | c\nd");
        assertThat(text).isEqualTo("a \\*b\\* \\[link\\](x) \\<script> \\| c d");
        assertThat(Markdown.text("\\\\files\\share and C:\\ProgramData\\*")).isEqualTo("\\\\\\files\\share and C:\\ProgramData\\\\\\*");
        // a span ending in a backtick is padded, or the fence would swallow it
        assertThat(Markdown.code("uses `tick`")).isEqualTo("`` uses `tick` ``");
    }
}
