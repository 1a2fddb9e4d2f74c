package org.clusterwright.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fonts the PDF embeds, so its text can be extracted and looks the same in every viewer. DejaVu where installed
 * (Linux; the tests install fonts-dejavu-core), else the system's own sans and monospace (Windows, macOS), else
 * Liberation Sans, which PDFBox ships inside its own jar and so is always there.
 */
final class PdfFonts {
    static final String SANS = "Report Sans";
    static final String MONO = "Report Mono";
    static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final List<String> SANS_REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf");
    private static final List<String> SANS_BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf",
            "/System/Library/Fonts/Supplemental/Arial Bold.ttf", "/Library/Fonts/Arial Bold.ttf");
    private static final List<String> MONO_REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "/usr/share/fonts/dejavu/DejaVuSansMono.ttf",
            "/usr/share/fonts/TTF/DejaVuSansMono.ttf", "C:/Windows/Fonts/consola.ttf",
            "/System/Library/Fonts/Supplemental/Courier New.ttf", "/Library/Fonts/Courier New.ttf");

    /** A font to embed: the CSS family and weight it stands for, and where its bytes come from. */
    record Face(String family, int weight, String source, Supplier<InputStream> bytes) {
    }

    private PdfFonts() {
    }

    /** The faces found on this machine; a regular sans and a monospace are always among them. */
    static List<Face> faces() {
        Face regular = first(SANS_REGULAR).map(file -> face(SANS, 400, file))
                .orElseGet(() -> new Face(SANS, 400, BUNDLED, PdfFonts::bundled));
        List<Face> faces = new ArrayList<>();
        faces.add(regular);
        // without a bold face the renderer draws bold text in the regular one, still readable
        first(SANS_BOLD).ifPresent(file -> faces.add(face(SANS, 700, file)));
        faces.add(first(MONO_REGULAR).map(file -> face(MONO, 400, file))
                .orElseGet(() -> new Face(MONO, 400, regular.source(), regular.bytes())));
        return faces;
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    private static Face face(String family, int weight, Path file) {
        return new Face(family, weight, file.toString(), () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static InputStream bundled() {
        InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("PDFBox's bundled font " + BUNDLED + " is missing");
        }
        return in;
    }
}
