package org.acorn.consortium.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.consortium.bid.Bid;
import org.acorn.consortium.bid.BidTask;
import org.acorn.consortium.bid.Bids;
import org.acorn.consortium.bid.Check;
import org.acorn.consortium.opportunity.Opportunities;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.web.Faces;

/**
 * Backs /consortium/bid.xhtml?id=: the bid team's workspace. Anyone outside the team gets the site's 404, as for an
 * id that does not exist.
 */
@Named
@ViewScoped
public class BidPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bids bids;
    @Inject Opportunities opportunities;

    private String id;
    private Bid bid;
    private Opportunity opportunity;
    private String taskTitle;
    private Long taskOwner;
    private String taskDue;
    private String message;
    private String docTitle;
    private String docNote;
    private transient jakarta.servlet.http.Part newFile;
    private Long versionDocument;
    private Integer basedOn;
    private String note;
    private transient jakarta.servlet.http.Part file;
    private Long evidenceOrg;
    private String feedback;
    /** The version of each document the page showed, so a save says what it was based on. */
    private Map<Long, Integer> shownVersions = new HashMap<>();
    /**
     * The documents as this view showed them: read once, so a button shown on the page (check out) is still there when
     * its press arrives even if someone else has meanwhile taken the document; the service then says so.
     */
    private List<Bids.DocumentView> documents;

    public void load() {
        bid = bids.workspace(Faces.id(id)).orElse(null);
        if (bid == null) {
            Faces.notFound();
            return;
        }
        opportunity = opportunities.load(bid.getOpportunityId()).orElseThrow();
        documents = bids.documents(bid.getId());
        documents.forEach(d -> shownVersions.put(d.document().getId(), d.document().getCurrentVersion()));
    }

    private void reload(String notice) {
        Faces.flash(notice);
        Faces.redirect("/consortium/bid.xhtml?id=" + bid.getId());
    }

    public void addTask() {
        try {
            bids.addTask(bid.getId(), taskTitle, taskOwner, taskDue);
            reload("The task is added.");
        } catch (InvalidInput e) {
            Faces.errors("task", e.errors());
        }
    }

    public void done(Long taskId) {
        try {
            bids.taskDone(bid.getId(), taskId);
            reload("Marked done.");
        } catch (InvalidInput e) {
            Faces.errors("tasks", e.errors());
        }
    }

    public void addDocument() {
        try {
            requireFile(newFile, "newFile");
            try (InputStream in = newFile.getInputStream()) {
                bids.addDocument(bid.getId(), docTitle, newFile.getSubmittedFileName(), in, docNote);
            }
            reload("The document is added as version 1.");
        } catch (InvalidInput e) {
            Faces.errors("newdoc", e.errors());
        } catch (UploadRefused e) {
            Faces.fieldError("newdoc:newFile", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void checkOut(Long documentId) {
        try {
            bids.checkOut(documentId);
            reload("It is checked out to you: nobody else can save a version until you check it in or let it go.");
        } catch (InvalidInput e) {
            Faces.errors("docs", e.errors());
        }
    }

    public void release(Long documentId) {
        try {
            bids.release(documentId);
            reload("The document is free again.");
        } catch (InvalidInput e) {
            Faces.errors("docs", e.errors());
        }
    }

    public void checkIn() {
        try {
            if (versionDocument == null) throw new InvalidInput("document", "Choose the document.");
            requireFile(file, "file");
            int from = basedOn != null ? basedOn : shownVersions.getOrDefault(versionDocument, 0);
            try (InputStream in = file.getInputStream()) {
                bids.checkIn(versionDocument, from, file.getSubmittedFileName(), in, note);
            }
            reload("The new version is saved.");
        } catch (InvalidInput e) {
            Faces.errors("checkin", e.errors());
        } catch (UploadRefused e) {
            Faces.fieldError("checkin:file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void post() {
        try {
            bids.post(bid.getId(), message);
            reload("Your message is posted.");
        } catch (InvalidInput e) {
            Faces.errors("discussion", e.errors());
        }
    }

    public void tick(Long checkId, boolean done) {
        try {
            bids.tick(bid.getId(), checkId, done);
            reload(done ? "Ticked." : "Unticked.");
        } catch (InvalidInput e) {
            Faces.errors("checklist", e.errors());
        }
    }

    public void pullEvidence() {
        try {
            bids.pullEvidence(bid.getId(), evidenceOrg);
            reload("The partner's profile is pulled into the bid's evidence.");
        } catch (InvalidInput e) {
            Faces.errors("evidence", e.errors());
        }
    }

    public void submitted() {
        try {
            bids.submitted(bid.getId());
            reload("Recorded: the bid is submitted.");
        } catch (InvalidInput e) {
            Faces.errors("outcome", e.errors());
        }
    }

    public void won() { outcome(true); }
    public void lost() { outcome(false); }

    private void outcome(boolean won) {
        try {
            bids.outcome(bid.getId(), won, feedback);
            reload(won ? "Recorded: the contract is won. Allocate it among members next." : "Recorded: the bid was not won.");
        } catch (InvalidInput e) {
            Faces.errors("outcome", e.errors());
        }
    }

    private static void requireFile(jakarta.servlet.http.Part part, String field) {
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank())) {
            throw new InvalidInput(field, "Choose a file to upload.");
        }
    }

    public Bid getBid() { return bid; }
    public Opportunity getOpportunity() { return opportunity; }
    public List<Bids.PartnerView> getPartners() { return bids.partners(bid.getId()); }
    public List<Bids.Person> getPeople() { return bids.people(bid.getId()); }
    public List<BidTask> getTasks() { return bids.tasks(bid.getId()); }
    public String owner(Long accountId) { return bids.people(bid.getId()).stream().filter(p -> p.id().equals(accountId)).map(Bids.Person::name).findFirst().orElse(""); }
    public List<Bids.DocumentView> getDocuments() { return documents; }
    public List<Bids.PostView> getPosts() { return bids.posts(bid.getId()); }
    public List<Check> getChecklist() { return bids.checklist(bid.getId()); }
    public List<Bids.EvidenceView> getEvidence() { return bids.evidence(bid.getId()); }
    public Map<Long, Integer> getShownVersions() { return shownVersions; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTaskTitle() { return taskTitle; }
    public void setTaskTitle(String v) { this.taskTitle = v; }
    public Long getTaskOwner() { return taskOwner; }
    public void setTaskOwner(Long v) { this.taskOwner = v; }
    public String getTaskDue() { return taskDue; }
    public void setTaskDue(String v) { this.taskDue = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { this.message = v; }
    public String getDocTitle() { return docTitle; }
    public void setDocTitle(String v) { this.docTitle = v; }
    public String getDocNote() { return docNote; }
    public void setDocNote(String v) { this.docNote = v; }
    public jakarta.servlet.http.Part getNewFile() { return newFile; }
    public void setNewFile(jakarta.servlet.http.Part v) { this.newFile = v; }
    public Long getVersionDocument() { return versionDocument; }
    public void setVersionDocument(Long v) { this.versionDocument = v; }
    public Integer getBasedOn() { return basedOn; }
    public void setBasedOn(Integer v) { this.basedOn = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part v) { this.file = v; }
    public Long getEvidenceOrg() { return evidenceOrg; }
    public void setEvidenceOrg(Long v) { this.evidenceOrg = v; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String v) { this.feedback = v; }
}
