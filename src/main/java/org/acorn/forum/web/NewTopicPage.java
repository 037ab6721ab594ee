package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.Posting;
import org.acorn.platform.web.Faces;

/** Backs /forum/new.xhtml?category=: start a topic. */
@Named
@ViewScoped
public class NewTopicPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Posting posting;
    @Inject ForumReaders.Current current;

    private String categoryParam;
    private ForumCategory category;
    private String title;
    private String body;

    public void load() {
        ForumReader r = current.get();
        category = forum.category(Faces.id(categoryParam)).orElse(null);
        if (category == null || !ForumAccess.mayRead(r, category)) {
            Faces.notFound();
            return;
        }
        if (!ForumAccess.mayStartTopic(r, category)) Faces.error("You cannot start a topic in " + category.getName() + ".");
    }

    public void post() {
        try {
            Posting.Posted posted = posting.startTopic(category.getId(), title, body);
            Faces.flash(posted.pending() ? "Thank you. Your topic will appear once a moderator has approved it"
                    + " (new members' first posts are checked)." : "Your topic is posted. You will get an email when someone replies.");
            Faces.redirect("/forum/topic.xhtml?id=" + posted.topicId());
        } catch (ForumRefused e) {
            e.showOn("topic");
        }
    }

    public ForumCategory getCategory() { return category; }
    public String getCategoryParam() { return categoryParam; }
    public void setCategoryParam(String c) { this.categoryParam = c; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
