package org.acorn.updates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.platform.account.Account;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.updates.KeyAction;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateForm;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateRefused;
import org.acorn.updates.UpdateTags;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;

/** Backs /updates/edit.xhtml (?id= to edit, ?kind=lscb to start one of a kind): write an update, attach files. */
@Named
@ViewScoped
public class EditUpdatePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Updates updates;
    @Inject UpdateTags tags;
    @Inject Caller caller;

    private String id;
    private String kindParam;
    private Long updateId;
    private final UpdateForm form = new UpdateForm();
    private List<PartnershipBody> bodies = List.of();
    private List<UpdateKind> kinds = List.of();
    private List<Updates.UpdateFile> files = List.of();
    private transient Part file;
    private boolean image;

    public void load() {
        Account me = caller.account().orElse(null);
        if (me == null) {
            Faces.redirect("/account/login.xhtml");
            return;
        }
        if (!updates.mayWriteAny(me)) {
            Faces.error("Only co-ordinators and statutory partner officers (for their own board) can post updates.");
            return;
        }
        bodies = updates.bodiesFor(me);
        boolean editor = me.hasRole(org.acorn.platform.security.Role.COORDINATOR) || me.hasRole(org.acorn.platform.security.Role.SITE_ADMIN);
        kinds = java.util.Arrays.stream(UpdateKind.values()).filter(k -> editor || k.fromBody()).toList();
        if (id != null) {
            updateId = Faces.id(id);
            NewsUpdate u = updateId == null ? null : updates.find(updateId).filter(x -> !x.isDeleted()).orElse(null);
            if (u == null || !updates.mayEdit(me, u)) {
                Faces.notFound();
                return;
            }
            form.setKind(u.getKind().name());
            form.setTitle(u.getTitle());
            form.setBody(u.getBodyMarkdown());
            form.setBodyId(u.getBodyId());
            form.setVisibility(u.getVisibility().name());
            form.setPublishAt(u.getPublishAt().atZone(Updates.ZONE).toLocalDateTime().withNano(0));
            form.setClosesOn(u.getClosesOn());
            form.setTags(new ArrayList<>(u.getTags()));
            form.setKeyActions(updates.actions(u.getId()).stream().map(KeyAction::getLabel).collect(Collectors.joining("\n")));
            form.setVersion(u.getVersion());
            files = updates.files(u.getId());
        } else {
            // network news for co-ordinators, the body's update for partner officers, unless the link asks for a kind
            UpdateKind.bySlug(kindParam).filter(kinds::contains)
                    .or(() -> kinds.contains(UpdateKind.valueOf(form.getKind())) ? java.util.Optional.empty() : kinds.stream().findFirst())
                    .ifPresent(k -> form.setKind(k.name()));
            if (bodies.size() == 1) form.setBodyId(bodies.get(0).getId());
        }
    }

    public void save() {
        try {
            Long saved = updates.save(updateId, form);
            Faces.flash(updateId == null ? "Your update is saved." : "Your changes are saved.");
            Faces.redirect("/updates/update.xhtml?id=" + saved);
        } catch (UpdateRefused e) {
            e.showOn("update");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (jakarta.persistence.OptimisticLockException e) {
            Faces.error("Someone else changed this update at the same moment. Reload it and make your change again.");
        }
    }

    public void upload() {
        try {
            if (file == null || file.getSize() == 0) throw new UpdateRefused("file", "Choose a file to attach.");
            try (InputStream in = file.getInputStream()) {
                updates.attach(updateId, file.getSubmittedFileName(), in, image);
            }
            Faces.flash("The file is attached.");
            Faces.redirect("/updates/edit.xhtml?id=" + updateId);
        } catch (UpdateRefused e) {
            e.showOn("files");
        } catch (UploadRefused e) {
            Faces.fieldError("files:file", e.getMessage());
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UpdateForm getForm() { return form; }
    public List<PartnershipBody> getBodies() { return bodies; }
    public List<UpdateKind> getKinds() { return kinds; }
    public List<UpdateVisibility> getVisibilities() { return List.of(UpdateVisibility.values()); }
    public List<UpdateTags.Tag> getTagOptions() { return tags.all(); }
    public List<Updates.UpdateFile> getFiles() { return files; }
    public Long getUpdateId() { return updateId; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getKindParam() { return kindParam; }
    public void setKindParam(String kindParam) { this.kindParam = kindParam; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public boolean isImage() { return image; }
    public void setImage(boolean image) { this.image = image; }
}
