package org.acorn.search.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.search.SiteIndex;
import org.acorn.search.Suggestion;

/**
 * /search/suggest?q=men → {@code [{"title":"Child Mental Health Drop-in","url":"/…"}]}: titles the reader
 * may see, for the search box's list as they type. Short, long or odd input gives an empty list.
 */
@WebServlet(urlPatterns = "/search/suggest")
public class SuggestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SuggestServlet.class.getName());
    static final int MIN_TYPED = 2;
    static final int MAX_TYPED = 100;
    static final int COUNT = 8;

    @Inject transient SiteIndex index;
    @Inject transient ResultRows rows;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("q");
        List<Suggestion> found = List.of();
        if (typed != null && typed.strip().length() >= MIN_TYPED && typed.length() <= MAX_TYPED) {
            try {
                found = index.suggest(typed.strip(), rows.readerMaySee(), rows.readerGroups(), COUNT);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "event=search.suggest.failed", e); // suggestions are a convenience: none this time
            }
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Suggestion s : found) {
            out.add(Json.createObjectBuilder().add("title", s.title()).add("url", request.getContextPath() + s.url()));
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store"); // what a reader may see depends on who they are
        response.getWriter().write(out.build().toString());
    }
}
