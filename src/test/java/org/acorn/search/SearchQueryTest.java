package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAndQuotedPhrases() {
        SearchQuery q = SearchQuery.parse("parenting \"young people\" Leeds");
        assertThat(q.words()).containsExactly("parenting", "Leeds");
        assertThat(q.phrases()).containsExactly("young people");
        assertThat(q.understood()).isEqualTo("\"young people\" parenting Leeds");
    }

    @Test
    void commonWordsAreDroppedOutsidePhrasesOnly() {
        SearchQuery q = SearchQuery.parse("help for the \"friends of the park\"");
        assertThat(q.words()).containsExactly("help");
        assertThat(q.phrases()).containsExactly("friends of the park");
    }

    @Test
    void queryLanguageIsJustPunctuation() {
        assertThat(SearchQuery.parse("title:x AND (").words()).containsExactly("title", "x");
        assertThat(SearchQuery.parse("*foo bar~2 +baz -qux").words()).containsExactly("foo", "bar", "2", "baz", "qux");
        assertThat(SearchQuery.parse("AND OR NOT && || ( ) [ ] { } ^ ~ * ? : \\ /").isEmpty()).isTrue();
    }

    @Test
    void anUnclosedQuoteIsReadAsWords() {
        SearchQuery q = SearchQuery.parse("\"young people");
        assertThat(q.phrases()).isEmpty();
        assertThat(q.words()).containsExactly("young", "people");
        assertThat(SearchQuery.parse("\"a b\" \"c d").phrases()).containsExactly("a b");
        assertThat(SearchQuery.parse("\"\"\"\"").isEmpty()).isTrue();
    }

    @Test
    void apostrophesInsideWordsStay() {
        assertThat(SearchQuery.parse("O'Brien's 'quoted'").words()).containsExactly("O'Brien's", "quoted");
    }

    @Test
    void emptyAndBlankAreEmpty() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
        assertThat(SearchQuery.parse("").isEmpty()).isTrue();
        assertThat(SearchQuery.parse(" \t\n ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("😀🎉").isEmpty()).isTrue();
    }

    @Test
    void longInputIsCappedInLengthAndTerms() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) many.append("word").append(i).append(' ');
        SearchQuery q = SearchQuery.parse(many.toString());
        assertThat(q.words()).hasSize(SearchQuery.MAX_TERMS).startsWith("word0", "word1");

        assertThat(SearchQuery.parse("a".repeat(5000)).words()).containsExactly("a".repeat(SearchQuery.MAX_WORD));
        SearchQuery emoji = SearchQuery.parse("😀".repeat(5000) + " play");
        assertThat(emoji.isEmpty()).isTrue(); // "play" lies beyond the input cap
        String longPhrase = "\"" + "one two three four five six seven eight nine ten" + "\"";
        assertThat(SearchQuery.parse(longPhrase).phrases()).containsExactly("one two three four five six seven eight");
    }

    @Test
    void capNeverSplitsAnEmoji() {
        String typed = "x" + "😀".repeat(SearchQuery.MAX_INPUT); // the cap falls inside a surrogate pair
        assertThat(SearchQuery.parse(typed).words()).containsExactly("x");
        assertThat(SearchQuery.parse("ü".repeat(5000)).words()).containsExactly("ü".repeat(SearchQuery.MAX_WORD));
    }

    @Test
    void otherScriptsAreWords() {
        assertThat(SearchQuery.parse("café naïve Zürich 東京").words()).isEqualTo(List.of("café", "naïve", "Zürich", "東京"));
    }
}
