package org.acorn.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search as a page asks for it: the typed query, who is reading, filters, order and page.
 *
 * @param readerMaySee the visibilities the reader is allowed; documents outside it are neither shown nor counted
 * @param readerGroups the groups the reader belongs to ({@link ReaderGroups}): documents readable by one of them
 *     are allowed too
 * @param kinds kinds of record to include; empty means all
 * @param facetFilters chosen facet values: dimension → paths; values of one dimension are alternatives (OR),
 *     different dimensions narrow each other (AND)
 * @param ranges wanted spans: a document matches when its span of that name overlaps (an age is a span of one)
 */
public record SearchRequest(SearchQuery query, Set<Visibility> readerMaySee, Set<String> kinds,
        Map<String, List<List<String>>> facetFilters, List<SearchDocument.Span> ranges, Order order, int page,
        int pageSize, Set<String> readerGroups) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep pages cost memory per request; nobody reads page 200 of a directory. */
    public static final int MAX_PAGE = 100;

    /** More chosen values than anyone clicks; the rest are ignored. */
    static final int MAX_CHOSEN = 20;
    private static final int MAX_LABEL = 200;

    public enum Order { RELEVANCE, NAME, RECENTLY_VERIFIED }

    public SearchRequest {
        query = query == null ? SearchQuery.EMPTY : query;
        readerMaySee = readerMaySee.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(readerMaySee));
        kinds = Set.copyOf(kinds);
        Map<String, List<List<String>>> copy = new LinkedHashMap<>();
        facetFilters.forEach((dim, paths) -> {
            if (copy.size() < MAX_CHOSEN) copy.put(dim, paths.stream().map(List::copyOf).distinct().limit(MAX_CHOSEN).toList());
        });
        facetFilters = Map.copyOf(copy);
        ranges = List.copyOf(ranges);
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(1, Math.min(page, MAX_PAGE));
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        readerGroups = readerGroups == null ? Set.of() : Set.copyOf(readerGroups);
    }

    /**
     * Chosen values arrive from request parameters. One no record could have (blank, huge, control
     * characters) is never passed to Lucene; the search then matches nothing, as any unknown value would.
     */
    static boolean usable(String dimension, List<String> path) {
        return usableLabel(dimension) && !path.isEmpty() && path.size() <= 10
                && path.stream().allMatch(SearchRequest::usableLabel);
    }

    private static boolean usableLabel(String label) {
        return label != null && !label.isBlank() && label.length() <= MAX_LABEL
                && label.chars().noneMatch(Character::isISOControl);
    }

    public static Builder builder(Set<Visibility> readerMaySee) { return new Builder(readerMaySee); }

    public static final class Builder {
        private final Set<Visibility> readerMaySee;
        private SearchQuery query = SearchQuery.EMPTY;
        private final Set<String> kinds = new LinkedHashSet<>();
        private final Map<String, List<List<String>>> facets = new LinkedHashMap<>();
        private final List<SearchDocument.Span> ranges = new ArrayList<>();
        private Order order = Order.RELEVANCE;
        private int page = 1;
        private int pageSize = 20;
        private Set<String> readerGroups = Set.of();

        private Builder(Set<Visibility> readerMaySee) { this.readerMaySee = readerMaySee; }

        public Builder typed(String text) { this.query = SearchQuery.parse(text); return this; }
        public Builder query(SearchQuery query) { this.query = query; return this; }
        public Builder kind(String kind) { kinds.add(kind); return this; }
        public Builder facet(String dimension, String... path) {
            facets.computeIfAbsent(dimension, d -> new ArrayList<>()).add(List.of(path));
            return this;
        }
        /** Documents whose span of this name includes the value, e.g. {@code within("age", 7)}. */
        public Builder within(String name, int value) { ranges.add(new SearchDocument.Span(name, value, value)); return this; }
        public Builder overlapping(String name, int min, int max) { ranges.add(new SearchDocument.Span(name, min, max)); return this; }
        public Builder order(Order order) { this.order = order; return this; }
        public Builder page(int page, int pageSize) { this.page = page; this.pageSize = pageSize; return this; }
        public Builder readerGroups(Set<String> groups) { this.readerGroups = groups; return this; }

        public SearchRequest build() {
            return new SearchRequest(query, readerMaySee, kinds, facets, ranges, order, page, pageSize, readerGroups);
        }
    }
}
