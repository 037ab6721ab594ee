package org.acorn.updates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.updates.UpdateRefused;
import org.acorn.updates.UpdateTags;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;
import org.acorn.updates.library.Library;
import org.acorn.updates.library.LibraryResource;
import org.acorn.updates.library.LibraryVersion;
import org.acorn.updates.library.ResourceCategory;

/**
 * Backs /updates/library.xhtml (?tag=) — the resource library, and a co-ordinator's form to add to it — and
 * /updates/resource.xhtml?id= — one resource's versions, and a new version.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Library library;
    @Inject UpdateTags tags;
    @Inject Caller caller;

    private String tag;
    private String id;
    private LibraryResource resource;
    private String title;
    private String summary;
    private String category = ResourceCategory.GUIDANCE.name();
    private String visibility = UpdateVisibility.PUBLIC.name();
    private LocalDate reviewOn;
    private List<String> chosenTags = new ArrayList<>();
    private String note;
    private transient Part file;
    private Edit edit;

    public void loadList() {
        if (tag != null && !tag.isBlank() && !UpdateTags.wellFormed(tag)) Faces.notFound();
    }

    public void loadOne() {
        resource = library.readable(Faces.id(id)).orElse(null);
        if (resource == null) {
            Faces.notFound();
            return;
        }
        edit = new Edit(resource);
    }

    /** The "edit details" form, filled from the resource. */
    public static final class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String summary;
        private String category;
        private String visibility;
        private LocalDate reviewOn;
        private List<String> tags;
        private long version;

        Edit(LibraryResource r) {
            title = r.getTitle();
            summary = r.getSummary();
            category = r.getCategory().name();
            visibility = r.getVisibility().name();
            reviewOn = r.getReviewOn();
            tags = new ArrayList<>(r.getTags());
            version = r.getVersion();
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getVisibility() { return visibility; }
        public void setVisibility(String visibility) { this.visibility = visibility; }
        public LocalDate getReviewOn() { return reviewOn; }
        public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
        public List<String> getTags() { return tags; }
        public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags); }
    }

    public void saveDetails() {
        try {
            library.edit(resource.getId(), edit.title, edit.summary, edit.category, edit.visibility, edit.reviewOn, edit.tags, edit.version);
            Faces.flash("The resource's details are saved.");
            Faces.redirect("/updates/resource.xhtml?id=" + resource.getId());
        } catch (UpdateRefused e) {
            e.showOn("details");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (jakarta.persistence.OptimisticLockException e) {
            Faces.error("Someone else changed this resource at the same moment. Reload it and try again.");
        }
    }

    public Edit getEdit() { return edit; }
    public List<org.acorn.updates.library.LibraryRevision> getHistory() { return isEditor() ? library.history(resource.getId()) : List.of(); }

    public void add() {
        try {
            if (file == null || file.getSize() == 0) throw new UpdateRefused("file", "Choose the file.");
            Long rid;
            try (InputStream in = file.getInputStream()) {
                rid = library.add(title, summary, category, visibility, reviewOn, chosenTags, file.getSubmittedFileName(), in);
            }
            Faces.flash("Added to the library.");
            Faces.redirect("/updates/resource.xhtml?id=" + rid);
        } catch (UpdateRefused e) {
            e.showOn("add");
        } catch (UploadRefused e) {
            Faces.fieldError("add:file", e.getMessage());
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addVersion() {
        try {
            if (file == null || file.getSize() == 0) throw new UpdateRefused("file", "Choose the file.");
            int n;
            try (InputStream in = file.getInputStream()) {
                n = library.addVersion(resource.getId(), note, reviewOn, file.getSubmittedFileName(), in);
            }
            Faces.flash("Version " + n + " added.");
            Faces.redirect("/updates/resource.xhtml?id=" + resource.getId());
        } catch (UpdateRefused e) {
            e.showOn("version");
        } catch (UploadRefused e) {
            Faces.fieldError("version:file", e.getMessage());
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LibraryResource> getResources() { return library.list(tag == null || tag.isBlank() ? null : tag); }
    public List<LibraryVersion> getVersions() { return library.versions(resource.getId()); }
    public boolean due(LibraryResource r) { return r.getReviewOn().isBefore(LocalDate.now(Updates.ZONE)); }
    public String day(LocalDate d) { return UpdatePages.day(d); }
    public String when(java.time.Instant at) { return UpdatePages.when(at); }
    public Map<String, String> getTagLabels() { return tags.labels(); }
    public List<UpdateTags.Tag> getTagOptions() { return tags.all(); }
    public List<ResourceCategory> getCategories() { return List.of(ResourceCategory.values()); }
    public List<UpdateVisibility> getVisibilities() { return List.of(UpdateVisibility.values()); }
    public boolean isEditor() { return caller.isCoordinatorOrAdmin(); }
    public LibraryResource getResource() { return resource; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
    public List<String> getChosenTags() { return chosenTags; }
    public void setChosenTags(List<String> chosenTags) { this.chosenTags = chosenTags == null ? new ArrayList<>() : new ArrayList<>(chosenTags); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
