package org.acorn.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Test-only: GET /testing/clock?shift=PT2H moves the {@link ShiftedClock} (PT0S puts it back); answers the portal's now. */
@WebServlet("/testing/clock")
public class ClockServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String s = req.getParameter("shift");
        if (s != null) {
            try {
                ShiftedClock.shift(Duration.parse(s));
            } catch (DateTimeParseException e) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        resp.setContentType("text/plain");
        resp.getWriter().write(java.time.Instant.now().plus(ShiftedClock.shift()).toString());
    }
}
