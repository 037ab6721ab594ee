package org.acorn.bulletins;

import java.util.List;

/**
 * A bulletin's words, HTML and plain text, in two steps: {@link #render} once per bulletin (with markers where the
 * recipient's name and stop link go), {@link #personalise} once per recipient. The preview goes through the same
 * two steps, so it is exactly what is sent. Item titles and summaries are plain text, escaped here; the
 * introduction arrives as sanitised HTML from the Markdown renderer.
 */
public final class BulletinRender {

    static final String NAME = "\u0001ACORN-NAME\u0001";
    static final String STOP = "\u0001ACORN-STOP\u0001";

    public record Item(String title, String summary, String link) { }

    public record Section(String heading, List<Item> items) { }

    public record Content(String network, String title, String introHtml, String introText, List<Section> sections,
                          String archiveUrl, String preferencesUrl) { }

    /** The bulletin with markers for the recipient's name and stop link. */
    public record Frozen(String subject, String html, String text) { }

    private BulletinRender() { }

    public static boolean isEmpty(Content c) {
        return (c.introText() == null || c.introText().isBlank()) && c.sections().stream().allMatch(s -> s.items().isEmpty());
    }

    public static Frozen render(Content c) {
        String subject = "[" + oneLine(c.network()) + "] " + oneLine(c.title());
        StringBuilder html = new StringBuilder(8192);
        StringBuilder text = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><title>").append(esc(c.title()))
                .append("</title></head><body style=\"font-family:Arial,sans-serif;line-height:1.5;max-width:40em;margin:auto\">\n");
        html.append("<p style=\"color:#555\">").append(esc(c.network())).append("</p>\n<h1>").append(esc(c.title())).append("</h1>\n");
        html.append("<p>Dear ").append(NAME).append(",</p>\n");
        text.append(c.title()).append('\n').append("=".repeat(Math.min(70, Math.max(3, c.title().length())))).append("\n\n");
        text.append("Dear ").append(NAME).append(",\n\n");
        if (c.introText() != null && !c.introText().isBlank()) {
            html.append("<div>").append(c.introHtml().replace("\u0001", "")).append("</div>\n");
            text.append(c.introText().replace("\u0001", "").strip()).append("\n\n");
        }
        int n = 0;
        for (Section s : c.sections()) {
            if (s.items().isEmpty()) continue;
            n++;
            html.append("<h2>").append(esc(s.heading())).append("</h2>\n<ul>\n");
            text.append("== ").append(oneLine(s.heading())).append(" ==\n\n");
            for (Item i : s.items()) {
                html.append("<li><a href=\"").append(esc(i.link())).append("\"><strong>").append(esc(i.title())).append("</strong></a>");
                if (i.summary() != null && !i.summary().isBlank()) html.append("<br>").append(esc(i.summary()));
                html.append("</li>\n");
                text.append("* ").append(oneLine(i.title())).append('\n');
                if (i.summary() != null && !i.summary().isBlank()) text.append("  ").append(oneLine(i.summary())).append('\n');
                text.append("  ").append(i.link()).append("\n\n");
            }
            html.append("</ul>\n");
        }
        html.append("<hr>\n<p style=\"font-size:small;color:#555\">Read this bulletin on the web: <a href=\"").append(esc(c.archiveUrl()))
                .append("\">").append(esc(c.archiveUrl())).append("</a><br>You get bulletins from ").append(esc(c.network()))
                .append(". <a href=\"").append(STOP).append("\">Unsubscribe from bulletins</a> · <a href=\"")
                .append(esc(c.preferencesUrl())).append("\">Choose your emails</a></p>\n</body></html>\n");
        text.append("--\nRead this bulletin on the web: ").append(c.archiveUrl()).append('\n')
                .append("Unsubscribe from bulletins: ").append(STOP).append('\n')
                .append("Choose your emails: ").append(c.preferencesUrl()).append('\n');
        return new Frozen(subject, html.toString(), text.toString());
    }

    /** One recipient's copy: their name (escaped for HTML) and their own stop link. */
    public static Frozen personalise(Frozen f, String name, String stopLink) {
        String who = name == null || name.isBlank() ? "member" : oneLine(name);
        return new Frozen(f.subject(),
                f.html().replace(NAME, esc(who)).replace(STOP, esc(stopLink)),
                f.text().replace(NAME, who).replace(STOP, stopLink));
    }

    /** The HTML between the body tags, for showing a preview inside a page. */
    public static String bodyOf(String html) {
        int a = html.indexOf('>', html.indexOf("<body"));
        int b = html.lastIndexOf("</body>");
        return a < 0 || b < 0 ? html : html.substring(a + 1, b);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\\u0000-\\u001f]+", " ").strip();
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;")
                .replace("\u0001", "");
    }
}
