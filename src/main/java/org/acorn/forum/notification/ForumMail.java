package org.acorn.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumText;
import org.acorn.forum.ForumTopic;
import org.acorn.network.Network;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;

/** The words of the forum's emails: one post as it comes, and digests. Plain text first, HTML beside it. */
@ApplicationScoped
public class ForumMail {

    /** Why someone gets a post by email; the first reason that applies wins. */
    public enum Reason {
        MENTION("You were mentioned in this post.", UnsubscribeToken.Scope.MENTIONS, "Stop emails when someone mentions me"),
        FOLLOW("You follow this topic.", UnsubscribeToken.Scope.TOPIC, "Mute this topic"),
        CATEGORY("You asked for every post in this category.", UnsubscribeToken.Scope.CATEGORY, "Stop emails for this category");

        final String why;
        final UnsubscribeToken.Scope scope;
        final String stop;

        Reason(String why, UnsubscribeToken.Scope scope, String stop) {
            this.why = why;
            this.scope = scope;
            this.stop = stop;
        }
    }

    /** One post in a digest. */
    public record DigestItem(Long topicId, String topicTitle, String categoryName, int postNumber, String author,
                             String excerpt) { }

    @Inject Settings settings;
    @Inject Network network;

    public MailMessage post(String to, Reason reason, ForumPost p, ForumTopic t, ForumCategory c, String author,
                            String unsubscribeLink) {
        String link = link(t.getId(), p.getPostNumber());
        String subject = "[" + shortName() + "] " + (reason == Reason.MENTION ? author + " mentioned you: " : "")
                + (p.getPostNumber() == 1 ? "" : "Re: ") + t.getTitle();
        String excerpt = ForumText.plain(p.getBody());
        if (excerpt.length() > 4000) excerpt = excerpt.substring(0, 4000) + " …";
        String text = author + (p.getPostNumber() == 1 ? " started a topic" : " replied") + " in " + c.getName() + ":\n\n"
                + excerpt + "\n\n"
                + "Read it and reply: " + link + "\n\n"
                + "--\n" + reason.why + " " + reason.stop + ": " + unsubscribeLink + "\n"
                + "All your forum emails: " + settings.baseUrl() + "/forum/notifications.xhtml\n";
        String html = "<p>" + esc(author) + (p.getPostNumber() == 1 ? " started a topic" : " replied") + " in "
                + esc(c.getName()) + ":</p>\n<blockquote>" + p.getBodyHtml() + "</blockquote>\n"
                + "<p><a href=\"" + esc(link) + "\">Read it and reply</a></p>\n<hr>\n<p style=\"font-size:small\">"
                + esc(reason.why) + " <a href=\"" + esc(unsubscribeLink) + "\">" + esc(reason.stop) + "</a> · <a href=\""
                + esc(settings.baseUrl()) + "/forum/notifications.xhtml\">All your forum emails</a></p>";
        return new MailMessage("forum-post-" + p.getId(), to, subject, text, html, headers(unsubscribeLink));
    }

    public MailMessage digest(String to, String key, String period, List<DigestItem> items, String unsubscribeLink) {
        String subject = "[" + shortName() + "] Your " + period + " forum digest: " + items.size()
                + (items.size() == 1 ? " new post" : " new posts");
        StringBuilder text = new StringBuilder("New in the forum since your last " + period + " digest:\n");
        StringBuilder html = new StringBuilder("<p>New in the forum since your last " + esc(period) + " digest:</p>\n");
        Map<Long, List<DigestItem>> byTopic = new LinkedHashMap<>();
        items.forEach(i -> byTopic.computeIfAbsent(i.topicId(), k -> new java.util.ArrayList<>()).add(i));
        for (List<DigestItem> topic : byTopic.values()) {
            DigestItem first = topic.get(0);
            text.append("\n== ").append(first.topicTitle()).append(" (").append(first.categoryName()).append(") ==\n");
            html.append("<h2>").append(esc(first.topicTitle())).append(" <small>(").append(esc(first.categoryName()))
                    .append(")</small></h2>\n<ul>\n");
            for (DigestItem i : topic) {
                String link = link(i.topicId(), i.postNumber());
                text.append("- ").append(i.author()).append(": ").append(i.excerpt()).append("\n  ").append(link).append('\n');
                html.append("<li><strong>").append(esc(i.author())).append("</strong>: ").append(esc(i.excerpt()))
                        .append(" <a href=\"").append(esc(link)).append("\">Read</a></li>\n");
            }
            html.append("</ul>\n");
        }
        text.append("\n--\nYou chose ").append(period).append(" digests. Stop all forum digests: ").append(unsubscribeLink)
                .append("\nAll your forum emails: ").append(settings.baseUrl()).append("/forum/notifications.xhtml\n");
        html.append("<hr>\n<p style=\"font-size:small\">You chose ").append(esc(period)).append(" digests. <a href=\"")
                .append(esc(unsubscribeLink)).append("\">Stop all forum digests</a> · <a href=\"").append(esc(settings.baseUrl()))
                .append("/forum/notifications.xhtml\">All your forum emails</a></p>");
        return new MailMessage(key, to, subject, text.toString(), html.toString(), headers(unsubscribeLink));
    }

    /** A link straight to the post (its page and anchor). */
    String link(Long topicId, int postNumber) {
        int page = Forum.pageOf(postNumber);
        return settings.baseUrl() + "/forum/topic.xhtml?id=" + topicId + (page > 1 ? "&page=" + page : "") + "#post-" + postNumber;
    }

    private Map<String, String> headers(String unsubscribeLink) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("List-Unsubscribe", "<" + unsubscribeLink + ">");
        h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        h.put("List-Id", "Forum <forum." + settings.baseUrl().replaceAll("^https?://", "").replaceAll("[^A-Za-z0-9.-]", "") + ">");
        return h;
    }

    private String shortName() {
        try {
            return network.getProfile().getShortName();
        } catch (RuntimeException e) {
            return "Forum";
        }
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
