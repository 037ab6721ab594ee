package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ForumViews.TopicList;
import org.acorn.forum.Subscription.Mode;
import org.acorn.forum.notification.Subscriptions;
import org.acorn.platform.web.Faces;

/** Backs /forum/category.xhtml?id=&amp;after=: a page of topics, newest activity first, and the email choice. */
@Named
@ViewScoped
public class CategoryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Subscriptions subscriptions;
    @Inject ForumReaders.Current current;

    private String id;
    private String after;
    private ForumCategory category;
    private TopicList topics;
    private boolean mayStart;
    private Mode mode = Mode.NONE;
    private String audience;

    public void load() {
        ForumReader r = current.get();
        category = forum.category(Faces.id(id)).orElse(null);
        if (category == null || !ForumAccess.mayRead(r, category)) {
            Faces.notFound();
            return;
        }
        topics = forum.topics(r, category, after);
        mayStart = ForumAccess.mayStartTopic(r, category);
        audience = category.audienceLabel(forum.districtNames().get(category.getDistrictId()));
        if (r.signedIn()) mode = subscriptions.modes(r.accountId()).getOrDefault(category.getId(), Mode.NONE);
    }

    public void saveMode() {
        try {
            subscriptions.set(category.getId(), mode);
            Faces.flash("Saved: " + mode.label().toLowerCase() + " for " + category.getName() + ".");
            Faces.redirect("/forum/category.xhtml?id=" + category.getId());
        } catch (ForumRefused e) {
            e.showOn("email");
        }
    }

    public List<Mode> getModes() { return List.of(Mode.values()); }
    public ForumCategory getCategory() { return category; }
    public TopicList getTopics() { return topics; }
    public boolean isMayStart() { return mayStart; }
    public String getAudience() { return audience; }
    public Mode getMode() { return mode; }
    public void setMode(Mode mode) { this.mode = mode; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
