package org.acorn.bulletins.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.bulletins.Bulletin;
import org.acorn.bulletins.BulletinRecipient;
import org.acorn.bulletins.Bulletins;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.updates.web.UpdatePages;

/**
 * Backs /bulletins/delivery.xhtml?id=: how far a bulletin's sending has got (being addressed, queued, sent, failed)
 * and who did not get it and why. Without a script, "Reload now" or, when asked for (?follow=1), a meta refresh every
 * few seconds until it is done; asked for, not by default, because a page that reloads by itself is hard to use with
 * a screen reader (WCAG 2.2.1). A script, where it runs, updates the counts in place.
 */
@Named
@RequestScoped
public class DeliveryPage {

    static final int REFRESH_SECONDS = 3;

    @Inject Bulletins bulletins;
    @Inject Caller caller;

    private String id;
    private String follow;
    private Bulletin bulletin;
    private Bulletins.Progress progress;

    public void load() {
        Long bid = Faces.id(id);
        if (!caller.isCoordinatorOrAdmin() || bid == null) {
            Faces.notFound();
            return;
        }
        bulletins.finishSending();
        bulletin = bulletins.find(bid).orElse(null);
        if (bulletin == null) {
            Faces.notFound();
            return;
        }
        progress = bulletins.progress(bid);
    }

    /** Still going: the page asks the browser to reload it. Drafts and scheduled bulletins have nothing to follow. */
    public boolean isLive() {
        return bulletin != null && bulletin.getStatus() == Bulletin.Status.SENDING;
    }

    /** Refreshing by itself: still going, and the reader asked for it. */
    public boolean isRefreshing() { return isLive() && "1".equals(follow); }
    public int getRefreshSeconds() { return REFRESH_SECONDS; }
    public String getFollow() { return follow; }
    public void setFollow(String follow) { this.follow = follow; }
    public Bulletin getBulletin() { return bulletin; }
    public Bulletins.Progress getProgress() { return progress; }
    public List<BulletinRecipient> getFailures() { return bulletins.failures(bulletin.getId()); }
    public String getQueuedAt() { return UpdatePages.when(bulletin.getQueuedAt()); }
    public String getSentAt() { return UpdatePages.when(bulletin.getSentAt()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
