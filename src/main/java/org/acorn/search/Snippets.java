package org.acorn.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.StoredFields;

/**
 * The passage shown under each result, with the matched words in bold. Document text is HTML-escaped
 * before the {@code <b>} markers are added, so the snippet is safe to render as HTML.
 */
final class Snippets {

    static final int LENGTH = 180;

    List<SearchResults.Hit> hits(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, ScoreDoc[] page)
            throws IOException {
        String[] highlighted = query == null || page.length == 0 ? null : highlight(searcher, indexAnalyzer, query, page);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            String snippet = highlighted == null || highlighted[i] == null ? opening(d.get(IndexFields.BODY)) : highlighted[i];
            hits.add(new SearchResults.Hit(new DocumentKey(d.get(IndexFields.KIND), d.get(IndexFields.ID)),
                    d.get(IndexFields.TITLE), d.get(IndexFields.URL), snippet, verified(d)));
        }
        return hits;
    }

    private static String[] highlight(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, ScoreDoc[] page)
            throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                // words are matched in the combined field; show them where they are in the body
                .withFieldMatcher(field -> true)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.UK), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(IndexFields.BODY, query, docs, 1);
    }

    private static java.time.Instant verified(Document d) {
        org.apache.lucene.index.IndexableField f = d.getField(IndexFields.VERIFIED);
        return f == null || f.numericValue() == null ? null : java.time.Instant.ofEpochSecond(f.numericValue().longValue());
    }

    /** The start of the body, escaped, when nothing was searched for. */
    static String opening(String body) {
        if (body == null) return "";
        String text = body.strip();
        if (text.length() > LENGTH) {
            int cut = text.lastIndexOf(' ', LENGTH);
            text = text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + " …";
        }
        return escape(text);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
