package org.acorn.forum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.acorn.forum.Posting;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchSource;

/** Forum posts in site search. A rebuild reads them a page at a time, so half a million posts never sit in memory at once. */
@ApplicationScoped
public class PostSource implements SearchSource {

    @Inject PostDocuments documents;

    @Override public String kind() { return Posting.INDEX_KIND; }
    @Override public String label() { return "Forum post"; }
    @Override public Map<String, String> facetLabels() { return Map.of(PostDocuments.CATEGORY_FACET, "Forum category"); }

    @Override
    public Stream<SearchDocument> all() {
        Iterator<SearchDocument> pages = new Iterator<>() {
            private Iterator<SearchDocument> current = java.util.Collections.emptyIterator();
            private long after = 0;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !done) {
                    PostDocuments.Page page = documents.page(after);
                    if (page.documents().isEmpty()) done = true;
                    after = page.lastId();
                    current = page.documents().iterator();
                }
                return current.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public Map<String, SearchDocument> some(java.util.Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        Map<String, SearchDocument> out = new java.util.LinkedHashMap<>();
        documents.some(numbers).forEach((id, doc) -> out.put(String.valueOf(id), doc));
        return out;
    }

    @Override
    public Optional<SearchDocument> one(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        return documents.one(Long.valueOf(id));
    }
}
