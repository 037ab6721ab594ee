package org.acorn.updates.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an Atom 1.0 (RFC 4287) feed: the feed's id, title, updated, author and self link, and per entry an id,
 * title, updated, published, alternate link and HTML content (already sanitised). Text is XML-escaped here.
 */
public final class AtomFeed {

    /** One entry. {@code html} is safe HTML (from the Markdown renderer); it is escaped again as Atom "html" content. */
    public record Entry(String id, String title, String link, Instant published, Instant updated, String author,
                        String category, String html) { }

    private AtomFeed() { }

    public static String write(String id, String title, String selfUrl, String pageUrl, String author, List<Entry> entries,
                               Instant fallbackUpdated) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(fallbackUpdated);
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("  <id>").append(esc(id)).append("</id>\n");
        x.append("  <title>").append(esc(title)).append("</title>\n");
        x.append("  <updated>").append(time(updated)).append("</updated>\n");
        x.append("  <author><name>").append(esc(author)).append("</name></author>\n");
        x.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(selfUrl)).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(pageUrl)).append("\"/>\n");
        for (Entry e : entries) {
            x.append("  <entry>\n");
            x.append("    <id>").append(esc(e.id())).append("</id>\n");
            x.append("    <title>").append(esc(e.title())).append("</title>\n");
            x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(e.link())).append("\"/>\n");
            x.append("    <published>").append(time(e.published())).append("</published>\n");
            x.append("    <updated>").append(time(e.updated())).append("</updated>\n");
            x.append("    <author><name>").append(esc(e.author())).append("</name></author>\n");
            if (e.category() != null) x.append("    <category term=\"").append(esc(e.category())).append("\"/>\n");
            x.append("    <content type=\"html\">").append(esc(e.html())).append("</content>\n");
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString();
    }

    static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (!(c >= 0xFFFE)) out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
