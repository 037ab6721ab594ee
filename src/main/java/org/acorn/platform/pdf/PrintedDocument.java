package org.acorn.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A printable A4 document for people who read on paper: bulletins sent by post, certificates, registers. Text is
 * flowed onto pages with word wrapping and a footer ("title · page n of N"); nothing is drawn until
 * {@link #toBytes()}, so a caller only says what the document holds, in order.
 *
 * <pre>{@code
 * byte[] pdf = PrintedDocument.a4("Weekly update, 3 December")
 *         .title("Weekly update").small("Dalesborough Children's VCS Group")
 *         .heading("LSCB update").paragraph(text).bullet("Book by Friday")
 *         .toBytes();
 * PdfResponse.send(response, "weekly-update.pdf", pdf);
 * }</pre>
 *
 * Any text is accepted: characters the fonts cannot show print as "?" rather than failing (see {@link Fonts}).
 */
public final class PrintedDocument {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56; // 2 cm
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private final String name;
    private final List<Block> blocks = new ArrayList<>();

    private PrintedDocument(String name) {
        this.name = Fonts.printable(name);
    }

    /** @param name the document's name, shown in every page's footer and in the PDF's properties */
    public static PrintedDocument a4(String name) {
        return new PrintedDocument(name);
    }

    /** The big line at the top of a document. */
    public PrintedDocument title(String text) { return add(new Block(Style.TITLE, text)); }

    public PrintedDocument heading(String text) { return add(new Block(Style.HEADING, text)); }

    public PrintedDocument subheading(String text) { return add(new Block(Style.SUBHEADING, text)); }

    /** Body text; line breaks in it start new lines, blank lines new paragraphs. */
    public PrintedDocument paragraph(String text) { return add(new Block(Style.BODY, text)); }

    public PrintedDocument bullet(String text) { return add(new Block(Style.BULLET, text)); }

    /** Smaller grey text: dates, addresses, a web address to find the item online. */
    public PrintedDocument small(String text) { return add(new Block(Style.SMALL, text)); }

    /** Centred large text, as on a certificate. */
    public PrintedDocument centred(String text, float size) { return add(new Block(Style.centred(size), text)); }

    /** A thin line across the page. */
    public PrintedDocument rule() { return add(Block.RULE); }

    /** Vertical space, in points (72 to the inch). */
    public PrintedDocument space(float points) { return add(Block.space(points)); }

    private PrintedDocument add(Block block) {
        blocks.add(block);
        return this;
    }

    /** Lays the document out and returns the PDF. */
    public byte[] toBytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(name);
            info.setCreator("Acorn");
            Fonts fonts = new Fonts(doc);
            Layout layout = new Layout(doc, fonts);
            for (Block block : blocks) layout.place(block);
            layout.finish();
            footers(doc, fonts);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF " + name, e);
        }
    }

    private void footers(PDDocument doc, Fonts fonts) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                String footer = name + " · page " + (i + 1) + " of " + pages;
                Fonts.Run run = fonts.fit(footer, false);
                s.beginText();
                s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                s.setFont(run.font(), 8);
                s.newLineAtOffset(MARGIN, MARGIN / 2);
                s.showText(run.text());
                s.endText();
            }
        }
    }
}
