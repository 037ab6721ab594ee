package org.acorn.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents one search already found, per segment of the reader it searched, as a filter: ranking them then
 * leaps from match to match instead of evaluating the words and facets a second time. Valid only with that reader.
 */
final class MatchedDocs extends Query {

    private final FixedBitSet[] byLeaf;
    private final int[] counts;

    /** @param byLeaf the matches of each segment, indexed by the segment's ord; counts their cardinalities */
    MatchedDocs(FixedBitSet[] byLeaf, int[] counts) {
        this.byLeaf = byLeaf;
        this.counts = counts;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int leaf = context.ord;
                if (leaf >= byLeaf.length || byLeaf[leaf] == null || counts[leaf] == 0) return null;
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(byLeaf[leaf], counts[leaf]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) { return false; }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "MatchedDocs";
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // two searches' matches are never interchangeable
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
