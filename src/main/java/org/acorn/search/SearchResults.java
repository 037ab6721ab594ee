package org.acorn.search;

import java.util.List;

/**
 * One page of results with facet counts.
 *
 * @param total how many documents matched (all pages)
 * @param closeMatches true when too little matched exactly and spelling-tolerant matches were included
 * @param facets per dimension (and per chosen hierarchy level), counts as if that dimension were not chosen,
 *     so the other values stay visible with honest numbers
 */
public record SearchResults(long total, int page, int pageSize, List<Hit> hits, List<FacetGroup> facets,
        boolean closeMatches) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /**
     * @param snippetHtml a passage of the body, HTML-escaped, with the matched words in {@code <b>}: safe to
     *     render as HTML as it stands
     * @param verified when the record was last verified, or null; read at query time so its freshness is
     *     judged against today, not the day it was indexed
     */
    public record Hit(DocumentKey key, String title, String url, String snippetHtml, java.time.Instant verified) { }

    /** A hit's snippet as plain text, for a spreadsheet. */
    public static String snippetText(String snippetHtml) { return Snippets.text(snippetHtml); }

    /** Counts for one dimension; {@code path} is empty for the top level, or the chosen parent. */
    public record FacetGroup(String dimension, List<String> path, List<FacetCount> values) {
        public FacetGroup {
            path = List.copyOf(path);
            values = List.copyOf(values);
        }
    }

    public record FacetCount(String label, int count, boolean chosen) { }

    public int pages() { return (int) Math.min(SearchRequest.MAX_PAGE, (total + pageSize - 1) / pageSize); }

    public FacetGroup facet(String dimension) {
        return facets.stream().filter(g -> g.dimension().equals(dimension) && g.path().isEmpty()).findFirst()
                .orElse(new FacetGroup(dimension, List.of(), List.of()));
    }
}
