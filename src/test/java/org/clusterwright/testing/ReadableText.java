package org.clusterwright.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text a person reads in an exported file: a PDF's extracted text, any other format as it is. */
public final class ReadableText {
    private ReadableText() {
    }

    public static String of(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".pdf")) {
            return Files.readString(file);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
