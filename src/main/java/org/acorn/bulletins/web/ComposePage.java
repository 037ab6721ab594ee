package org.acorn.bulletins.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.acorn.bulletins.Bulletin;
import org.acorn.bulletins.BulletinItem;
import org.acorn.bulletins.BulletinRecipient;
import org.acorn.bulletins.BulletinRefused;
import org.acorn.bulletins.BulletinRender;
import org.acorn.bulletins.BulletinSection;
import org.acorn.bulletins.BulletinSettings;
import org.acorn.bulletins.Bulletins;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.bulletins.audience.Audiences;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.updates.web.UpdatePages;

/**
 * Backs /bulletins/compose.xhtml?id=: title, audience and introduction; "what is new" to pick from; sections and
 * items to reorder; the preview exactly as sent (HTML and plain text); test send, approval, schedule or send now;
 * and, once sending, live progress.
 */
@Named
@ViewScoped
public class ComposePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bulletins bulletins;
    @Inject Audiences audiences;
    @Inject BulletinSettings settings;
    @Inject org.acorn.bulletins.BulletinPolicy policy;
    @Inject Caller caller;

    private String id;
    private Long bulletinId;
    private String title;
    private String intro;
    private String audience;
    private List<String> picked = new ArrayList<>();
    private LocalDateTime when;
    private Audiences.Summary summary;

    /** A section with its items, for the page. */
    public record SectionView(BulletinSection section, List<BulletinItem> items) {
        public BulletinSection getSection() { return section; }
        public List<BulletinItem> getItems() { return items; }
    }

    public void load() {
        if (!caller.isCoordinatorOrAdmin()) {
            Faces.notFound();
            return;
        }
        bulletinId = Faces.id(id);
        Bulletin b = bulletins.find(bulletinId).orElse(null);
        if (b == null) {
            Faces.notFound();
            return;
        }
        title = b.getTitle();
        intro = b.getIntroMarkdown();
        audience = b.getAudience();
        bulletins.finishSending();
    }

    private Bulletin bulletin() { return bulletins.find(bulletinId).orElseThrow(); }

    private void run(Runnable action, String done, String form) {
        try {
            action.run();
            if (done != null) Faces.flash(done);
            Faces.redirect("/bulletins/compose.xhtml?id=" + bulletinId);
        } catch (BulletinRefused e) {
            show(e, form);
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (jakarta.persistence.OptimisticLockException e) {
            Faces.error("Someone else changed this bulletin at the same moment. Reload it and try again.");
        }
    }

    /** On the send form only the time has a field of its own; anything else is said at the top of the page. */
    private static void show(BulletinRefused e, String form) {
        if ("send".equals(form) && !"when".equals(e.field()) || "sections".equals(form) || "new".equals(form)) Faces.error(e.getMessage());
        else e.showOn(form);
    }

    public void save() { run(() -> bulletins.write(bulletinId, title, intro, audience), "Saved.", "compose"); }

    public void add() {
        try {
            int n = bulletins.add(bulletinId, picked);
            Faces.flash(n == 1 ? "Added 1 item." : "Added " + n + " items.");
            Faces.redirect("/bulletins/compose.xhtml?id=" + bulletinId);
        } catch (BulletinRefused e) {
            e.showOn("new");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void sectionUp(Long sectionId) { run(() -> bulletins.moveSection(bulletinId, sectionId, -1), null, "sections"); }
    public void sectionDown(Long sectionId) { run(() -> bulletins.moveSection(bulletinId, sectionId, 1), null, "sections"); }
    public void itemUp(Long itemId) { run(() -> bulletins.moveItem(bulletinId, itemId, -1), null, "sections"); }
    public void itemDown(Long itemId) { run(() -> bulletins.moveItem(bulletinId, itemId, 1), null, "sections"); }
    public void remove(Long itemId) { run(() -> bulletins.removeItem(bulletinId, itemId), "Removed.", "sections"); }

    public void testSend() {
        try {
            String to = bulletins.testSend(bulletinId);
            Faces.flash("A test copy is on its way to " + to + ".");
            Faces.redirect("/bulletins/compose.xhtml?id=" + bulletinId);
        } catch (BulletinRefused e) {
            show(e, "send");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void askApproval() { run(() -> bulletins.submitForApproval(bulletinId), "Sent for approval: another co-ordinator can now approve it here.", "send"); }
    public void approve() { run(() -> bulletins.approve(bulletinId), "Approved: it can now be sent or scheduled.", "send"); }
    public void schedule() { run(() -> bulletins.schedule(bulletinId, when), "Scheduled.", "send"); }

    public void sendNow() {
        try {
            int n = bulletins.sendNow(bulletinId);
            Faces.flash("Sending to " + n + (n == 1 ? " person." : " people.") + " This page follows the delivery.");
            Faces.redirect("/bulletins/delivery.xhtml?id=" + bulletinId);
        } catch (BulletinRefused e) {
            show(e, "send");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public Bulletin getBulletin() { return bulletin(); }
    public boolean isEditable() { return bulletin().isEditable(); }
    public List<ItemCandidate> getWhatIsNew() { return isEditable() ? bulletins.whatIsNew(bulletinId) : List.of(); }
    public List<SectionView> getSections() {
        List<SectionView> out = new ArrayList<>();
        for (BulletinSection s : bulletins.sections(bulletinId)) out.add(new SectionView(s, bulletins.items(s.getId())));
        return out;
    }
    public BulletinRender.Frozen preview() { return bulletins.preview(bulletinId); }
    public String getPreviewHtml() { return BulletinRender.bodyOf(preview().html()); }
    public String getPreviewText() { return preview().text(); }
    public String getPreviewSubject() { return preview().subject(); }
    public Bulletins.Progress getProgress() { return bulletins.progress(bulletinId); }
    public List<BulletinRecipient> getFailures() { return bulletins.failures(bulletinId); }
    public boolean isSending() { return bulletin().getStatus() == Bulletin.Status.SENDING; }
    public boolean isStarted() { return bulletin().getStatus() == Bulletin.Status.SENDING || bulletin().getStatus() == Bulletin.Status.SENT; }
    public boolean isApprovalRequired() { return policy.approvalRequired(); }
    public String getScheduledAt() { return UpdatePages.when(bulletin().getScheduledAt()); }
    public List<Audiences.Choice> getAudiences() { return audiences.choicesForPicker(); }
    public String getAudienceLabel() { return audiences.describe(bulletin().getAudience()); }

    /** Who it reaches and how (worked out once per view: every action redirects to a new one). */
    public Audiences.Summary getAudienceSummary() {
        if (summary == null) summary = bulletins.audienceSummary(bulletinId);
        return summary;
    }
    public String when(java.time.Instant at) { return UpdatePages.when(at); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getBulletinId() { return bulletinId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public List<String> getPicked() { return picked; }
    public void setPicked(List<String> picked) { this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked); }
    public LocalDateTime getWhen() { return when; }
    public void setWhen(LocalDateTime when) { this.when = when; }
}
