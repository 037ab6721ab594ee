package org.acorn.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What members write (forum posts, report-backs, updates) is Markdown. Raw HTML in it is shown as text,
 * and the rendered HTML is sanitized again with an allow-list, so a page can output the result unescaped.
 * Links open as plain links with rel="nofollow noopener"; images are not allowed (uploads are attachments).
 */
@ApplicationScoped
public class Markdown {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("pre", "code", "hr", "br")
                    .toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>")
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** Sanitized HTML for a page or an email; empty for null or blank input. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return POLICY.sanitize(html.render(parse(markdown)));
    }

    /** Plain text for email bodies, search and previews: formatting dropped, link text kept. */
    public String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return text.render(parse(markdown)).strip();
    }

    /** The first words of the plain text, cut at a word boundary, for lists and notifications. */
    public String excerpt(String markdown, int maxChars) {
        String plain = plain(markdown).replaceAll("\\s+", " ");
        if (plain.length() <= maxChars) return plain;
        int cut = plain.lastIndexOf(' ', maxChars - 1);
        return plain.substring(0, cut > maxChars / 2 ? cut : maxChars - 1).strip() + "…";
    }

    private Node parse(String markdown) {
        return parser.parse(markdown);
    }
}
