package org.acorn.platform.cards;

import java.util.Map;
import java.util.Set;

/**
 * What a feature implements (as a CDI bean) so that links to its record pages show as cards where people write
 * (forum posts): a directory service, a meeting, an update. The feature alone decides what a reader may see.
 */
public interface RecordCards {

    /** Who is reading, as coarsely as cards need. */
    enum Reader { VISITOR, MEMBER, STAFF }

    /** Letters naming the kind in stored references ("s" → "s40" for record 40); unique across features. */
    String code();

    /** The site-relative path of a record's page, which names the record as {@code ?id=N}. */
    String page();

    /** Cards for those of these records the reader may see; the rest are left out. One or two queries, never one per id. */
    Map<Long, RecordCard> cards(Set<Long> ids, Reader reader);
}
