package org.acorn.bulletins.web;

import org.acorn.platform.web.Faces;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.acorn.bulletins.Bulletins;
import org.acorn.platform.security.Caller;
import org.acorn.updates.web.UpdatePages;

/** /bulletins/progress?id=: queued, sent and failed counts as JSON, polled by the compose page while it sends. */
@WebServlet("/bulletins/progress")
public class ProgressServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject transient Bulletins bulletins;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = Faces.id(req.getParameter("id"));
        if (!caller.isCoordinatorOrAdmin() || id == null || bulletins.find(id).isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        bulletins.finishSending();
        Bulletins.Progress p = bulletins.progress(id);
        String status = bulletins.find(id).orElseThrow().getStatus().name();
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("{\"queued\":" + p.queued() + ",\"sent\":" + p.sent() + ",\"failed\":" + p.failed()
                + ",\"addressed\":" + p.addressed() + ",\"addressing\":" + p.addressing() + ",\"status\":\"" + status + "\"}");
    }
}
