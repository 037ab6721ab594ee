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
import org.acorn.forum.ForumText;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.ForumViews.TopicPage;
import org.acorn.forum.Posting;
import org.acorn.forum.TopicWatch;
import org.acorn.forum.moderation.Moderation;
import org.acorn.platform.web.Faces;

/**
 * Backs /forum/topic.xhtml?id=&amp;page= (or &amp;post=N for a reply's page): the posts, the reply form with
 * quoting (?quote=N fills it, no script needed), follow and mute, and the moderators' tools.
 */
@Named
@ViewScoped
public class TopicView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Posting posting;
    @Inject Moderation moderation;
    @Inject ForumReaders.Current current;

    private String id;
    private String page;
    private String post;
    private String quote;
    private TopicPage view;
    private List<ForumCategory> moveTargets = List.of();
    private String body;
    private Integer replyTo;
    private Long moveTo;
    private String mergeTarget;
    private String hideReason;

    public void load() {
        Long topicId = Faces.id(id);
        ForumReader r = current.get();
        ForumTopic t = forum.topic(topicId).orElse(null);
        ForumCategory c = t == null ? null : forum.category(t.getCategoryId()).orElse(null);
        if (t == null || !ForumAccess.mayReadTopic(r, c, t)) {
            Faces.notFound();
            return;
        }
        if (t.getStatus() == ForumTopic.Status.MERGED && t.getReplacedById() != null) {
            Faces.redirect("/forum/topic.xhtml?id=" + t.getReplacedById());
            return;
        }
        Integer postNumber = ForumPages.number(post);
        Integer pageNumber = ForumPages.number(page);
        int wanted = postNumber != null ? Forum.pageOf(postNumber) : pageNumber == null ? 1 : pageNumber;
        view = forum.topicPage(r, t, c, wanted);
        Integer q = ForumPages.number(quote);
        if (q != null && view.mayReply() && body == null) quote(q);
        if (view.mayModerate()) {
            moveTargets = forum.allCategories().stream().filter(x -> ForumAccess.mayModerate(r, x) && !x.getId().equals(c.getId())).toList();
        }
    }

    private void quote(int number) {
        view.posts().stream().filter(p -> p.number() == number && p.bodyShown()).findFirst()
                .ifPresent(p -> forum.post(p.id()).ifPresent(full -> {
                    body = ForumText.quote(p.authorName(), number, full.getBody());
                    replyTo = number;
                }));
    }

    public void reply() {
        try {
            Posting.Posted posted = posting.reply(view.topic().getId(), body, replyTo);
            Faces.flash(posted.pending() ? "Thank you. Your reply will appear once a moderator has approved it"
                    + " (new members' first posts are checked)." : "Your reply is posted.");
            Faces.redirect(ForumPages.topicUrl(posted.topicId(), posted.postNumber()));
        } catch (ForumRefused e) {
            e.showOn("reply");
        }
    }

    public void follow() { watch(TopicWatch.Level.FOLLOW, "You follow this topic: each reply comes to you by email."); }
    public void mute() { watch(TopicWatch.Level.MUTE, "This topic is muted: no emails about it, not even in digests."); }
    public void normal() { watch(null, "This topic now follows your category email settings."); }

    private void watch(TopicWatch.Level level, String message) {
        try {
            posting.watch(view.topic().getId(), level);
            Faces.flash(message);
            reload();
        } catch (ForumRefused e) {
            e.showOn("watch");
        }
    }

    public void delete(Long postId) {
        try {
            ForumPost p = forum.post(postId).orElse(null);
            posting.delete(postId);
            Faces.flash("Your post is deleted.");
            if (p != null && p.getPostNumber() == 1) Faces.redirect("/forum/category.xhtml?id=" + view.category().getId());
            else reload();
        } catch (ForumRefused e) {
            e.showOn("posts");
        }
    }

    public void hidePost(Long postId) {
        act(() -> moderation.hide(postId, hideReason), "The post is hidden. Its author still sees it, with your reason.");
    }

    public void restorePost(Long postId) { act(() -> moderation.restore(postId), "The post is shown again."); }
    public void approvePost(Long postId) { act(() -> moderation.approve(postId), "The post is approved and published."); }
    public void lock() { act(() -> moderation.lock(view.topic().getId(), !view.topic().isLocked()),
            view.topic().isLocked() ? "The topic is open for replies again." : "The topic is locked: no more replies."); }
    public void pin() { act(() -> moderation.pin(view.topic().getId(), !view.topic().isPinned()),
            view.topic().isPinned() ? "The topic is no longer pinned." : "The topic is pinned to the top of its category."); }

    public void hideTopic() {
        boolean hidden = view.topic().getStatus() == ForumTopic.Status.HIDDEN;
        act(() -> moderation.hideTopic(view.topic().getId(), !hidden, hideReason),
                hidden ? "The topic is shown again." : "The topic is hidden from everyone but moderators.");
    }

    public void move() {
        act(() -> moderation.move(view.topic().getId(), moveTo), "The topic is moved.");
    }

    public void merge() {
        Long target = Faces.id(mergeTarget);
        try {
            moderation.merge(view.topic().getId(), target);
            Faces.flash("The topic's posts are now at the end of topic " + target + ".");
            Faces.redirect("/forum/topic.xhtml?id=" + target);
        } catch (ForumRefused e) {
            e.showOn("mod");
        }
    }

    private void act(Runnable action, String message) {
        try {
            action.run();
            Faces.flash(message);
            reload();
        } catch (ForumRefused e) {
            e.showOn("mod");
        }
    }

    private void reload() {
        Faces.redirect("/forum/topic.xhtml?id=" + view.topic().getId() + (view.page() > 1 ? "&page=" + view.page() : ""));
    }

    public TopicPage getView() { return view; }
    public List<ForumCategory> getMoveTargets() { return moveTargets; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getQuote() { return quote; }
    public void setQuote(String quote) { this.quote = quote; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getMoveTo() { return moveTo; }
    public void setMoveTo(Long moveTo) { this.moveTo = moveTo; }
    public String getMergeTarget() { return mergeTarget; }
    public void setMergeTarget(String mergeTarget) { this.mergeTarget = mergeTarget; }
    public String getHideReason() { return hideReason; }
    public void setHideReason(String hideReason) { this.hideReason = hideReason; }

    public int getPrevPage() { return view.page() - 1; }
    public int getNextPage() { return view.page() + 1; }
    public boolean isHidden() { return view.topic().getStatus() == ForumTopic.Status.HIDDEN; }
    public boolean isPending() { return view.topic().getStatus() == ForumTopic.Status.PENDING; }
}
