package org.acorn.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a feature implements (as a CDI bean) to have its records searchable. The search package never reads
 * a feature's tables; it asks the source.
 */
public interface SearchSource {

    /** The kind of record, one plain word such as "service"; unique across sources. */
    String kind();

    /** What a reader calls one of these records, shown with each result ("Service"). */
    default String label() { return kind(); }

    /** Reader-facing names of the facet dimensions this source fills, in the order a page shows them. */
    default Map<String, String> facetLabels() { return Map.of(); }

    /** Whether its records are checked from time to time, so a result says when it last was ("Never verified"). */
    default boolean verifiable() { return false; }

    /** A warning to show with one of this source's results (e.g. "Not verified recently"), or empty. */
    default String flag(SearchResults.Hit hit) { return ""; }

    /** Every record that should be in the index, for a rebuild. The caller closes the stream. */
    Stream<SearchDocument> all();

    /** The record as it is now, or empty when it is gone or should no longer be listed (it is then removed). */
    Optional<SearchDocument> one(String id);

    /**
     * Several records as they are now, by id; those gone or no longer listed are left out (and removed). Sources
     * with many records at a time (imports) override this to read them in a few queries.
     */
    default Map<String, SearchDocument> some(Collection<String> ids) {
        Map<String, SearchDocument> found = new LinkedHashMap<>();
        for (String id : ids) one(id).ifPresent(d -> found.put(id, d));
        return found;
    }
}
