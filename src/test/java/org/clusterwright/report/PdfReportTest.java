package org.clusterwright.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {

    @Test
    void thePdfOpensAndItsTextHoldsEveryCheckIdAndItem() throws Exception {
        ChecklistReport report = ReportFixtures.report();
        byte[] pdf = new PdfReport().render(report);
        Path samples = ReportFixtures.samples();
        Files.write(samples.resolve("report.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            for (CheckEntry check : report.checks()) {
                assertThat(text).contains(check.id().value());
            }
            for (ManualItem item : report.manualItems()) {
                assertThat(text).contains(item.key());
            }
            assertThat(text).contains("Build feeds (production)").contains(ReportFixtures.FINGERPRINT)
                    .contains(ReportFixtures.BACKUP).contains("Page 1 of " + document.getNumberOfPages());
            assertThat(fontsOf(document)).isNotEmpty().allMatch(PDFont::isEmbedded);
            // pictures of the pages, for a person to look at the document an auditor gets
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        samples.resolve("report-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void aProfileNameWithMarkupCharactersStaysText() throws Exception {
        org.clusterwright.profile.Profile profile = ReportFixtures.profile();
        profile.setName("R&D \"lab\" <eu> \\ 100%");
        ChecklistReport report = new ReportBuilder(profile, ReportFixtures.journal()).build();

        try (PDDocument document = Loader.loadPDF(new PdfReport().render(report))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Cluster checklist: R&D \"lab\" <eu> \\ 100%").contains("R&D \"lab\" <eu>");
        }
    }

    private static List<PDFont> fontsOf(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
