package org.clusterwright.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reports as a person reads them. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The text of {@code file}: a PDF's extracted text, any other format as it is. */
    public static String readable(Path file) throws IOException {
        if (!file.toString().endsWith(".pdf")) {
            return Files.readString(file);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
