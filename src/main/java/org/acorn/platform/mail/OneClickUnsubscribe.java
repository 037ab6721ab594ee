package org.acorn.platform.mail;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The List-Unsubscribe address of a feature's emails. POST (RFC 8058 one-click: "List-Unsubscribe=One-Click", sent by
 * the mail program without cookies) stops the emails at once; GET, a person following the link in the email, goes to
 * the feature's page that says what the link stops and asks them to confirm. A feature extends this as its servlet.
 */
public abstract class OneClickUnsubscribe extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Stops what the token names; returns what was stopped ("forum emails about …"), or empty for a bad token. */
    protected abstract Optional<String> stop(String token);

    /** The page (site-relative) that explains the link and asks before stopping. */
    protected abstract String confirmPage();

    /** The page where people choose their emails, offered when a link is not recognised. */
    protected abstract String choicesPage();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String t = req.getParameter("t");
        resp.sendRedirect(req.getContextPath() + confirmPage()
                + (t == null ? "" : "?t=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> stopped = stop(req.getParameter("t"));
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (stopped.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().write("This unsubscribe link is not recognised or has expired. Choose your emails at "
                    + req.getContextPath() + choicesPage() + "\n");
            return;
        }
        resp.getWriter().write("Done: you will get no more " + stopped.get() + ".\n");
    }
}
