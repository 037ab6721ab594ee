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
        UnifiedHighlighter highlighter = query == null || page.length == 0 ? null : highlighter(indexAnalyzer);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            // each document read once: the highlighter is handed the body rather than reading it again
            Document d = stored.document(hit.doc);
            String body = d.get(IndexFields.BODY);
            Object highlighted = highlighter == null || body == null ? null
                    : highlighter.highlightWithoutSearcher(IndexFields.BODY, query, body, 1);
            String snippet = highlighted == null ? opening(body) : highlighted.toString();
            hits.add(new SearchResults.Hit(new DocumentKey(d.get(IndexFields.KIND), d.get(IndexFields.ID)),
                    d.get(IndexFields.TITLE), d.get(IndexFields.URL), snippet, verified(d)));
        }
        return hits;
    }

    private static UnifiedHighlighter highlighter(Analyzer indexAnalyzer) {
        return UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                // words are matched in the combined field; show them where they are in the body
                .withFieldMatcher(field -> true)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.UK), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
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

    /**
     * A snippet back as plain text (for CSV): the bold markers dropped and the escapes undone — those of
     * {@link #escape} and of Lucene's passage formatter (which also escapes "/"); "&amp;" last, so "&amp;lt;"
     * comes back as the "&lt;" that was written.
     */
    static String text(String snippetHtml) {
        return snippetHtml.replace("<b>", "").replace("</b>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
