package org.clusterwright.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.font.FontMappers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The report as PDF, rendered from the same HTML page with openhtmltopdf, fonts embedded (see {@link PdfFonts}) so
 * the text can be searched and extracted. The page's {@code @page} rules give A4 pages numbered "Page n of m".
 */
public final class PdfReport {
    static {
        // the renderer logs every stage at INFO through java.util.logging; a command line must stay quiet
        XRLog.setLoggingEnabled(false);
        // PDFBox-wide, and so for the whole program: nothing else here draws PDFs with system fonts
        FontMappers.set(JarFontMapper.load());
    }

    public byte[] render(ChecklistReport report) {
        return render(new HtmlReport().render(report), ReportText.title(report));
    }

    byte[] render(String html, String title) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (PdfFonts.Face face : PdfFonts.faces()) {
            builder.useFont(() -> face.bytes().get(), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
        // no base address: the page has no external assets, and nothing it names may be fetched
        builder.withHtmlContent(html, null);
        builder.withProducer("Clusterwright");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be rendered: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }
}
