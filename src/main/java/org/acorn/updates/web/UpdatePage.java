package org.acorn.updates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.text.Markdown;
import org.acorn.platform.web.Faces;
import org.acorn.updates.ConsultationResponse;
import org.acorn.updates.Consultations;
import org.acorn.updates.KeyAction;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateRefused;
import org.acorn.updates.UpdateRevision;
import org.acorn.updates.UpdateTags;
import org.acorn.updates.Updates;

/**
 * Backs /updates/update.xhtml?id=: one update with its files and tags; a briefing's key actions to tick; a
 * consultation's response form, the network's collated response and "you said, we did"; the edit history.
 */
@Named
@ViewScoped
public class UpdatePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Updates updates;
    @Inject Consultations consultations;
    @Inject UpdateTags tags;
    @Inject Caller caller;
    @Inject Markdown markdown;

    private String id;
    private NewsUpdate update;
    private String bodyName;
    private List<UpdateTags.Tag> tagList = List.of();
    private List<KeyAction> actions = List.of();
    private List<String> done = new ArrayList<>();
    private List<Updates.UpdateFile> files = List.of();
    private boolean mayEdit;
    private boolean coordinator;
    private String response;
    private boolean confirmDelete;
    private String collated;
    private String answer;

    public void load() {
        update = updates.readable(Faces.id(id)).orElse(null);
        if (update == null) {
            Faces.notFound();
            return;
        }
        Long uid = update.getId();
        bodyName = update.getBodyId() == null ? null : updates.bodyNames().get(update.getBodyId());
        List<UpdateTags.Tag> t = new ArrayList<>();
        for (UpdateTags.Tag tag : tags.all()) if (update.getTags().contains(tag.getKey())) t.add(tag);
        tagList = t;
        actions = updates.actions(uid);
        done = updates.ticked(uid).stream().map(String::valueOf).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        files = updates.files(uid);
        Account me = caller.account().orElse(null);
        mayEdit = me != null && updates.mayEdit(me, update);
        coordinator = caller.isCoordinatorOrAdmin();
        if (me != null && update.getKind() == UpdateKind.CONSULTATION) {
            response = consultations.mine(uid, me.getId()).map(ConsultationResponse::getBodyMarkdown).orElse(null);
        }
        collated = update.getCollatedMarkdown();
        answer = update.getAnswerMarkdown();
    }

    public void saveTicks() {
        try {
            Set<Long> ids = new LinkedHashSet<>();
            for (String d : done) {
                Long n = Faces.id(d);
                if (n != null) ids.add(n);
            }
            updates.tick(update.getId(), ids);
            Faces.flash("Saved your key actions.");
            Faces.redirect("/updates/update.xhtml?id=" + update.getId());
        } catch (UpdateRefused e) {
            e.showOn("actions");
        }
    }

    public void respond() {
        try {
            consultations.respond(update.getId(), response);
            Faces.flash("Thank you: your response is saved. You can change it until the consultation closes.");
            Faces.redirect("/updates/update.xhtml?id=" + update.getId());
        } catch (UpdateRefused e) {
            e.showOn("respond");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void conclude() {
        try {
            consultations.conclude(update.getId(), collated, answer);
            Faces.flash("Saved the network's response.");
            Faces.redirect("/updates/update.xhtml?id=" + update.getId());
        } catch (UpdateRefused e) {
            e.showOn("conclude");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void unpublish() { change(() -> updates.unpublish(update.getId()), "Unpublished: only those who may edit it can see it now.",
            "/updates/update.xhtml?id=" + update.getId()); }
    public void republish() { change(() -> updates.republish(update.getId()), "Published again.", "/updates/update.xhtml?id=" + update.getId()); }
    public void delete() { change(() -> updates.delete(update.getId(), confirmDelete), "The update is deleted.", "/updates/index.xhtml"); }

    private void change(Runnable action, String done, String then) {
        try {
            action.run();
            Faces.flash(done);
            Faces.redirect(then);
        } catch (UpdateRefused e) {
            e.showOn("manage");
        } catch (org.acorn.platform.security.AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public boolean isConfirmDelete() { return confirmDelete; }
    public void setConfirmDelete(boolean confirmDelete) { this.confirmDelete = confirmDelete; }
    public NewsUpdate getUpdate() { return update; }
    public String getWhen() { return UpdatePages.when(update.getPublishAt()); }
    public boolean isScheduled() { return updates.isScheduled(update); }
    public String getBodyName() { return bodyName; }
    public List<UpdateTags.Tag> getTagList() { return tagList; }
    public List<KeyAction> getActions() { return actions; }
    public List<String> getDone() { return done; }
    public void setDone(List<String> done) { this.done = done == null ? new ArrayList<>() : new ArrayList<>(done); }
    public List<Updates.UpdateFile> getFiles() { return files; }
    public boolean isMayEdit() { return mayEdit; }
    public boolean isCoordinator() { return coordinator; }
    public boolean isConsultation() { return update.getKind() == UpdateKind.CONSULTATION; }
    public boolean isOpen() { return consultations.isOpen(update); }
    public boolean isMayRespond() { return caller.account().map(consultations::mayRespond).orElse(false); }
    public long getResponseCount() { return consultations.count(update.getId()); }
    public List<ConsultationResponse> getResponses() { return coordinator ? consultations.responses(update.getId()) : List.of(); }
    public String html(String md) { return markdown.html(md); }
    public List<UpdateRevision> getHistory() { return mayEdit ? updates.history(update.getId()) : List.of(); }
    public String when(java.time.Instant at) { return UpdatePages.when(at); }
    public String getClosesOn() { return UpdatePages.day(update.getClosesOn()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public String getCollated() { return collated; }
    public void setCollated(String collated) { this.collated = collated; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
