package org.acorn.directory.gaps.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.gaps.GapQuery;
import org.acorn.directory.gaps.GapReport;
import org.acorn.directory.gaps.GapTable;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.NotSignedIn;
import org.acorn.platform.web.Csv;

/**
 * /reports/gaps.csv?view=&amp;expand=&amp;closed= : the report's view as a spreadsheet, one row per district and
 * one column per heading, then the district's gaps and possible overlaps.
 */
@WebServlet(urlPatterns = "/reports/gaps.csv")
public class GapsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient GapReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GapQuery query = GapQuery.parse(request.getParameter("view"), request.getParameter("expand"),
                request.getParameter("closed"));
        GapTable table;
        try {
            if (!query.valid()) throw new InvalidInput(query.errors());
            table = report.table(query);
        } catch (NotSignedIn e) {
            String back = "/reports/gaps.csv" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/account/login.xhtml?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        } catch (AccessDenied e) {
            request.setAttribute("acorn.denied", e.getMessage());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The report could not be made: " + String.join(" ", e.errors().values()));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"gaps-" + query.dimension().taxonomy()
                + (query.expand() == null ? "" : "-" + query.expand()) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        for (List<Object> row : rows(table)) out.write(Csv.row(row));
        out.flush();
    }

    static List<List<Object>> rows(GapTable table) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add("district");
        table.getColumns().forEach(c -> header.add(c.label()));
        header.add("gaps (" + table.getGapMax() + " or fewer)");
        header.add("possible overlaps (" + table.getOverlapMin() + " or more)");
        rows.add(header);
        for (GapTable.Row r : table.getRows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.area().label());
            r.cells().forEach(c -> row.add(c.count()));
            row.add(r.getGaps());
            row.add(r.getOverlaps());
            rows.add(row);
        }
        return rows;
    }
}
