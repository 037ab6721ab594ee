package org.acorn.forum;

import org.acorn.platform.text.Markdown;

/**
 * Turns what people type (Markdown) into HTML that is safe to show and into plain text for email and search. The
 * one place the forum renders text; the rendering itself is the platform's {@link Markdown}.
 */
public final class ForumText {

    /**
     * What a post is stored as. cardRefs: the records it links to, "o12,s40" for organisation 12 and service 40 (at
     * most {@link #MAX_CARDS}; see {@link org.acorn.platform.cards.LinkedRecords}).
     */
    public record Rendered(String markdown, String html, String cardRefs) { }

    public static final int MAX_CARDS = 5;

    /** The platform's renderer (stateless): raw HTML shown as text, the result sanitised with an allow-list. */
    private static final Markdown MARKDOWN = new Markdown();

    private ForumText() { }

    public static Rendered render(String markdown, String cardRefs) {
        return new Rendered(markdown, html(markdown), cardRefs);
    }

    public static String html(String markdown) {
        return MARKDOWN.html(markdown);
    }

    public static String plain(String markdown) {
        return MARKDOWN.plain(markdown);
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
