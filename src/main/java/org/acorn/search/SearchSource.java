package org.acorn.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a feature implements (as a CDI bean) to have its records searchable. The search package never reads
 * a feature's tables; it asks the source.
 */
public interface SearchSource {

    /** The kind of record, one plain word such as "service"; unique across sources. */
    String kind();

    /** Every record that should be in the index, for a rebuild. The caller closes the stream. */
    Stream<SearchDocument> all();

    /** The record as it is now, or empty when it is gone or should no longer be listed (it is then removed). */
    Optional<SearchDocument> one(String id);
}
