package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.Posting;
import org.acorn.platform.web.Faces;

/** Backs /forum/edit.xhtml?post=: edit a post (and the title, for an opening post); the old version is kept. */
@Named
@ViewScoped
public class EditPostPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Posting posting;
    @Inject ForumReaders.Current current;

    private String postParam;
    private Long postId;
    private Long topicId;
    private int number;
    private boolean opening;
    private String title;
    private String body;
    private String topicTitle;

    public void load() {
        ForumReader r = current.get();
        Forum.PostInTopic found = forum.readablePost(r, Faces.id(postParam)).orElse(null);
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
        opening = number == 1;
        topicTitle = t.getTitle();
        title = t.getTitle();
        body = p.getBody();
        if (!ForumAccess.mayEdit(r, c, t, p)) Faces.error("You can only edit your own posts.");
    }

    public void save() {
        try {
            posting.edit(postId, body, opening ? title : null);
            Faces.flash("Your changes are saved. The earlier version is in the post's history.");
            Faces.redirect(ForumPages.topicUrl(topicId, number));
        } catch (ForumRefused e) {
            e.showOn("edit");
        }
    }

    public String getPostParam() { return postParam; }
    public void setPostParam(String p) { this.postParam = p; }
    public Long getTopicId() { return topicId; }
    public int getNumber() { return number; }
    public boolean isOpening() { return opening; }
    public String getTopicTitle() { return topicTitle; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
