package org.acorn.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every upload passes: its type read from its bytes, its size counted, its name made harmless. */
class UploadChecksTest {

    @TempDir Path dir;

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void typeComesFromTheContentNotTheName() throws IOException {
        assertThat(type(PDF, "receipt.pdf")).isEqualTo("application/pdf");
        assertThat(type(PDF, "receipt.jpg")).isEqualTo("application/pdf");
        assertThat(type(PNG, "photo.png")).isEqualTo("image/png");
        byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(type(page, "receipt.pdf")).isNotEqualTo("application/pdf");
        assertThat(UploadRules.receipts(1000).accepts(type(page, "receipt.pdf"))).isFalse();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(UploadRules.documents(1000).accepts(type(program, "minutes.docx"))).isFalse();
    }

    @Test
    void officeDocumentsAreRecognisedAndAccepted() throws IOException {
        String docx = type(ooxml(), "minutes.docx");
        assertThat(docx).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(UploadRules.documents(1000).accepts(docx)).isTrue();
        assertThat(UploadRules.receipts(1000).accepts(docx)).isFalse();
        assertThat(UploadRules.documents(1000).accepts(type("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "list.csv")))
                .isTrue();
    }

    @Test
    void sizeIsCountedWhileCopyingAndStopsPastTheCap() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(FileStore.copyAtMost(new ByteArrayInputStream(new byte[100]), out, 100)).isEqualTo(100);
        assertThat(FileStore.copyAtMost(new ByteArrayInputStream(new byte[200_000]), new ByteArrayOutputStream(), 100_000))
                .isEqualTo(-1);
        assertThat(UploadRules.receipts(5 * 1024 * 1024).maxInWords()).isEqualTo("5 MB");
    }

    @Test
    void namesLoseFoldersAndControlCharacters() {
        assertThat(FileStore.cleanName("C:\\Users\\me\\receipt.pdf")).isEqualTo("receipt.pdf");
        assertThat(FileStore.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileStore.cleanName("a\u0000b\r\n\"c\".pdf")).isEqualTo("abc.pdf");
        assertThat(FileStore.cleanName("..")).isEqualTo("file");
        assertThat(FileStore.cleanName(null)).isEqualTo("file");
        assertThat(FileStore.cleanName("x".repeat(500) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    @Test
    void downloadsAreAttachmentsWithASafeName() {
        assertThat(FileServlet.disposition("Minutes \"final\" ü.pdf"))
                .isEqualTo("attachment; filename=\"Minutes _final_ _.pdf\"; filename*=UTF-8''Minutes%20%22final%22%20%C3%BC.pdf");
    }

    private String type(byte[] content, String name) throws IOException {
        Path file = Files.write(dir.resolve("f" + System.nanoTime()), content);
        return FileStore.mediaType(file, name);
    }

    /** The smallest Word document Tika recognises: a zip whose first entry is [Content_Types].xml. */
    private static byte[] ooxml() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
