package org.acorn.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
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
        ForumPost p = forum.post(ForumPages.id(post)).orElse(null);
        ForumTopic t = p == null ? null : forum.topic(p.getTopicId()).orElse(null);
        ForumCategory c = t == null ? null : forum.category(t.getCategoryId()).orElse(null);
        if (p == null || !ForumAccess.mayReadTopic(r, c, t) || !ForumAccess.maySeeBody(r, c, p)) {
            ForumPages.notFound();
            return;
        }
        current0 = p;
        topic = t;
        versions = forum.history(p);
    }

    public ForumPost getCurrent() { return current0; }
    public ForumTopic getTopic() { return topic; }
    public List<Forum.Version> getVersions() { return versions; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getLink() { return ForumPages.topicUrl(topic.getId(), current0.getPostNumber()); }
}
