package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.moderation.Moderation;
import org.acorn.forum.moderation.Moderation.QueueItem;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.web.Faces;

/** Backs /forum/moderation.xhtml: flagged and waiting posts, what to do with each, and the moderation log. */
@Named
@ViewScoped
public class ModerationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Moderation moderation;
    @Inject ForumReaders.Current current;

    private List<QueueItem> queue;
    private List<String[]> log;
    private String reason;

    public void load() {
        if (!current.get().moderatesSomething()) throw new AccessDenied("Only moderators can see the moderation queue.");
        queue = moderation.queue();
        log = moderation.recentLog(100);
    }

    public void hide(QueueItem item) { act(() -> moderation.hide(item.postId(), reason), "The post is hidden."); }
    public void dismiss(QueueItem item) { act(() -> moderation.dismissFlags(item.postId()), "The flags are dismissed; the post stays."); }
    public void approve(QueueItem item) { act(() -> moderation.approve(item.postId()), "The post is approved and published."); }
    public void reject(QueueItem item) { act(() -> moderation.reject(item.postId(), reason), "The post is not published."); }

    private void act(Runnable action, String message) {
        try {
            action.run();
            Faces.flash(message);
            Faces.redirect("/forum/moderation.xhtml");
        } catch (ForumRefused e) {
            e.showOn("queue");
        }
    }

    public List<QueueItem> getQueue() { return queue; }
    public List<String[]> getLog() { return log; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
