package org.acorn.directory.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.acorn.directory.taxonomy.TaxonomyTerm;

/** The labels from a term's root down to it, e.g. "Be healthy" › "…mental health", from all terms loaded once. */
final class TermPaths implements Function<TaxonomyTerm, List<String>> {

    private static final int MAX_DEPTH = 10; // the taxonomy rules forbid cycles; this guards a bad row anyway
    private final Map<Long, TaxonomyTerm> byId = new HashMap<>();

    TermPaths(List<TaxonomyTerm> terms) {
        terms.forEach(t -> byId.put(t.getId(), t));
    }

    @Override
    public List<String> apply(TaxonomyTerm term) {
        List<String> labels = new ArrayList<>();
        TaxonomyTerm t = term;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            labels.add(t.getLabel());
            t = t.getParentId() == null ? null : byId.get(t.getParentId());
        }
        Collections.reverse(labels);
        return labels;
    }
}
