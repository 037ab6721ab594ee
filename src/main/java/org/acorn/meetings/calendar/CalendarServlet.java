package org.acorn.meetings.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /meetings/calendar/series/N.ics, /body/N.ics, /meeting/N.ics and /my/TOKEN.ics. Unknown or hidden ids and
 * revoked tokens are all a plain 404.
 */
@WebServlet("/meetings/calendar/*")
public class CalendarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(series|body|meeting|my)/([A-Za-z0-9_-]{1,64})\\.ics");

    @Inject Calendars calendars;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<String> ics = Optional.empty();
        if (m.matches()) {
            String what = m.group(1);
            String id = m.group(2);
            Long n = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
            ics = switch (what) {
                case "series" -> n == null ? Optional.empty() : calendars.series(n);
                case "body" -> n == null ? Optional.empty() : calendars.body(n);
                case "meeting" -> n == null ? Optional.empty() : calendars.meeting(n);
                default -> calendars.personal(id);
            };
        }
        if (ics.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/calendar; charset=UTF-8");
        // a private feed is nobody else's business: no shared caches
        resp.setHeader("Cache-Control", "my".equals(m.group(1)) ? "private, no-store" : "no-cache");
        if ("meeting".equals(m.group(1))) resp.setHeader("Content-Disposition", "attachment; filename=\"meeting-" + m.group(2) + ".ics\"");
        byte[] bytes = ics.get().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
