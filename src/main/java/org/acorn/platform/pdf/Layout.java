package org.acorn.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Flows blocks down A4 pages: wraps lines to the width, starts a new page when one is full. */
final class Layout {

    private static final float BOTTOM = PrintedDocument.MARGIN + 14; // room for the footer
    private static final float TOP = PrintedDocument.PAGE.getHeight() - PrintedDocument.MARGIN;

    private final PDDocument doc;
    private final Fonts fonts;
    private PDPageContentStream stream;
    private float y;

    Layout(PDDocument doc, Fonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    void place(Block block) throws IOException {
        if (stream == null) newPage();
        switch (block.kind()) {
            case SPACE -> y -= Math.min(block.height(), y - BOTTOM);
            case RULE -> rule();
            case TEXT -> text(block.style(), Fonts.printable(block.text()));
        }
    }

    void finish() throws IOException {
        if (stream == null) newPage();
        stream.close();
    }

    private void text(Style style, String text) throws IOException {
        y -= style.before();
        boolean heading = style.bold() && !style.centred();
        // a heading never sits alone at the foot of a page
        if (heading && y - style.leading() * 3 < BOTTOM) newPage();
        float width = PrintedDocument.WIDTH - style.indent();
        boolean first = true;
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isBlank()) {
                y -= style.leading() / 2;
                continue;
            }
            for (Fonts.Run line : wrap(paragraph.strip(), style, width)) {
                if (y - style.leading() < BOTTOM) newPage();
                y -= style.leading();
                float x = PrintedDocument.MARGIN + style.indent();
                if (style.centred()) x = PrintedDocument.MARGIN + (PrintedDocument.WIDTH - line.width(style.size())) / 2;
                if (first && style == Style.BULLET) show(fonts.fit("•", false), style, PrintedDocument.MARGIN + 3, y);
                show(line, style, x, y);
                first = false;
            }
        }
        y -= style.after();
    }

    private void show(Fonts.Run run, Style style, float x, float at) throws IOException {
        stream.beginText();
        float shade = style.grey() ? 0.35f : 0f;
        stream.setNonStrokingColor(shade, shade, shade);
        stream.setFont(run.font(), style.size());
        stream.newLineAtOffset(x, at);
        stream.showText(run.text());
        stream.endText();
    }

    /** Greedy word wrap; a word wider than the line is cut where it must be. */
    List<Fonts.Run> wrap(String paragraph, Style style, float width) {
        List<Fonts.Run> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate, style, width)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(fonts.fit(line.toString(), style.bold()));
            line.setLength(0);
            String rest = word;
            while (!fits(rest, style, width)) {
                int cut = longestFit(rest, style, width);
                lines.add(fonts.fit(rest.substring(0, cut), style.bold()));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) lines.add(fonts.fit(line.toString(), style.bold()));
        return lines;
    }

    private int longestFit(String word, Style style, float width) {
        int cut = 1;
        while (cut < word.length() && fits(word.substring(0, word.offsetByCodePoints(cut, 1)), style, width)) {
            cut = word.offsetByCodePoints(cut, 1);
        }
        return cut;
    }

    private boolean fits(String text, Style style, float width) {
        return fonts.fit(text, style.bold()).width(style.size()) <= width;
    }

    private void rule() throws IOException {
        if (y - 12 < BOTTOM) newPage();
        y -= 6;
        stream.setStrokingColor(0.7f, 0.7f, 0.7f);
        stream.setLineWidth(0.5f);
        stream.moveTo(PrintedDocument.MARGIN, y);
        stream.lineTo(PrintedDocument.MARGIN + PrintedDocument.WIDTH, y);
        stream.stroke();
        y -= 6;
    }

    private void newPage() throws IOException {
        if (stream != null) stream.close();
        PDPage page = new PDPage(PrintedDocument.PAGE);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = TOP;
    }
}
