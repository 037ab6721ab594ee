package org.acorn.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Matching and ranking are separate: every word (or one of
 * its synonyms) must appear somewhere in the record, and where it appears decides the order — a name or
 * service type outranks a passing mention in the description.
 */
final class TextQueries {

    static final float TITLE_BOOST = 4f;
    static final float BOOSTED_BOOST = 2.5f;
    static final float BODY_BOOST = 1f;
    /** Close spellings count, but well below the words as typed. */
    static final float TYPO_BOOST = 0.3f;
    /** Words shorter than this are not spelling-tolerant: "cafe" would match "care", "case", "safe". */
    static final int TYPO_MIN_LENGTH = 5;

    private final SiteAnalyzer analyzer;
    private final QueryBuilder builder;

    TextQueries(SiteAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer.forQuery());
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true); // "special educational needs" as a phrase
    }

    /** True when some word is long enough for spelling tolerance to be worth trying. */
    static boolean mayHaveTypos(SearchQuery q) {
        return q.words().stream().anyMatch(w -> w.length() >= TYPO_MIN_LENGTH);
    }

    /** The query, or null when nothing searchable was typed (then every visible record matches). */
    Query build(SearchQuery q, boolean tolerateTypos) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int required = 0;
        String words = String.join(" ", q.words());
        List<Query> typoClauses = new ArrayList<>();
        if (!tolerateTypos) {
            // all words at once so multi-word synonyms ("child mental health" ↔ camhs) are seen
            Query all = builder.createBooleanQuery(IndexFields.ALL, words, Occur.MUST);
            if (all != null) { top.add(all, Occur.FILTER); required++; }
        } else {
            for (String word : q.words()) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                Query exact = builder.createBooleanQuery(IndexFields.ALL, word, Occur.MUST);
                if (exact != null) either.add(exact, Occur.SHOULD);
                for (Query fuzzy : typoQueries(word)) {
                    either.add(fuzzy, Occur.SHOULD);
                    typoClauses.add(fuzzy);
                }
                BooleanQuery clause = either.build();
                if (!clause.clauses().isEmpty()) { top.add(clause, Occur.FILTER); required++; }
            }
        }
        for (String phrase : q.phrases()) {
            Query p = builder.createPhraseQuery(IndexFields.ALL, phrase);
            if (p == null) continue;
            top.add(p, Occur.FILTER);
            required++;
            addFixed(top, builder.createPhraseQuery(IndexFields.TITLE, phrase), TITLE_BOOST);
            addFixed(top, builder.createPhraseQuery(IndexFields.BOOSTED, phrase), BOOSTED_BOOST);
            addScoring(top, builder.createPhraseQuery(IndexFields.ALL, phrase), BODY_BOOST);
        }
        if (required == 0) return null;
        // A word in the name or service types earns a fixed amount, more than a description match can: the
        // order then does not hang on how many records happen to have service types (term statistics).
        for (String word : q.words()) {
            addFixed(top, builder.createBooleanQuery(IndexFields.TITLE, word, Occur.SHOULD), TITLE_BOOST);
            addFixed(top, builder.createBooleanQuery(IndexFields.BOOSTED, word, Occur.SHOULD), BOOSTED_BOOST);
        }
        if (!words.isEmpty()) {
            addScoring(top, builder.createBooleanQuery(IndexFields.TITLE, words, Occur.SHOULD), BODY_BOOST);
            addScoring(top, builder.createBooleanQuery(IndexFields.ALL, words, Occur.SHOULD), BODY_BOOST);
        }
        for (Query t : typoClauses) addScoring(top, t, TYPO_BOOST);
        return top.build();
    }

    private static void addFixed(BooleanQuery.Builder top, Query q, float score) {
        if (q != null) top.add(new BoostQuery(new ConstantScoreQuery(q), score), Occur.SHOULD);
    }

    private static void addScoring(BooleanQuery.Builder top, Query q, float boost) {
        if (q != null) top.add(new BoostQuery(q, boost), Occur.SHOULD);
    }

    /**
     * Close spellings of the word, compared as the index keeps words (stemmed: "conselling" is one letter from
     * "counsel"): one edit for short stems, two from eight letters.
     */
    private List<Query> typoQueries(String word) {
        List<Query> out = new ArrayList<>();
        for (String stem : indexTokens(word)) {
            if (stem.length() < TYPO_MIN_LENGTH) continue;
            int edits = stem.length() >= 8 ? 2 : 1;
            // first letter fixed: keeps the number of candidate words small and matches how people misspell
            out.add(new FuzzyQuery(new Term(IndexFields.ALL, stem), edits, 1, 50, true));
        }
        return out;
    }

    private List<String> indexTokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.forIndex().tokenStream(IndexFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String in memory does not do I/O
        }
        return out;
    }
}
