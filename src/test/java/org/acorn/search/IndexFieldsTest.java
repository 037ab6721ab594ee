package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** The combined field is analysed in one stream: it must hold what the index analyzer gives, with gaps between values. */
class IndexFieldsTest {

    private final SiteAnalyzer analyzer = SiteAnalyzer.withSeedSynonyms();

    @Test
    void oneAnalysisOfEveryValueWithGapsBetween() throws IOException {
        SearchDocument d = SearchDocument.builder("service", "1").title("Parents' Crèche Club")
                .url("/directory/service.xhtml?id=1").visibility(Visibility.PUBLIC)
                .body("Supporting families and parenting groups in Leeds.").boosted("Early years childcare").build();
        Document doc = IndexFields.toLucene(d, IndexFields.facetsConfig(), analyzer.plain());
        String words = "Parents' Crèche Club\nEarly years childcare\nSupporting families and parenting groups in Leeds.";
        List<String> all = tokens(((org.apache.lucene.document.Field) doc.getField(IndexFields.ALL)).tokenStreamValue());
        assertThat(all).isEqualTo(tokens(analyzer.forIndex().tokenStream("check", words)))
                .contains("parent", "crech", "famili");
        assertThat(doc.getField(IndexFields.BODY).fieldType().indexOptions())
                .isEqualTo(org.apache.lucene.index.IndexOptions.NONE);
        // (a second document only once the first is consumed: the analyzer's parts are reused per thread)
        assertThat(increments(((org.apache.lucene.document.Field) IndexFields.toLucene(d, IndexFields.facetsConfig(),
                analyzer.plain()).getField(IndexFields.ALL)).tokenStreamValue()))
                .as("a gap where each value starts, so phrases stay inside one").containsExactly(
                        1, 1, 1, 1 + IndexFields.ValueGaps.GAP, 1, 1, 1 + IndexFields.ValueGaps.GAP, 1, 1, 1, 1, 1, 1);
    }

    private static List<Integer> increments(TokenStream ts) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (ts) {
            var increment = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(increment.getPositionIncrement());
            ts.end();
        }
        return out;
    }

    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
