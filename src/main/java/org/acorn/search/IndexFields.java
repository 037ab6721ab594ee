package org.acorn.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** The index's field layout, and how a {@link SearchDocument} becomes a Lucene document. */
final class IndexFields {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String BOOSTED = "boosted";
    /** Title, boosted texts and body together: every word typed must appear somewhere in here. */
    static final String ALL = "all";
    /** The same texts unstemmed, for typo matching. */
    static final String VISIBILITY = "visibility";
    static final String URL = "url";
    static final String SORT_NAME = "sort.name";
    static final String SORT_VERIFIED = "sort.verified";
    static final String VERIFIED = "verified";
    static final String RANGE_PREFIX = "range.";

    private IndexFields() { }

    /** Each facet dimension has a doc-values field of its own: counting one dimension then reads only its values. */
    static final String FACET_PREFIX = "facet.";

    /**
     * Every facet dimension may be multi-valued and hierarchical, so features need not declare them, and each is
     * kept in its own field ({@link #FACET_PREFIX} + dimension): a drill-sideways count of one dimension then
     * reads that dimension's ordinals, not every dimension's.
     */
    static FacetsConfig facetsConfig() {
        return new FacetsConfig() {
            private final java.util.Map<String, DimConfig> dims = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public DimConfig getDimConfig(String dim) {
                return dims.computeIfAbsent(dim, d -> {
                    DimConfig c = new DimConfig();
                    c.hierarchical = true;
                    c.multiValued = true;
                    c.indexFieldName = FACET_PREFIX + d;
                    // narrowing is always to a value (a path), never to "any value of this dimension"
                    c.drillDownTermsIndexing = DrillDownTermsIndexing.ALL_PATHS_NO_DIM;
                    return c;
                });
            }
        };
    }

    /**
     * The Lucene document. The record's words (title, boosted texts, body) are analysed once, into {@link #ALL},
     * which matching, phrases, spelling tolerance and body scoring all use; the body is stored for snippets but
     * not indexed on its own.
     *
     * @param plain the index's unstemmed analyzer (lower case and folding, no stemming)
     */
    static Document toLucene(SearchDocument d, FacetsConfig config, Analyzer plain) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key().term(), Field.Store.NO));
        doc.add(new StringField(KIND, d.key().kind(), Field.Store.YES));
        doc.add(new StoredField(ID, d.key().id()));
        doc.add(new SortedDocValuesField(ID, new BytesRef(d.key().id()))); // read fast when every match is wanted
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new StoredField(BODY, d.body()));
        doc.add(new StoredField(URL, d.url()));
        doc.add(new StringField(VISIBILITY, d.visibility().token(), Field.Store.YES)); // stored: suggestions are rebuilt from the index
        for (String g : d.groups()) doc.add(new StringField(VISIBILITY, Visibility.groupToken(g), Field.Store.YES));
        StringBuilder words = new StringBuilder(d.title());
        for (String b : d.boosted()) {
            doc.add(new TextField(BOOSTED, b, Field.Store.NO));
            words.append(ValueGaps.BETWEEN).append(b);
        }
        words.append(ValueGaps.BETWEEN).append(d.body());
        doc.add(new TextField(ALL, new PorterStemFilter(new ValueGaps(plain.tokenStream(ALL, words.toString())))));
        doc.add(new SortedDocValuesField(SORT_NAME, new BytesRef(sortable(d.sortName()))));
        if (d.verified() != null) {
            doc.add(new NumericDocValuesField(SORT_VERIFIED, d.verified().getEpochSecond()));
            doc.add(new StoredField(VERIFIED, d.verified().getEpochSecond())); // shown with each result
        }
        for (SearchDocument.Span s : d.ranges()) {
            doc.add(new IntRange(RANGE_PREFIX + s.name(), new int[] {s.min()}, new int[] {s.max()}));
        }
        for (SearchDocument.Facet f : d.facets()) {
            doc.add(new SortedSetDocValuesFacetField(f.dimension(), f.path().toArray(String[]::new)));
        }
        return d.facets().isEmpty() ? doc : config.build(doc);
    }

    /** Alphabetical order people expect: case and accents ignored; capped (doc values terms have a limit). */
    static String sortable(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip();
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    /**
     * The title, each boosted text and the body go through one analysis, joined by a marker word; this drops the
     * marker and leaves a wide gap in positions there, so a "phrase" never runs from one into the next.
     */
    static final class ValueGaps extends TokenFilter {
        static final String MARK = "zzacornbreakzz";
        static final String BETWEEN = " " + MARK + " ";
        static final int GAP = 100;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

        ValueGaps(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            int gap = 0;
            while (input.incrementToken()) {
                if (term.length() == MARK.length() && MARK.contentEquals(term)) {
                    gap += GAP;
                    continue;
                }
                if (gap > 0) position.setPositionIncrement(position.getPositionIncrement() + gap);
                return true;
            }
            return false;
        }
    }
}
