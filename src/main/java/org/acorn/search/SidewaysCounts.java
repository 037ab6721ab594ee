package org.acorn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts with drill sideways, from bit sets: per segment, one set for the words and filters and one per
 * facet dimension the reader narrowed by. The result is their intersection; a narrowed dimension is counted over
 * the intersection of all the others (as if its own choice were not made), every other dimension over the result.
 * Each dimension has its own doc-values field, so a sideways count reads that dimension only.
 */
final class SidewaysCounts {

    /**
     * How many documents matched everything, how many matched the words and filters before any facet (which
     * says whether the words themselves are rare), the counts of every dimension, and the matches as a filter.
     */
    record Counted(long total, long beforeFacets, Facets facets, MatchedDocs matched) { }

    private SidewaysCounts() { }

    /**
     * @param base the words and every filter but the facets
     * @param narrowed per narrowed dimension, the query its chosen values make (alternatives)
     */
    static Counted count(IndexSearcher searcher, Query base, Map<String, Query> narrowed,
            SortedMap<String, SortedSetDocValuesReaderState> states) throws IOException {
        Weight baseWeight = weight(searcher, base);
        List<String> dims = new ArrayList<>(narrowed.keySet());
        List<Weight> dimWeights = new ArrayList<>();
        for (String dim : dims) dimWeights.add(weight(searcher, narrowed.get(dim)));

        Matches result = new Matches();
        List<Matches> sideways = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) sideways.add(new Matches());
        long total = 0;
        long beforeFacets = 0;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] matchedByLeaf = new FixedBitSet[leaves.size()];
        int[] matchedCounts = new int[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet words = matches(baseWeight, leaf);
            beforeFacets += words.cardinality();
            FixedBitSet[] chosen = new FixedBitSet[dims.size()];
            for (int i = 0; i < chosen.length; i++) chosen[i] = matches(dimWeights.get(i), leaf);
            FixedBitSet all = words.clone();
            for (FixedBitSet c : chosen) all.and(c);
            matchedCounts[leaf.ord] = result.add(leaf, all);
            matchedByLeaf[leaf.ord] = all;
            total += matchedCounts[leaf.ord];
            for (int i = 0; i < chosen.length; i++) {
                FixedBitSet others = words.clone();
                for (int j = 0; j < chosen.length; j++) if (j != i) others.and(chosen[j]);
                sideways.get(i).add(leaf, others);
            }
        }

        Map<String, Facets> byDim = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            SortedSetDocValuesReaderState state = states.get(dims.get(i));
            if (state != null) byDim.put(dims.get(i), new SortedSetDocValuesFacetCounts(state, sideways.get(i)));
        }
        for (Map.Entry<String, SortedSetDocValuesReaderState> e : states.entrySet()) {
            if (!byDim.containsKey(e.getKey())) byDim.put(e.getKey(), new SortedSetDocValuesFacetCounts(e.getValue(), result));
        }
        return new Counted(total, beforeFacets, new MultiFacets(byDim), new MatchedDocs(matchedByLeaf, matchedCounts));
    }

    private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The segment's live documents the weight matches. */
    private static FixedBitSet matches(Weight weight, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer != null) {
            scorer.score(new LeafCollector() {
                @Override public void setScorer(Scorable scorable) { }
                @Override public void collect(int doc) { bits.set(doc); }
            }, leaf.reader().getLiveDocs());
        }
        return bits;
    }

    /** Matching documents per segment, in the form facet counting reads. */
    private static final class Matches extends FacetsCollector {
        private final List<MatchingDocs> docs = new ArrayList<>();

        int add(LeafReaderContext leaf, FixedBitSet bits) {
            int count = bits.cardinality();
            docs.add(new MatchingDocs(leaf, new BitDocIdSet(bits, count), count, null));
            return count;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() { return docs; }
    }
}
