package org.acorn.directory.currency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.acorn.directory.currency.StaleFilter;
import org.acorn.directory.currency.StaleListings;
import org.acorn.directory.currency.StaleRow;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.web.Csv;

/** /admin/stale.csv?status=&amp;district= : the stale listings page under the same filter, for a spreadsheet. */
@WebServlet(urlPatterns = "/admin/stale.csv")
public class StaleCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> HEADERS = List.of("listing", "id", "name", "organisation id", "organisation", "area",
            "status", "last verified", "reminders sent", "last reminder", "contact by", "needs a call or letter");

    @Inject transient StaleListings stale;
    @Inject transient Network network;
    @Inject transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaleFilter filter = StaleFilter.parse(request.getParameter("status"), request.getParameter("district"),
                network.getDistricts().stream().map(District::getId).toList());
        if (!filter.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The filter could not be used: " + String.join(" ", filter.errors().values()));
            return;
        }
        List<StaleRow> rows;
        try {
            rows = stale.rows(filter);
        } catch (AccessDenied e) { // visitors never get here: AccessFilter sends them to sign in first
            request.setAttribute("acorn.denied", e.getMessage());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"stale-listings-"
                + LocalDate.now(clock.withZone(Dates.ZONE)) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        out.write(Csv.row(HEADERS));
        for (StaleRow r : rows) out.write(Csv.row(row(r)));
        out.flush();
    }

    static List<Object> row(StaleRow r) {
        return Arrays.asList(r.kind(), r.id(), r.name(), r.organisationId(), r.organisationName(), r.areas(),
                r.status().label(), Dates.isoDay(r.lastVerified()), r.remindersSent(), Dates.isoDay(r.lastReminderAt()),
                r.contactPreference().label(), r.needsCallOrLetter() ? "yes" : "no");
    }
}
