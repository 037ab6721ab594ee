package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.moderation.Flag;
import org.acorn.forum.moderation.Moderation;
import org.acorn.platform.web.Faces;

/** Backs /forum/flag.xhtml?post=: tell the moderators a post breaks the code of conduct. */
@Named
@ViewScoped
public class FlagPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Moderation moderation;
    @Inject ForumReaders.Current current;

    private String post;
    private Long postId;
    private Long topicId;
    private int number;
    private String topicTitle;
    private String excerpt;
    private Flag.Reason reason;
    private String note;

    public void load() {
        ForumReader r = current.get();
        Forum.PostInTopic found = forum.readablePost(r, Faces.id(post)).orElse(null);
        if (found == null) {
            Faces.notFound();
            return;
        }
        ForumPost p = found.post();
        ForumTopic t = found.topic();
        ForumCategory c = found.category();
        postId = p.getId();
        topicId = t.getId();
        number = p.getPostNumber();
        topicTitle = t.getTitle();
        excerpt = org.acorn.forum.ForumText.excerpt(p.getBody(), 300);
        if (!ForumAccess.mayFlag(r, c, p)) Faces.error("You cannot flag this post.");
    }

    public void submit() {
        try {
            boolean hidden = moderation.flag(postId, reason, note);
            Faces.flash(hidden ? "Thank you. Several people have flagged this post, so it is hidden until a moderator looks at it."
                    : "Thank you. A moderator will look at the post.");
            Faces.redirect(ForumPages.topicUrl(topicId, number));
        } catch (ForumRefused e) {
            e.showOn("flag");
        }
    }

    public List<Flag.Reason> getReasons() { return List.of(Flag.Reason.values()); }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getTopicTitle() { return topicTitle; }
    public String getExcerpt() { return excerpt; }
    public Long getTopicId() { return topicId; }
    public int getNumber() { return number; }
    public Flag.Reason getReason() { return reason; }
    public void setReason(Flag.Reason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
