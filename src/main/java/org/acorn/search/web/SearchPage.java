package org.acorn.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.search.SearchQuery;
import org.acorn.search.SearchResults;
import org.acorn.search.SearchSource;

/**
 * Backs /search.xhtml: everything is in the GET URL (see {@link SearchParameters}), so a search can be
 * bookmarked, shared, printed and downloaded as it is. Never an error page: odd input is explained.
 */
@Named
@RequestScoped
public class SearchPage {

    private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());
    static final int PAGE_SIZE = 20;

    @Inject ResultRows rows;

    private SearchParameters params = new SearchParameters("", List.of(), "", "", 1);
    private SearchResults results;
    private List<ResultRows.Row> hits = List.of();
    private List<FacetView> facets = List.of();
    private final List<String> notes = new ArrayList<>();
    private boolean unavailable;

    public record ValueView(String label, int count, boolean chosen, String url) { }

    public record FacetView(String id, String heading, boolean chosen, String clearUrl, List<ValueView> values) { }

    public void load() {
        FacesContext fc = FacesContext.getCurrentInstance();
        params = SearchParameters.of(fc.getExternalContext().getRequestParameterValuesMap());
        try {
            results = rows.search(params, params.page(), PAGE_SIZE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "event=search.failed", e);
            unavailable = true;
            notes.add("Search is not available just now. Please try again in a minute.");
            return;
        }
        hits = rows.rows(results);
        facets = facetViews();
        explain();
    }

    private void explain() {
        SearchQuery understood = SearchQuery.parse(params.q());
        if (params.textCut()) notes.add("Only the first " + SearchQuery.MAX_INPUT + " characters of your search were used.");
        if (!params.q().isBlank() && understood.isEmpty()) {
            notes.add("Your search had no words we could look for, so everything is listed. Try plain words, such as youth club.");
        }
        if (results.closeMatches()) notes.add("Nothing matched exactly, so close spellings are shown.");
        if (results.total() == 0) {
            notes.add(params.narrowed() ? "Nothing matched. Try fewer words, or remove some of your choices."
                    : "Nothing matched. Try fewer or different words.");
        }
    }

    private List<FacetView> facetViews() {
        Map<String, String> labels = new LinkedHashMap<>();
        rows.sources().values().stream().map(SearchSource::facetLabels).forEach(labels::putAll);
        List<SearchResults.FacetGroup> groups = new ArrayList<>(results.facets());
        List<String> order = new ArrayList<>(labels.keySet());
        groups.sort(java.util.Comparator.comparingInt((SearchResults.FacetGroup g) -> {
            int i = order.indexOf(g.dimension());
            return i < 0 ? order.size() : i;
        }).thenComparingInt(g -> g.path().size()));
        List<FacetView> out = new ArrayList<>();
        for (SearchResults.FacetGroup g : groups) {
            String name = labels.getOrDefault(g.dimension(), g.dimension());
            String heading = g.path().isEmpty() ? name : name + ": within " + String.join(" › ", g.path());
            List<ValueView> values = new ArrayList<>();
            boolean anyChosen = params.chosen().containsKey(g.dimension());
            for (SearchResults.FacetCount c : g.values()) {
                List<String> path = new ArrayList<>(g.path());
                path.add(c.label());
                values.add(new ValueView(c.label(), c.count(), c.chosen(), link(params.toggled(g.dimension(), path))));
            }
            String id = "facet-" + g.dimension() + (g.path().isEmpty() ? "" : "-" + g.path().size());
            out.add(new FacetView(id, heading, anyChosen && g.path().isEmpty(), link(params.cleared(g.dimension())), values));
        }
        return out;
    }

    private static String link(SearchParameters p) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + p.url("/search.xhtml");
    }

    public String pageUrl(int number) { return link(params.onPage(number)); }

    public String getCsvUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + params.onPage(1).url("/search.csv");
    }

    public String getClearAgeUrl() { return link(params.withoutAge()); }

    public String getClearAllUrl() { return link(new SearchParameters(params.q(), List.of(), "", params.sort(), 1)); }

    public String getQ() { return params.q().length() > SearchQuery.MAX_INPUT ? params.q().substring(0, SearchQuery.MAX_INPUT) : params.q(); }
    public String getAge() { return params.age().length() > 10 ? params.age().substring(0, 10) : params.age(); }
    public String getSort() { return params.sort(); }
    public List<String> getChosen() { return params.f(); }
    public boolean isAgeInvalid() { return params.ageInvalid(); }
    public boolean isNarrowed() { return params.narrowed(); }
    public boolean isUnavailable() { return unavailable; }
    public SearchResults getResults() { return results; }
    public List<ResultRows.Row> getHits() { return hits; }
    public List<FacetView> getFacets() { return facets; }
    public List<String> getNotes() { return notes; }
    public String getUnderstood() { return SearchQuery.parse(params.q()).understood(); }
    public long getTotal() { return results == null ? 0 : results.total(); }
    public int getPage() { return results == null ? 1 : results.page(); }
    public int getPages() { return results == null ? 0 : results.pages(); }
    public long getFirst() { return results == null || results.total() == 0 ? 0 : (long) (results.page() - 1) * PAGE_SIZE + 1; }
    public long getLast() { return results == null ? 0 : getFirst() + hits.size() - 1; }
}
