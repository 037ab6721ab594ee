package org.acorn.directory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.acorn.directory.search.ListingDocuments;
import org.acorn.search.SearchQuery;
import org.acorn.search.SearchRequest;
import org.acorn.search.SiteIndex;
import org.acorn.search.Visibility;

/**
 * The API's free-text filter answered by the site's search index, so it understands words as the search page
 * does (stemming, accents, synonyms, every word required, quoted phrases) over everything a service's listing
 * says. The index only narrows: the database's own conditions still decide what is public.
 */
@ApplicationScoped
class TextMatch {

    @Inject SiteIndex index;

    /** The public services whose listing has these words: none when the text holds no searchable word. */
    Set<Long> services(String text) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.words().isEmpty() && query.phrases().isEmpty()) return Set.of();
        try {
            Set<Long> ids = new HashSet<>();
            for (String id : index.ids(SearchRequest.builder(Visibility.forVisitor()).query(query)
                    .kind(ListingDocuments.SERVICE).build())) {
                ids.add(Long.valueOf(id));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
