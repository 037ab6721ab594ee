package org.acorn.consortium.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.consortium.bid.Bid;
import org.acorn.consortium.bid.Bids;
import org.acorn.consortium.opportunity.InterestForm;
import org.acorn.consortium.opportunity.Lot;
import org.acorn.consortium.opportunity.Opportunities;
import org.acorn.consortium.opportunity.ContractModel;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.consortium.opportunity.OpportunityChange;
import org.acorn.consortium.opportunity.OpportunityForm;
import org.acorn.consortium.opportunity.Question;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.web.Faces;

/**
 * Backs /consortium/opportunity.xhtml?id=: the opportunity, its lots and documents, clarification questions and
 * answers, the caller's expressions of interest; officers see every interest and decide whether to bid.
 */
@Named
@ViewScoped
public class OpportunityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Opportunities opportunities;
    @Inject Bids bids;
    @Inject ConsortiumAccess access;
    @Inject org.acorn.readiness.Readiness readiness;

    private String id;
    private Opportunity opportunity;
    private InterestForm interest = new InterestForm();
    private String question;
    private Map<Long, String> answers = new HashMap<>();
    private transient jakarta.servlet.http.Part file;
    private Long leadOrganisation;
    private List<Long> partners = new ArrayList<>();
    private String notPursuedReason;
    private OpportunityForm editForm;
    private long shownVersion;
    private Map<Long, String> withdrawReasons = new HashMap<>();
    private transient List<LotGap> readinessGaps; // worked out once per view: the page asks for it more than once

    public void load() {
        opportunity = opportunities.find(Faces.id(id)).orElse(null);
        if (opportunity == null) {
            if (!access.caller().isSignedIn()) access.requireMembersArea(); // a visitor is asked to sign in first
            Faces.notFound();
            return;
        }
        if (access.isOfficer()) {
            editForm = opportunities.formOf(opportunity);
            shownVersion = opportunity.getVersion();
        }
    }

    public void saveEdit() {
        try {
            opportunities.edit(opportunity.getId(), editForm, shownVersion);
            Faces.flash("The changes are saved.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("edit", e.errors());
        }
    }

    public void withdraw(Long questionId) {
        try {
            opportunities.withdraw(questionId, withdrawReasons.get(questionId));
            Faces.flash("The question is withdrawn from the page; the record keeps it.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("questions", e.errors());
        }
    }

    private void reload() { Faces.redirect("/consortium/opportunity.xhtml?id=" + opportunity.getId()); }

    public void express() {
        try {
            opportunities.expressInterest(interest);
            Faces.flash("Your expression of interest is recorded.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("interest", e.errors());
        }
    }

    public void ask() {
        try {
            opportunities.ask(opportunity.getId(), question);
            Faces.flash("Your question is sent to the consortium officers; the answer will be published here for every member.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("ask", e.errors());
        }
    }

    public void answer(Long questionId) {
        try {
            opportunities.answer(questionId, answers.get(questionId));
            Faces.flash("The answer is published and emailed to the members interested.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("questions", e.errors());
        }
    }

    public void upload() {
        try {
            if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
                throw new InvalidInput("file", "Choose a file to upload.");
            }
            try (InputStream in = file.getInputStream()) {
                StoredFile f = opportunities.attach(opportunity.getId(), file.getSubmittedFileName(), in);
                Faces.flash("“" + f.getFileName() + "” is added to the documents.");
            }
            reload();
        } catch (InvalidInput e) {
            Faces.errors("upload", e.errors());
        } catch (UploadRefused e) {
            Faces.fieldError("upload:file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void decideToBid() {
        try {
            Bid b = bids.decideToBid(opportunity.getId(), leadOrganisation, partners);
            Faces.flash("The consortium will bid. The bid team's workspace is open.");
            Faces.redirect("/consortium/bid.xhtml?id=" + b.getId());
        } catch (InvalidInput e) {
            Faces.errors("decide", e.errors());
        }
    }

    public void notPursued() {
        try {
            bids.notPursued(opportunity.getId(), notPursuedReason);
            Faces.flash("Recorded: the consortium will not bid for this one.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("decline", e.errors());
        }
    }

    public Opportunity getOpportunity() { return opportunity; }
    public List<Lot> getLots() { return opportunities.lots(opportunity.getId()); }
    /**
     * For an organisation admin, each lot whose readiness bar their organisation does not reach, with what is missing
     * and who can help (readiness is private to the organisation's admins and staff, so only they see it).
     */
    public List<LotGap> getReadinessGaps() {
        if (readinessGaps == null) readinessGaps = readinessGaps();
        return readinessGaps;
    }

    private List<LotGap> readinessGaps() {
        Long org = access.caller().organisationId();
        if (org == null || !access.caller().adminsOrganisation(org)) return List.of();
        List<Lot> barred = getLots().stream().filter(l -> l.getMinReadiness() != null && l.getMinReadiness() > 0).toList();
        if (barred.isEmpty()) return List.of();
        org.acorn.readiness.Readiness.Report report = readiness.report(org, null);
        return barred.stream().filter(l -> !report.meets(l.getMinReadiness())).map(l -> new LotGap(l, report)).toList();
    }

    /** A lot the caller's organisation is not yet ready for. */
    public record LotGap(Lot lot, org.acorn.readiness.Readiness.Report report) {
        public Lot getLot() { return lot; }
        public int getScore() { return report.score(); }
        public List<org.acorn.readiness.Readiness.Missing> getMissing() { return report.missing(); }
    }

    public List<StoredFile> getDocuments() { return opportunities.documents(opportunity.getId()); }
    public List<Question> getQuestions() { return opportunities.questions(opportunity.getId()); }
    public List<Opportunities.InterestView> getInterests() { return opportunities.interests(opportunity.getId()); }
    public List<String> getLabels() { return opportunities.labels(opportunity); }
    public boolean isInterestOpen() { return opportunity.interestOpen(opportunities.now()); }
    public boolean isMayExpress() { return access.isMember(); }
    public Bid getBid() { return bids.ofOpportunity(opportunity.getId()).orElse(null); }
    public boolean isInBidTeam() { Bid b = getBid(); return b != null && bids.inTeam(b); }
    public List<Opportunities.Choice> getInterestedOrganisations() { return bids.candidates(opportunity.getId()); }

    public OpportunityForm getEditForm() { return editForm; }
    public Map<Long, String> getWithdrawReasons() { return withdrawReasons; }
    public List<OpportunityChange> getHistory() { return opportunities.history(opportunity.getId()); }
    public ContractModel[] getModels() { return ContractModel.values(); }
    public String when(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK).withZone(Opportunity.LONDON).format(at);
    }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public InterestForm getInterest() { return interest; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { this.question = v; }
    public Map<Long, String> getAnswers() { return answers; }
    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part v) { this.file = v; }
    public Long getLeadOrganisation() { return leadOrganisation; }
    public void setLeadOrganisation(Long v) { this.leadOrganisation = v; }
    public List<Long> getPartners() { return partners; }
    public void setPartners(List<Long> v) { this.partners = v == null ? new ArrayList<>() : v; }
    public String getNotPursuedReason() { return notPursuedReason; }
    public void setNotPursuedReason(String v) { this.notPursuedReason = v; }
}
