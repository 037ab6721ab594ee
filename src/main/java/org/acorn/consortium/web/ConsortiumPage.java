package org.acorn.consortium.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.acorn.consortium.Agreement;
import org.acorn.consortium.Consortia;
import org.acorn.consortium.Consortium;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.text.Markdown;
import org.acorn.platform.web.Faces;

/**
 * Backs /consortium/index.xhtml: what anyone may know about the consortium (name, legal form, company number, board,
 * officers, how many members); for members the agreement to accept; for officers the details, appointments and
 * new versions of the agreement.
 */
@Named
@ViewScoped
public class ConsortiumPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Consortia consortia;
    @Inject ConsortiumAccess access;
    @Inject Caller caller;
    @Inject Markdown markdown;

    private String name;
    private String legalForm = "Community Interest Company";
    private String companyNumber;
    private String purpose;
    private String board;
    private boolean automaticMembership;
    private boolean commissionersMayPost;
    private String officerEmail;
    private String officerTitle = "Consortium officer";
    private String agreementBody;
    private String changeNote;
    private Long agreementShown;

    public void load() {
        consortia.consortium().ifPresent(c -> {
            name = c.getName();
            legalForm = c.getLegalForm();
            companyNumber = c.getCompanyNumber();
            purpose = c.getPurpose();
            board = c.getBoard();
            automaticMembership = c.isAutomaticMembership();
            commissionersMayPost = c.isCommissionersMayPost();
        });
        Optional<Agreement> a = consortia.currentAgreement();
        agreementShown = a.map(Agreement::getId).orElse(null);
        agreementBody = a.map(Agreement::getBody).orElse(null);
    }

    public void saveDetails() {
        try {
            boolean created = consortia.consortium().isEmpty();
            consortia.save(name, legalForm, companyNumber, purpose, board, automaticMembership, commissionersMayPost);
            Faces.flash(created ? "The consortium is set up. Appoint its officers next." : "The consortium's details are saved.");
            Faces.redirect("/consortium/index.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("details", e.errors());
        }
    }

    public void appoint() {
        try {
            consortia.appoint(officerEmail, officerTitle);
            Faces.flash("Appointed as consortium officer: " + officerEmail + ".");
            Faces.redirect("/consortium/index.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("officers", e.errors());
        }
    }

    public void endAppointment(Long officerId) {
        try {
            consortia.endAppointment(officerId);
            Faces.flash("The appointment has ended.");
            Faces.redirect("/consortium/index.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("officers", e.errors());
        }
    }

    public void publish() {
        try {
            Agreement a = consortia.publishAgreement(agreementBody, changeNote);
            Faces.flash("Version " + a.getVersionNo() + " of the agreement is published; members are asked to accept it.");
            Faces.redirect("/consortium/index.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("agreement", e.errors());
        }
    }

    public void accept() {
        try {
            consortia.accept(agreementShown);
            Faces.flash("Your organisation has accepted the consortium agreement.");
            Faces.redirect("/consortium/index.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("accept", e.errors());
        }
    }

    public void optIn() {
        try {
            consortia.optIn(caller.organisationId());
            Faces.flash("Your organisation is now a member of the consortium.");
            Faces.redirect("/consortium/index.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("join", e.errors());
        }
    }

    public Consortium getConsortium() { return consortia.consortium().orElse(null); }
    public List<Consortia.OfficerView> getOfficers() { return consortia.officers(); }
    public long getMemberCount() { return consortia.memberCount(); }
    public List<Consortia.MemberView> getMembers() { return consortia.members(); }
    public Agreement getAgreement() { return consortia.currentAgreement().orElse(null); }
    public List<Agreement> getAgreementVersions() { return consortia.agreementVersions(); }
    public String getAgreementHtml() { return consortia.currentAgreement().map(a -> markdown.html(a.getBody())).orElse(""); }
    public boolean isMayOptIn() {
        Consortium c = getConsortium();
        return c != null && !c.isAutomaticMembership() && caller.adminsOrganisation(caller.organisationId()) && !access.isMember();
    }
    public boolean isMayAccept() {
        Agreement a = getAgreement();
        return a != null && access.isMember() && caller.adminsOrganisation(caller.organisationId())
                && consortia.acceptedVersion(caller.organisationId()).map(v -> v < a.getVersionNo()).orElse(true);
    }
    public Integer getAcceptedVersion() { return consortia.acceptedVersion(caller.organisationId()).orElse(null); }

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getLegalForm() { return legalForm; }
    public void setLegalForm(String v) { this.legalForm = v; }
    public String getCompanyNumber() { return companyNumber; }
    public void setCompanyNumber(String v) { this.companyNumber = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
    public String getBoard() { return board; }
    public void setBoard(String v) { this.board = v; }
    public boolean isAutomaticMembership() { return automaticMembership; }
    public void setAutomaticMembership(boolean v) { this.automaticMembership = v; }
    public boolean isCommissionersMayPost() { return commissionersMayPost; }
    public void setCommissionersMayPost(boolean v) { this.commissionersMayPost = v; }
    public String getOfficerEmail() { return officerEmail; }
    public void setOfficerEmail(String v) { this.officerEmail = v; }
    public String getOfficerTitle() { return officerTitle; }
    public void setOfficerTitle(String v) { this.officerTitle = v; }
    public String getAgreementBody() { return agreementBody; }
    public void setAgreementBody(String v) { this.agreementBody = v; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String v) { this.changeNote = v; }
}
