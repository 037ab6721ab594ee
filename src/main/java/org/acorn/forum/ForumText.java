package org.acorn.forum;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what people type (Markdown) into HTML that is safe to show, into plain text for email and search,
 * and finds the directory records a post links to. The one place the forum renders text: when the
 * platform's Markdown class is on main, {@link #html} and {@link #plain} call it instead.
 */
public final class ForumText {

    /** What a post is stored as. cardRefs: "o12,s40" for organisation 12 and service 40 (at most {@link #MAX_CARDS}). */
    public record Rendered(String markdown, String html, String cardRefs) { }

    public static final int MAX_CARDS = 5;

    private static final Parser PARSER = Parser.builder().build();
    /** Raw HTML in the Markdown is escaped, not passed on; the sanitiser below is the second wall. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a", "del")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();
    private static final Pattern RECORD_LINK = Pattern.compile(
            "(?:https?://[^\\s/)\\]]+)?/directory/(organisation|service)\\.xhtml\\?id=(\\d{1,18})");

    private ForumText() { }

    public static Rendered render(String markdown) {
        return new Rendered(markdown, html(markdown), cardRefs(markdown));
    }

    public static String html(String markdown) {
        Node doc = PARSER.parse(markdown == null ? "" : markdown);
        return POLICY.sanitize(HTML.render(doc));
    }

    public static String plain(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }

    /** The directory records linked from the text, in order, without repeats. */
    static String cardRefs(String markdown) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = RECORD_LINK.matcher(markdown == null ? "" : markdown);
        while (m.find() && refs.size() < MAX_CARDS) {
            refs.add((m.group(1).equals("organisation") ? "o" : "s") + m.group(2));
        }
        return refs.isEmpty() ? null : String.join(",", refs);
    }

    /** The quoted text that starts a reply: who wrote it, and their words as a block quote. */
    public static String quote(String author, int postNumber, String markdown) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(author.replaceAll("[*_`\\[\\]]", "")).append("** wrote (#").append(postNumber).append("):\n");
        String body = markdown == null ? "" : markdown.strip();
        if (body.length() > 2000) body = body.substring(0, 2000) + " …";
        for (String line : body.split("\\R", -1)) out.append("> ").append(line).append('\n');
        return out.append('\n').toString();
    }

    /** A short extract of the plain text, for lists, digests and search. */
    public static String excerpt(String markdown, int max) {
        String text = plain(markdown).replaceAll("\\s+", " ");
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).strip() + "…";
    }
}
