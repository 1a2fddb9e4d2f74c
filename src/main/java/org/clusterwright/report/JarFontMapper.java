package org.clusterwright.report;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Answers PDFBox's requests for fonts that are not embedded with the Liberation Sans in PDFBox's own jar. The PDF
 * renderer sets up the standard PDF fonts (Times, Symbol, ...) as fallbacks even though the report draws only with
 * the fonts it embeds; PDFBox's default mapper would scan every font installed on the machine to find them, slowly
 * on the first run and with a warning on each. The report never draws with them, so one stand-in is enough.
 */
final class JarFontMapper implements FontMapper {
    private final TrueTypeFont standIn;

    private JarFontMapper(TrueTypeFont standIn) {
        this.standIn = standIn;
    }

    static JarFontMapper load() {
        try (InputStream in = JarFontMapper.class.getResourceAsStream(PdfFonts.BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's bundled font " + PdfFonts.BUNDLED + " is missing");
            }
            return new JarFontMapper(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // not flagged as a fallback: the stand-in is chosen on purpose, so PDFBox has nothing to warn about
    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(standIn, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(standIn, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, standIn, false);
    }
}
