package org.acorn.search.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.acorn.platform.config.Settings;
import org.acorn.platform.web.Csv;
import org.acorn.search.SearchRequest;
import org.acorn.search.SearchResults;

/**
 * /search.csv with the search page's parameters: the same results, for whoever is reading (visibility
 * applies), as a spreadsheet. Capped at {@value #MAX_ROWS} rows.
 */
@WebServlet(urlPatterns = "/search.csv")
public class SearchCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SearchCsvServlet.class.getName());
    static final int MAX_ROWS = 1000;
    static final List<String> HEADERS = List.of("type", "name", "link", "last verified", "note", "summary");

    @Inject transient ResultRows rows;
    @Inject transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SearchParameters params = SearchParameters.of(request.getParameterMap());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"search-results.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.BOM);
        out.write(Csv.row(HEADERS));
        int written = 0;
        int size = SearchRequest.MAX_PAGE_SIZE;
        for (int page = 1; written < MAX_ROWS; page++) {
            SearchResults r = rows.search(params, page, size);
            for (ResultRows.Row row : rows.rows(r)) {
                out.write(Csv.row(List.of(row.kind(), row.title(), settings.baseUrl() + request.getContextPath() + row.url(),
                        row.verified(), row.flag(), row.summary())));
                written++;
            }
            if ((long) page * size >= r.total() || r.hits().isEmpty()) break;
        }
        out.flush();
        int n = written;
        LOG.info(() -> "event=search.exported rows=" + n);
    }
}
