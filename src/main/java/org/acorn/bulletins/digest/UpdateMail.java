package org.acorn.bulletins.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.bulletins.audience.Topic;
import org.acorn.platform.mail.MailMessage;

/** The words of update emails: one update as it comes, and the weekly digest. Plain text first, HTML beside it. */
public final class UpdateMail {

    private UpdateMail() { }

    public static MailMessage each(String network, String to, Long updateId, String kindLabel, String title, String bodyText,
                                   String bodyHtml, String link, String stopLink, String stopWhat, String preferences) {
        String subject = "[" + network + "] " + kindLabel + ": " + title;
        String text = title + "\n\n" + bodyText + "\n\nRead it on the web: " + link + "\n\n--\n"
                + "Stop " + stopWhat + ": " + stopLink + "\nChoose your emails: " + preferences + "\n";
        String html = "<h1>" + esc(title) + "</h1>\n" + bodyHtml + "\n<p><a href=\"" + esc(link) + "\">Read it on the web</a></p>\n<hr>\n"
                + "<p style=\"font-size:small\"><a href=\"" + esc(stopLink) + "\">Stop " + esc(stopWhat) + "</a> · <a href=\""
                + esc(preferences) + "\">Choose your emails</a></p>";
        return new MailMessage("update-" + updateId, to, subject, text, html, headers(stopLink));
    }

    public static MailMessage digest(String network, String to, String key, Map<Topic, List<DigestAssembly.Entry>> digest,
                                     String stopLink, String preferences) {
        int n = DigestAssembly.count(digest);
        String subject = "[" + network + "] Your weekly digest: " + n + (n == 1 ? " update" : " updates");
        StringBuilder text = new StringBuilder("New this week:\n");
        StringBuilder html = new StringBuilder("<p>New this week:</p>\n");
        for (Map.Entry<Topic, List<DigestAssembly.Entry>> e : digest.entrySet()) {
            text.append("\n== ").append(e.getKey().getLabel()).append(" ==\n");
            html.append("<h2>").append(esc(e.getKey().getLabel())).append("</h2>\n<ul>\n");
            for (DigestAssembly.Entry i : e.getValue()) {
                text.append("* ").append(i.title()).append("\n  ").append(i.excerpt()).append("\n  ").append(i.link()).append('\n');
                html.append("<li><a href=\"").append(esc(i.link())).append("\"><strong>").append(esc(i.title())).append("</strong></a><br>")
                        .append(esc(i.excerpt())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        text.append("\n--\nStop weekly digests: ").append(stopLink).append("\nChoose your emails: ").append(preferences).append('\n');
        html.append("<hr>\n<p style=\"font-size:small\"><a href=\"").append(esc(stopLink)).append("\">Stop weekly digests</a> · <a href=\"")
                .append(esc(preferences)).append("\">Choose your emails</a></p>");
        return new MailMessage(key, to, subject, text.toString(), html.toString(), headers(stopLink));
    }

    static Map<String, String> headers(String stopLink) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("List-Unsubscribe", "<" + stopLink + ">");
        h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return h;
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
