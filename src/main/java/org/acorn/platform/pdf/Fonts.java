package org.acorn.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Helvetica for text it can show (nothing embedded, so a bulletin stays small for a slow connection); otherwise the
 * Liberation Sans that ships inside PDFBox, embedded as a subset, for names in Polish, Greek, Turkish and so on.
 * Characters neither can show become "?".
 */
final class Fonts {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument doc;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDFont wide;

    Fonts(PDDocument doc) {
        this.doc = doc;
    }

    /** A piece of text with the font that shows it. */
    record Run(PDFont font, String text) {
        float width(float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Run fit(String text, boolean strong) {
        PDFont first = strong ? bold : regular;
        if (shows(first, text)) return new Run(first, text);
        PDFont unicode = wide();
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = Character.toString(c);
            shown.append(shows(unicode, one) ? one : "?");
        });
        return new Run(unicode, shown.toString());
    }

    private PDFont wide() {
        if (wide == null) {
            try (InputStream in = Fonts.class.getResourceAsStream(LIBERATION)) {
                if (in == null) throw new IllegalStateException("PDFBox no longer ships " + LIBERATION);
                wide = PDType0Font.load(doc, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return wide;
    }

    private static boolean shows(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Drops control characters (a PDF text run cannot hold them) and turns tabs into spaces. */
    static String printable(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') out.append(' ');
            else if (c == '\n' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) out.appendCodePoint(c);
        });
        return out.toString();
    }
}
