package org.acorn.readiness.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.readiness.ItemKind;
import org.acorn.readiness.ReadinessRefused;
import org.acorn.readiness.SharedTemplates;
import org.acorn.readiness.TemplateOffer;

/**
 * Backs /readiness/templates.xhtml (?org=): templates members have shared (in the library), the form to offer one, the
 * organisation's offers, and — for co-ordinators, who keep the library — the offers waiting for review.
 */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject SharedTemplates templates;
    @Inject FileStore files;
    @Inject Caller caller;

    private String org;
    private Long organisationId;
    private String title;
    private String summary;
    private String kind;
    private transient Part file;
    private String offer;
    private String note;
    private final Map<Long, Long> shownVersions = new HashMap<>();

    public void load() {
        caller.require();
        boolean named = org != null && !org.isBlank();
        organisationId = Pages.organisation(caller, org);
        if (named && organisationId == null) {
            Faces.notFound();
            return;
        }
        shownVersions.clear();
        templates.waitingOffers().forEach(o -> shownVersions.put(o.getId(), o.getVersion()));
    }

    public void send() {
        try {
            if (organisationId == null) throw new AccessDenied("Only a member organisation's admin can offer a template.");
            if (file == null || file.getSize() == 0) throw new ReadinessRefused("file", "Choose the file to share.");
            try (InputStream in = file.getInputStream()) {
                templates.offer(organisationId, title, summary, kind, file.getSubmittedFileName(), in);
            }
            Faces.flash("Thank you. A co-ordinator will look at it before it goes into the library.");
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("offer");
        } catch (UploadRefused e) {
            Faces.fieldError("offer:file", e.getMessage());
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void publish() {
        try {
            Long resource = templates.publish(chosen(), shownVersions.get(chosen()));
            Faces.flash("Published in the library.");
            Faces.redirect("/updates/resource.xhtml?id=" + resource);
        } catch (ReadinessRefused e) {
            e.showOn("review");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void decline() {
        try {
            templates.decline(chosen(), note, shownVersions.get(chosen()));
            Faces.flash("Declined. The organisation has been told why.");
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("review");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    private Long chosen() {
        Long id = Faces.id(offer);
        if (id == null || !shownVersions.containsKey(id)) throw new ReadinessRefused("offer", "Choose an offer from the list.");
        return id;
    }

    private String self() { return "/readiness/templates.xhtml" + (organisationId == null ? "" : "?org=" + organisationId); }

    public List<TemplateOffer> getPublished() { return templates.published(null); }
    public List<TemplateOffer> getMine() { return organisationId == null ? List.of() : templates.ofOrganisation(organisationId); }
    public List<TemplateOffer> getWaiting() { return templates.waitingOffers(); }
    public String fileLink(TemplateOffer o) { return files.find(keyOf(o)).map(StoredFile::getPath).orElse(""); }
    private String keyOf(TemplateOffer o) { return templates.fileKey(o); }
    public String orgName(Long id) { return templates.organisationName(id); }
    public List<ItemKind> getKinds() { return List.of(ItemKind.values()); }
    public String when(Instant at) { return Pages.when(at); }
    public Long getOrganisationId() { return organisationId; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getOffer() { return offer; }
    public void setOffer(String offer) { this.offer = offer; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
