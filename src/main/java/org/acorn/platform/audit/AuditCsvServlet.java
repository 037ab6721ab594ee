package org.acorn.platform.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.web.Csv;

/**
 * /admin/audit.csv?q=&amp;action=&amp;type=&amp;from=&amp;to= : the audit log under the same filter as the
 * page, as a CSV download. Who may have it is decided by {@link AuditTrail}, exactly as for the page.
 */
@WebServlet(urlPatterns = "/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditCsvServlet.class.getName());
    static final List<String> HEADERS = List.of("when", "actor", "action", "target type", "target id", "target",
            "on behalf of", "detail");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditQuery.ZONE);

    @Inject transient AuditTrail trail;
    @Inject transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            trail.requireReader();
        } catch (AccessDenied e) { // visitors never get here: AccessFilter sends them to sign in first
            request.setAttribute("acorn.denied", e.getMessage());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AuditQuery query = AuditQuery.parse(request.getParameter("q"), request.getParameter("action"),
                request.getParameter("type"), request.getParameter("from"), request.getParameter("to"));
        if (!query.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The filter could not be used: " + String.join(" ", query.errors().values()));
            return;
        }
        String filename = "audit-" + LocalDate.now(clock.withZone(AuditQuery.ZONE)) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        out.write(Csv.row(HEADERS));
        int[] rows = {0};
        trail.export(query, e -> {
            try {
                out.write(Csv.row(row(e)));
                rows[0]++;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        out.flush();
        LOG.info(() -> "event=audit.exported rows=" + rows[0]);
    }

    static List<Object> row(AuditEntry e) {
        return Arrays.asList(WHEN.format(e.getOccurredAt()), e.getActorName(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getTargetLabel(), e.getOnBehalfOf(), e.getDetail());
    }
}
