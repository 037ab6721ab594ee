package org.acorn.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchResults;
import org.acorn.search.SearchSource;

/** Directory services in site search. */
@ApplicationScoped
public class ServiceSource implements SearchSource {

    @Inject ListingReader reader;

    @Override public boolean verifiable() { return true; }

    @Override public String flag(SearchResults.Hit hit) { return reader.flag(hit.verified()); }

    @Override public String kind() { return ListingDocuments.SERVICE; }
    @Override public String label() { return "Service"; }
    @Override public Map<String, String> facetLabels() { return ListingDocuments.FACETS; }
    @Override public Stream<SearchDocument> all() { return reader.allServices(); }

    @Override
    public Map<String, SearchDocument> some(Collection<String> ids) {
        return reader.services(ids.stream().map(Ids::parse).flatMap(Optional::stream).toList());
    }

    @Override
    public Optional<SearchDocument> one(String id) {
        return Ids.parse(id).flatMap(reader::service);
    }
}
