package org.acorn.bulletins.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acorn.bulletins.BulletinRefused;
import org.acorn.bulletins.Bulletins;
import org.acorn.bulletins.audience.Recipient;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Csv;
import org.acorn.platform.web.Faces;

/**
 * /bulletins/contact-list.csv?id= — the print list and the call list of a bulletin's audience (every member
 * organisation without id) as one CSV for a mail merge or a ring-round: how, name, organisation, address, phone.
 */
@WebServlet("/bulletins/contact-list.csv")
public class ContactListCsvServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final List<String> HEADERS = List.of("How", "Name", "Organisation", "Postal address", "Phone");

    @Inject transient Bulletins bulletins;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getParameter("id");
        Long id = raw == null ? null : Faces.id(raw);
        if (!caller.isCoordinatorOrAdmin() || (raw != null && (id == null || bulletins.find(id).isEmpty()))) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Recipient> post;
        List<Recipient> phone;
        try {
            post = bulletins.printList(id);
            phone = bulletins.callList(id);
        } catch (BulletinRefused e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/csv;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"post-and-phone" + (id == null ? "" : "-bulletin-" + id) + ".csv\"");
        resp.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        out.write(Csv.row(HEADERS));
        for (Recipient r : post) out.write(Csv.row(List.of("Post", r.name(), nz(r.organisation()), nz(r.postalAddress()), nz(r.phone()))));
        for (Recipient r : phone) out.write(Csv.row(List.of("Phone", r.name(), nz(r.organisation()), nz(r.postalAddress()), nz(r.phone()))));
        out.flush();
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
