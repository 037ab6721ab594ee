/**
 * The site's one search engine: an embedded Lucene index per node, fed by features through {@link
 * org.acorn.search.SearchSource}. This package knows no feature; features depend on it.
 *
 * <p>The index is a cache of the database: it records the last outbox sequence it applied in its commit
 * user data and can be rebuilt from the sources at any time.
 */
package org.acorn.search;
