package org.acorn.bulletins.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.acorn.bulletins.BulletinPdf;
import org.acorn.bulletins.Bulletins;
import org.acorn.platform.pdf.PdfResponse;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.updates.UpdateReaders;
import org.acorn.updates.UpdateVisibility;

/** /bulletins/bulletin.pdf?id= — a sent bulletin to print and post; for the same readers as its archive page. */
@WebServlet("/bulletins/bulletin.pdf")
public class BulletinPdfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject transient BulletinPdf pdf;
    @Inject transient Bulletins bulletins;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = Faces.id(req.getParameter("id"));
        Optional<byte[]> doc = !UpdateReaders.of(caller).contains(UpdateVisibility.MEMBERS) || id == null ? Optional.empty() : pdf.of(id);
        if (doc.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponse.send(resp, bulletins.find(id).orElseThrow().getTitle(), doc.get());
    }
}
