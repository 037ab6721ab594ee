package org.acorn.forum.web;

import org.acorn.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumTopic;

/** Backs /forum/history.xhtml?post=: the current version of a post and every earlier one. */
@Named("postHistory")
@RequestScoped
public class HistoryPage {

    @Inject Forum forum;
    @Inject ForumReaders.Current current;

    private String post;
    private ForumPost current0;
    private ForumTopic topic;
    private List<Forum.Version> versions = List.of();

    public void load() {
        ForumReader r = current.get();
        Forum.PostInTopic found = forum.readablePost(r, Faces.id(post)).orElse(null);
        if (found == null) {
            Faces.notFound();
            return;
        }
        current0 = found.post();
        topic = found.topic();
        versions = forum.history(current0);
    }

    public ForumPost getCurrent() { return current0; }
    public ForumTopic getTopic() { return topic; }
    public List<Forum.Version> getVersions() { return versions; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getLink() { return ForumPages.topicUrl(topic.getId(), current0.getPostNumber()); }
}
