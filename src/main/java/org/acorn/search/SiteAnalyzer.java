package org.acorn.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How the site turns text into searchable words. Index and query share one chain (standard tokenizer,
 * English possessive, lower case, accent folding, Porter stemming) so "Parents'" and "parenting", "crèche" and
 * "creche" meet. Synonyms apply at query time only, so an administrator's edit takes effect by building a new
 * analyzer — no reindex.
 *
 * <p>Synonym lines use the Solr format: {@code send, special educational needs} makes the terms equivalent;
 * {@code a => b} rewrites one way; {@code #} starts a comment. A line that cannot be read is left out and
 * reported by {@link #rejectedLines()}, so one bad edit never breaks search.
 */
public final class SiteAnalyzer {

    /** The synonyms a new network starts with. */
    public static final List<String> SEED_SYNONYMS = List.of(
            "send, special educational needs",
            "camhs, child mental health",
            "dv, domestic abuse");

    private static final int MAX_LINE = 500;

    private final List<String> rejected;
    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer plain;

    private SiteAnalyzer(SynonymMap synonyms, List<String> rejected) {
        this.rejected = List.copyOf(rejected);
        this.plain = chain(false, null);
        Analyzer stemmed = chain(true, null);
        this.index = stemmed;
        this.query = synonyms == null ? stemmed : chain(true, synonyms);
    }

    public static SiteAnalyzer withSeedSynonyms() { return withSynonyms(SEED_SYNONYMS); }

    public static SiteAnalyzer withSynonyms(List<String> lines) {
        Analyzer entries = chain(false, null);
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line == null ? "" : line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            if (trimmed.length() <= MAX_LINE && parse(entries, List.of(trimmed)) != null) accepted.add(trimmed);
            else rejected.add(trimmed);
        }
        SynonymMap map = accepted.isEmpty() ? null : parse(entries, accepted);
        return new SiteAnalyzer(map, rejected);
    }

    /** Lines that were not understood and so are not in force. */
    public List<String> rejectedLines() { return rejected; }

    /** For writing documents. */
    public Analyzer forIndex() { return index; }

    /** For what people type: the index chain plus synonyms. */
    public Analyzer forQuery() { return query; }

    /** Lower case and accent folding only: the start of the index chain, and what title suggestions match. */
    Analyzer plain() { return plain; }

    private static SynonymMap parse(Analyzer entries, List<String> lines) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
        try {
            parser.parse(new StringReader(String.join("\n", lines)));
            SynonymMap map = parser.build();
            return map.fst == null ? null : map;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Analyzer chain(boolean stem, SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                source.setMaxTokenLength(60);
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                // synonyms before stemming: the rules are written as people write words
                if (synonyms != null) ts = new SynonymGraphFilter(ts, synonyms, true);
                if (stem) ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100; // a phrase never spans two values of a field (title then body)
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
