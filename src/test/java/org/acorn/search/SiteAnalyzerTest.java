package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SiteAnalyzerTest {

    final SiteAnalyzer analyzer = SiteAnalyzer.withSeedSynonyms();

    @Test
    void indexingFoldsCaseAccentsPossessivesAndEndings() throws IOException {
        assertThat(tokens(analyzer.forIndex(), "Parents' Crèche: PARENTING children's")).containsExactly("parent", "crech", "parent", "children");
        assertThat(tokens(analyzer.forIndex(), "counselling counseling")).containsExactly("counsel", "counsel");
    }

    @Test
    void thePlainChainFoldsButKeepsEndings() throws IOException {
        assertThat(tokens(analyzer.plain(), "Parenting Crèche")).containsExactly("parenting", "creche");
    }

    @Test
    void synonymsExpandOnlyAtQueryTime() throws IOException {
        assertThat(tokens(analyzer.forQuery(), "SEND")).contains("send", "special", "educ", "need");
        assertThat(tokens(analyzer.forQuery(), "special educational needs")).contains("send");
        assertThat(tokens(analyzer.forIndex(), "SEND")).containsExactly("send");
    }

    @Test
    void unreadableLinesAreReportedAndTheRestApply() throws IOException {
        SiteAnalyzer edited = SiteAnalyzer.withSynonyms(List.of("# a comment", "", "playgroup, toddler group",
                "=> nothing", ",,,", "x".repeat(600)));
        assertThat(edited.rejectedLines()).containsExactly("=> nothing", ",,,", "x".repeat(600));
        assertThat(tokens(edited.forQuery(), "playgroup")).contains("toddler");
        assertThat(tokens(edited.forQuery(), "SEND")).containsExactly("send"); // the seed is replaced, not merged
    }

    @Test
    void noSynonymsAtAllIsFine() throws IOException {
        SiteAnalyzer none = SiteAnalyzer.withSynonyms(List.of());
        assertThat(none.rejectedLines()).isEmpty();
        assertThat(tokens(none.forQuery(), "DV")).containsExactly("dv");
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        return tokens(a, IndexFields.ALL, text);
    }

    private static List<String> tokens(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }
}
