package org.acorn.forum.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The List-Unsubscribe address of forum emails. POST (RFC 8058 one-click: "List-Unsubscribe=One-Click", sent by
 * the mail program without cookies) stops the emails at once; GET, a person following the link in the email,
 * goes to the page that says what the link stops and asks them to confirm.
 */
@WebServlet(Unsubscribe.PATH)
public class UnsubscribeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject transient Unsubscribe unsubscribe;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String t = req.getParameter("t");
        resp.sendRedirect(req.getContextPath() + "/forum/unsubscribe.xhtml"
                + (t == null ? "" : "?t=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> stopped = unsubscribe.apply(req.getParameter("t"));
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (stopped.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().write("This unsubscribe link is not recognised or has expired. Choose your forum emails at "
                    + req.getContextPath() + "/forum/notifications.xhtml\n");
            return;
        }
        resp.getWriter().write("Done: you will get no more " + stopped.get() + ".\n");
    }
}
