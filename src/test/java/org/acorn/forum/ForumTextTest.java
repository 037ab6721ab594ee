package org.acorn.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForumTextTest {

    @Test
    void hostileMarkupIsShownAsTextNeverRun() {
        String html = ForumText.html("<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))"
                + " <a href=\"http://evil\" onclick=\"x()\">y</a>\n\n**bold**");
        assertThat(html).doesNotContain("<script", "<img", "onerror=\"", "href=\"javascript", "onclick=\"", "<a href=\"http://evil\"");
        assertThat(html).contains("<strong>bold</strong>", "&lt;script&gt;");
    }

    @Test
    void linksAreKeptSafely() {
        ForumText.Rendered r = ForumText.render("See [the club](https://example.org/x)", "s42");
        assertThat(r.html()).contains("href=\"https://example.org/x\"").containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"");
        assertThat(r.cardRefs()).isEqualTo("s42");
        assertThat(ForumText.html("[x](javascript:alert(1))")).doesNotContain("href=\"javascript");
    }

    @Test
    void quotingMarksEveryLineAndNamesTheAuthor() {
        assertThat(ForumText.quote("Dee *Wright*", 3, "one\ntwo")).isEqualTo("**Dee Wright** wrote (#3):\n> one\n> two\n\n");
    }

    @Test
    void mentionsAreHandlesOutsideCodeAndQuotes() {
        assertThat(Mentions.in("Hi @Dee-Wright and @Ashby-Family-Centre! email me@example.org\n> @Quoted-Person\n`@code-thing`"))
                .containsExactly("dee-wright", "ashby-family-centre");
        assertThat(Mentions.handle("Parents' Forum (Zoë)")).isEqualTo("parents-forum-zoe");
        assertThat(Mentions.typed("Sam Carter (co-ordinator)")).isEqualTo("@Sam-Carter");
    }

    @Test
    void postsAndTitlesAreCheckedWithReasons() {
        assertThatThrownBy(() -> ForumInput.body("  \u0000 ", 100)).isInstanceOf(ForumRefused.class)
                .extracting(e -> ((ForumRefused) e).errors().get("body")).asString().contains("Write something");
        assertThatThrownBy(() -> ForumInput.body("x".repeat(20_001), 20_000))
                .extracting(e -> ((ForumRefused) e).errors().get("body")).asString().contains("20,001 characters", "20,000");
        assertThatThrownBy(() -> ForumInput.title("ab")).isInstanceOf(ForumRefused.class);
        assertThatThrownBy(() -> ForumInput.title("x".repeat(201))).isInstanceOf(ForumRefused.class);
        assertThat(ForumInput.title("  A\u0007  title\n")).isEqualTo("A title");
    }
}
