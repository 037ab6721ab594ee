package org.acorn.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void formatsWhatMembersWrite() {
        String html = markdown.html("**Bold** and _soft_\n\n- one\n- two\n\n> quoted\n\n[the network](https://example.org/x)");
        assertThat(html).contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>", "<blockquote>")
                .containsPattern("<a href=\"https://example.org/x\" rel=\"[a-z ]*nofollow[a-z ]*\">the network</a>")
                .contains("noopener");
    }

    @Test
    void rawHtmlAndScriptsAreShownAsTextNotRun() {
        String html = markdown.html("<script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick=x>hi</b>");
        assertThat(html).doesNotContain("<script", "<img", "onerror=", "onclick=", "<b ")
                .contains("&lt;script&gt;");
    }

    @Test
    void dangerousLinksLoseTheirTarget() {
        assertThat(markdown.html("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)"))
                .doesNotContain("javascript:", "data:text");
        assertThat(markdown.html("![pic](https://evil.example/track.png)")).doesNotContain("<img");
    }

    @Test
    void plainTextKeepsWordsAndShowsWhereLinksGo() {
        assertThat(markdown.plain("# Title\n\nSome **bold** [link](https://x.org)")).contains("Title", "Some bold \"link\" (https://x.org)")
                .doesNotContain("**", "](");
        assertThat(markdown.excerpt("one two three four five six", 14)).isEqualTo("one two three…");
        assertThat(markdown.excerpt("short", 14)).isEqualTo("short");
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.plain("  ")).isEmpty();
    }
}
