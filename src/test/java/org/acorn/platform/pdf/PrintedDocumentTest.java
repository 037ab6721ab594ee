package org.acorn.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintedDocumentTest {

    @Test
    void longTextFlowsOntoNumberedPagesAndReadsBackInOrder() throws IOException {
        PrintedDocument doc = PrintedDocument.a4("Weekly update").title("Weekly update").small("3 December");
        for (int i = 1; i <= 60; i++) {
            doc.heading("Item " + i).paragraph("Paragraph " + i + " " + "words that wrap across the line ".repeat(8));
        }
        String text = read(doc.toBytes());
        assertThat(pages(doc.toBytes())).isGreaterThan(3);
        assertThat(text).contains("Weekly update · page 1 of ", "Item 1", "Item 60", "Paragraph 60");
        assertThat(text.indexOf("Item 2\n")).isLessThan(text.indexOf("Item 3\n"));
        int last = pages(doc.toBytes());
        assertThat(text).contains("page " + last + " of " + last).doesNotContain("page " + (last + 1) + " of");
    }

    @Test
    void namesInOtherAlphabetsPrintAndWhatNoFontShowsBecomesAQuestionMark() throws IOException {
        byte[] pdf = PrintedDocument.a4("Certificate").centred("Łucja Wiśniewska", 24)
                .paragraph("Γιώργος and Ayşe attended 🎉 on\u0007 time").bullet("Zoë’s group – “quoted”").toBytes();
        String text = read(pdf);
        assertThat(text).contains("Łucja Wiśniewska", "Γιώργος", "Ayşe", "Zoë’s group – “quoted”");
        assertThat(text).contains("attended ? on time");
    }

    @Test
    void aWordWiderThanThePageIsCutRatherThanLost() throws IOException {
        String word = "x".repeat(400);
        String text = read(PrintedDocument.a4("Long").paragraph(word).toBytes());
        assertThat(text.replaceAll("\\s", "")).contains(word);
    }

    @Test
    void anEmptyDocumentIsStillOnePage() throws IOException {
        assertThat(pages(PrintedDocument.a4("Nothing yet").toBytes())).isEqualTo(1);
    }

    @Test
    void fileNamesCannotCarryHeaders() {
        assertThat(PdfResponse.safe("Weekly update: 3 Dec\r\nSet-Cookie: x=1")).isEqualTo("weekly-update-3-dec-set-cookie-x-1.pdf");
        assertThat(PdfResponse.safe("\"../../etc\".pdf")).isEqualTo("etc.pdf");
        assertThat(PdfResponse.safe("")).isEqualTo("document.pdf");
        assertThat(PdfResponse.safe("%%%")).isEqualTo("document.pdf");
    }

    private static String read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
