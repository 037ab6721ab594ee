package org.acorn.readiness.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.readiness.Checklist;
import org.acorn.readiness.ItemKind;
import org.acorn.readiness.ItemState;
import org.acorn.readiness.Readiness;
import org.acorn.readiness.ReadinessItem;
import org.acorn.readiness.ReadinessRefused;
import org.acorn.readiness.ReadinessSettings;

/**
 * Backs /readiness/index.xhtml (?org= for staff): an organisation's readiness checklist and score, the form to send a
 * document, what is missing and who can help, and — for staff — the review of each document.
 */
@Named
@ViewScoped
public class ChecklistPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Checklist checklist;
    @Inject Readiness readiness;
    @Inject ReadinessSettings settings;
    @Inject Caller caller;

    private String org;
    private Long organisationId;
    private transient Checklist.View view;
    private transient Readiness.Report report;
    /** The version of each document as shown, so a review never lands on a document sent since. */
    private final Map<Long, Long> shownVersions = new HashMap<>();
    /** The version of each kind's document when the page was loaded, so a send never silently replaces one sent since. */
    private final Map<ItemKind, Long> shownByKind = new HashMap<>();

    private String kind;
    private LocalDate expiresOn;
    private String note;
    private transient Part file;
    private String reviewItem;
    private String reviewNote;

    public void load() {
        organisationId = Pages.organisation(caller, org);
        if (organisationId == null || !refresh()) {
            Faces.notFound();
            return;
        }
        rememberShown();
    }

    private void rememberShown() {
        shownByKind.clear();
        view.items().forEach((k, i) -> shownByKind.put(k, i.getVersion()));
    }

    private boolean refresh() {
        view = checklist.view(organisationId).orElse(null);
        if (view == null) return false;
        report = readiness.report(organisationId, ItemKind.all());
        shownVersions.clear();
        view.items().values().forEach(i -> shownVersions.put(i.getId(), i.getVersion()));
        return true;
    }

    private Checklist.View view() {
        if (view == null) refresh();
        return view;
    }

    public void send() {
        try {
            if (file == null || file.getSize() == 0) throw new ReadinessRefused("file", "Choose the document to send.");
            ReadinessItem item;
            try (InputStream in = file.getInputStream()) {
                ItemKind k = ItemKind.parse(kind);
                long shown = k == null ? Checklist.ANY_VERSION : shownByKind.getOrDefault(k, Checklist.NONE_SHOWN);
                item = checklist.submit(organisationId, kind, expiresOn, note, file.getSubmittedFileName(), in, shown);
            }
            Faces.flash(item.getKind().getLabel() + " sent. A development officer will review it.");
            Faces.redirect(self());
        } catch (ReadinessRefused.Overtaken e) {
            // show the document that arrived first; the sender's kind, date and note stay in the form for a resend
            Faces.error(e.getMessage());
            if (refresh()) rememberShown();
        } catch (ReadinessRefused e) {
            e.showOn("upload");
        } catch (UploadRefused e) {
            Faces.fieldError("upload:file", e.getMessage());
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void accept() { review("ACCEPTED"); }

    public void needsWork() { review("NEEDS_WORK"); }

    private void review(String outcome) {
        try {
            Long id = Faces.id(reviewItem);
            Long version = id == null ? null : shownVersions.get(id);
            if (version == null) throw new ReadinessRefused("reviewItem", "Choose a document from the list.");
            checklist.review(id, outcome, reviewNote, version);
            Faces.flash("ACCEPTED".equals(outcome) ? "Accepted. The organisation has been emailed." : "Sent back with your note. The organisation has been emailed.");
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("review");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (OptimisticLockException e) {
            Faces.error("Someone else changed this document at the same moment. Look at it again.");
        }
    }

    private String self() { return "/readiness/index.xhtml?org=" + organisationId; }

    public Checklist.View getView() { return view(); }
    public Readiness.Report getReport() { if (report == null) refresh(); return report; }
    public List<ItemKind> getKinds() { return List.of(ItemKind.values()); }
    public ReadinessItem item(ItemKind k) { return view().items().get(k); }
    public ItemState state(ItemKind k) { return view().states().getOrDefault(k, ItemState.MISSING); }
    public String stateClass(ItemKind k) { return "state-" + state(k).name().toLowerCase().replace('_', '-'); }
    public String fileLink(ReadinessItem i) { return checklist.file(i).map(StoredFile::getPath).orElse(null); }
    public String fileName(ReadinessItem i) { return checklist.file(i).map(StoredFile::getFileName).orElse(""); }
    public List<ReadinessItem> getReviewable() {
        return view().items().values().stream().filter(i -> i.stateOn(checklist.today()) != ItemState.EXPIRED).toList();
    }
    public String join(List<String> names) { return String.join(", ", names); }
    public boolean isStaff() { return caller.isStaff(); }
    public long getMaxMb() { return settings.documentMaxBytes() / (1024 * 1024); }
    public String day(LocalDate d) { return Pages.day(d); }
    public String when(Instant at) { return Pages.when(at); }
    public Long getOrganisationId() { return organisationId; }

    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getReviewItem() { return reviewItem; }
    public void setReviewItem(String reviewItem) { this.reviewItem = reviewItem; }
    public String getReviewNote() { return reviewNote; }
    public void setReviewNote(String reviewNote) { this.reviewNote = reviewNote; }
}
