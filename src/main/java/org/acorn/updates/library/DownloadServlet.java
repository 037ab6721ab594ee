package org.acorn.updates.library;

import org.acorn.platform.web.Faces;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.acorn.updates.web.UpdatePages;

/** /updates/library/download?id=&v=: counts the download, then hands over to the file servlet. */
@WebServlet("/updates/library/download")
public class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject transient Library library;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = Faces.id(req.getParameter("id"));
        String v = req.getParameter("v");
        Integer number = v == null ? null : (v.matches("\\d{1,6}") ? Integer.valueOf(v) : -1);
        Optional<String> path = library.download(id, number);
        if (path.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.sendRedirect(req.getContextPath() + path.get());
    }
}
