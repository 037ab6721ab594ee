package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** The combined fields are analysed once and split: they must hold what the separate analyzers would give. */
class IndexFieldsTest {

    private final SiteAnalyzer analyzer = SiteAnalyzer.withSeedSynonyms();

    @Test
    void oneAnalysisGivesTheStemmedAndTheUnstemmedWords() throws IOException {
        SearchDocument d = SearchDocument.builder("service", "1").title("Parents' Crèche Club")
                .url("/directory/service.xhtml?id=1").visibility(Visibility.PUBLIC)
                .body("Supporting families and parenting groups in Leeds.").boosted("Early years childcare").build();
        Document doc = IndexFields.toLucene(d, IndexFields.facetsConfig(), analyzer.plain());
        String words = "Parents' Crèche Club\nEarly years childcare\nSupporting families and parenting groups in Leeds.";
        List<String> all = tokens(((org.apache.lucene.document.Field) doc.getField(IndexFields.ALL)).tokenStreamValue());
        List<String> plain = tokens(((org.apache.lucene.document.Field) doc.getField(IndexFields.WORDS)).tokenStreamValue());
        assertThat(all).isEqualTo(tokens(analyzer.forIndex().tokenStream("check", words)))
                .contains("parent", "crech", "famili");
        assertThat(plain).isEqualTo(tokens(analyzer.plain().tokenStream("check", words)))
                .contains("parents", "creche", "families", "parenting");
        assertThat(doc.getField(IndexFields.BODY).fieldType().indexOptions())
                .isEqualTo(org.apache.lucene.index.IndexOptions.NONE);
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
