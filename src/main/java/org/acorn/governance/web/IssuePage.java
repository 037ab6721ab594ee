package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.issue.IssueLog;
import org.acorn.governance.issue.IssueStage;
import org.acorn.governance.issue.IssueStep;
import org.acorn.governance.issue.RaisedIssue;
import org.acorn.platform.web.Faces;

/** Backs /representation/issues.xhtml (the log, raising an issue) and /representation/issue.xhtml?id=. */
@Named
@ViewScoped
public class IssuePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject IssueLog log;
    @Inject Bodies bodies;

    private String id;
    private String stage;
    private String body;
    private RaisedIssue issue;
    private List<IssueStage> stages;
    private List<RaisedIssue> list;
    // raising
    private String title;
    private String description;
    private Long bodyId;
    private boolean publicIssue;
    // moving on
    private IssueStep next;
    private String note;
    private LocalDate happenedOn;

    public void loadList() {
        IssueStep s = null;
        try {
            if (stage != null && !stage.isBlank()) s = IssueStep.valueOf(stage);
        } catch (IllegalArgumentException ignored) {
            // an unknown stage lists everything
        }
        list = log.list(s);
        bodyId = Faces.id(body);
    }

    public void load() {
        issue = log.visible(Faces.id(id)).orElse(null);
        if (issue == null) {
            Faces.notFound();
            return;
        }
        stages = log.stages(issue.getId());
    }

    public void raise() {
        try {
            RaisedIssue i = log.raise(title, description, bodyId, publicIssue);
            Faces.flash("Your issue is logged. We will email you as it moves on.");
            Faces.redirect("/representation/issue.xhtml?id=" + i.getId());
        } catch (InvalidInput e) {
            Faces.errors("raise", e.errors());
        }
    }

    public void advance() {
        try {
            log.advance(issue.getId(), next, note, happenedOn);
            Faces.flash("The issue is now at: " + next.label() + ". The person who raised it has been emailed.");
            Faces.redirect("/representation/issue.xhtml?id=" + issue.getId());
        } catch (InvalidInput e) {
            Faces.errors("advance", e.errors());
        }
    }

    public boolean isMayHandle() { return issue != null && log.mayHandle(issue); }
    public List<IssueStep> getNextSteps() {
        return Arrays.stream(IssueStep.values()).filter(s -> issue.getStage().mayMoveTo(s)).toList();
    }
    public List<IssueStep> getSteps() { return List.of(IssueStep.values()); }
    public List<PartnershipBody> getBodies() { return bodies.all(); }
    public String bodyName(Long id) { return id == null ? "The network" : bodies.find(id).map(PartnershipBody::getName).orElse(""); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public RaisedIssue getIssue() { return issue; }
    public List<IssueStage> getStages() { return stages; }
    public List<RaisedIssue> getList() { return list; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public boolean isPublicIssue() { return publicIssue; }
    public void setPublicIssue(boolean publicIssue) { this.publicIssue = publicIssue; }
    public IssueStep getNext() { return next; }
    public void setNext(IssueStep next) { this.next = next; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public void setHappenedOn(LocalDate happenedOn) { this.happenedOn = happenedOn; }
}
