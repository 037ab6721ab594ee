package org.acorn.search;

import java.util.Set;
import org.acorn.platform.security.Caller;

/**
 * What a feature implements (as a CDI bean) when some of its records are for a group of readers rather than
 * for a whole audience: the groups the person reading belongs to, named as its documents name them
 * ({@link SearchDocument.Builder#readableBy}). Asked once per search.
 */
public interface ReaderGroups {

    Set<String> of(Caller caller);
}
