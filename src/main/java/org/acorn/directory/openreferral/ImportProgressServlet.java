package org.acorn.directory.openreferral;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.acorn.platform.security.Caller;

/**
 * /admin/import/progress?key=…: the import page's script asks this once a second while its upload runs, as
 * {"stage":"SERVICES","label":"Matching services","done":1200,"total":5000}; 404 before the import has begun.
 */
@WebServlet(urlPatterns = "/admin/import/progress")
public class ImportProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient ImportProgress progress;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!caller.isCoordinatorOrAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String key = request.getParameter("key");
        Optional<ImportProgress.Status> status = key != null && key.matches("[0-9a-f]{32}") ? progress.of(key) : Optional.empty();
        response.setHeader("Cache-Control", "no-store");
        if (status.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImportProgress.Status s = status.get();
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"stage\":\"" + s.stage().name() + "\",\"label\":\"" + s.stage().label()
                + "\",\"done\":" + s.done() + ",\"total\":" + s.total() + "}");
    }
}
