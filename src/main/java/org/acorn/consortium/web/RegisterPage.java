package org.acorn.consortium.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.consortium.register.Register;
import org.acorn.consortium.register.Risk;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.web.Faces;

/** Backs /consortium/register.xhtml: the dispute log and the risk register. */
@Named("consortiumRegister")
@ViewScoped
public class RegisterPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Register register;
    @Inject ConsortiumAccess access;

    private String subject;
    private String description;
    private Map<Long, String> handling = new HashMap<>();
    private Map<Long, String> resolution = new HashMap<>();
    private String riskTitle;
    private String riskDescription;
    private String likelihood;
    private String impact;
    private String owner;
    private String mitigation;
    /** ?risk= : the risk an officer reviews (its values fill the form); kept in the view, never read back from the form. */
    private String risk;
    private Long riskId;
    private boolean riskOpen = true;

    public void load() {
        access.requireMembersArea();
        if (risk == null || !access.isOfficer()) return;
        Long id = Faces.id(risk);
        Risk r = id == null ? null : register.risks().stream().filter(x -> x.getId().equals(id)).findFirst().orElse(null);
        if (r == null) {
            Faces.notFound();
            return;
        }
        riskId = r.getId();
        riskTitle = r.getTitle();
        riskDescription = r.getDescription();
        likelihood = String.valueOf(r.getLikelihood());
        impact = String.valueOf(r.getImpact());
        owner = r.getOwner();
        mitigation = r.getMitigation();
        riskOpen = r.isOpen();
    }

    public void raise() {
        try {
            register.raise(null, subject, description);
            Faces.flash("Your dispute is logged; a consortium officer will respond.");
            Faces.redirect("/consortium/register.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("raise", e.errors());
        }
    }

    public void handle(Long disputeId) {
        try {
            register.handle(disputeId, handling.get(disputeId), resolution.get(disputeId));
            Faces.flash("The dispute is updated.");
            Faces.redirect("/consortium/register.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("disputes", e.errors());
        }
    }

    public void addRisk() {
        try {
            register.saveRisk(riskId, riskTitle, riskDescription, likelihood, impact, owner, mitigation, riskId == null || riskOpen);
            Faces.flash(riskId == null ? "The risk is added to the register." : "The risk is reviewed and saved.");
            Faces.redirect("/consortium/register.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("risk", e.errors());
        }
    }

    public List<Register.DisputeView> getDisputes() { return register.disputes(); }
    public List<Risk> getRisks() { return register.risks(); }
    public String getSubject() { return subject; }
    public void setSubject(String v) { this.subject = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public Map<Long, String> getHandling() { return handling; }
    public Map<Long, String> getResolution() { return resolution; }
    public String getRisk() { return risk; }
    public void setRisk(String v) { this.risk = v; }
    public Long getRiskId() { return riskId; }
    public boolean isRiskOpen() { return riskOpen; }
    public void setRiskOpen(boolean v) { this.riskOpen = v; }
    public String getRiskTitle() { return riskTitle; }
    public void setRiskTitle(String v) { this.riskTitle = v; }
    public String getRiskDescription() { return riskDescription; }
    public void setRiskDescription(String v) { this.riskDescription = v; }
    public String getLikelihood() { return likelihood; }
    public void setLikelihood(String v) { this.likelihood = v; }
    public String getImpact() { return impact; }
    public void setImpact(String v) { this.impact = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { this.owner = v; }
    public String getMitigation() { return mitigation; }
    public void setMitigation(String v) { this.mitigation = v; }
}
