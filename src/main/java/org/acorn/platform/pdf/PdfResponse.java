package org.acorn.platform.pdf;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends a PDF to the browser to open (and print or save) under a safe file name. */
public final class PdfResponse {

    private PdfResponse() { }

    public static void send(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + safe(fileName) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }

    /** Letters, digits and dashes before ".pdf", so no header can be forged through a title. */
    static String safe(String fileName) {
        String base = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (base.endsWith(".pdf")) base = base.substring(0, base.length() - 4);
        base = base.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 80) base = base.substring(0, 80);
        return (base.isEmpty() ? "document" : base) + ".pdf";
    }
}
