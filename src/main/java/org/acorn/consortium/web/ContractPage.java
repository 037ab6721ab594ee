package org.acorn.consortium.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.consortium.allocation.AllocationForm;
import org.acorn.consortium.allocation.AllocationVersion;
import org.acorn.consortium.allocation.Allocations;
import org.acorn.consortium.allocation.Delivery;
import org.acorn.consortium.opportunity.Lot;
import org.acorn.consortium.opportunity.Opportunities;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /consortium/contract.xhtml?id=: a won contract's allocation among members, its history, and delivery. */
@Named
@ViewScoped
public class ContractPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Allocations allocations;
    @Inject Opportunities opportunities;
    @Inject Caller caller;

    private String id;
    private Opportunity contract;
    private AllocationForm form = new AllocationForm();
    private Long deliveryAllocation;
    private String period;
    private String deliveredVolume;
    private String paid;
    private String deliveryNote;
    private String reportPeriod;
    private String reportVolume;
    private String claimed;
    private String reportNote;

    public void load() {
        contract = allocations.contract(Faces.id(id)).orElse(null);
        if (contract == null) {
            if (!caller.isSignedIn()) caller.require();
            Faces.notFound();
        }
    }

    public void allocate() {
        try {
            allocations.allocate(contract.getId(), form);
            Faces.flash(form.getAllocationId() == null ? "The allocation is recorded." : "The allocation is changed; the earlier version is kept.");
            Faces.redirect("/consortium/contract.xhtml?id=" + contract.getId());
        } catch (InvalidInput e) {
            Faces.errors("allocate", e.errors());
        }
    }

    public void recordDelivery() {
        try {
            allocations.recordDelivery(deliveryAllocation, period, deliveredVolume, paid, deliveryNote);
            Faces.flash("Delivery for " + period.strip() + " is recorded.");
            Faces.redirect("/consortium/contract.xhtml?id=" + contract.getId());
        } catch (InvalidInput e) {
            Faces.errors("delivery", e.errors());
        }
    }

    /**
     * A member reports its own figures. The allocation comes from a plain select (read from the request, not checked
     * against the options by JSF), so the service's own rule is what stops a member reporting on another's allocation.
     */
    public void report() {
        try {
            String typed = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("report:allocation");
            allocations.reportDelivery(Faces.id(typed), reportPeriod, reportVolume, claimed, reportNote);
            Faces.flash("Your figures for " + reportPeriod.strip() + " are sent; a consortium officer will confirm them.");
            Faces.redirect("/consortium/contract.xhtml?id=" + contract.getId());
        } catch (InvalidInput e) {
            Faces.errors("report", e.errors());
        }
    }

    public void confirm(Long deliveryId) {
        try {
            Delivery d = allocations.confirmDelivery(deliveryId, contract.getId());
            Faces.flash("The figures for " + d.getPeriod() + " are confirmed.");
            Faces.redirect("/consortium/contract.xhtml?id=" + contract.getId());
        } catch (InvalidInput e) {
            Faces.errors("confirm", e.errors());
        }
    }

    public List<Allocations.Line> getMine() { return allocations.mine(contract.getId()); }

    public boolean mine(Allocations.Line l) { return l.allocation().getOrganisationId().equals(caller.organisationId()); }

    public Opportunity getContract() { return contract; }
    public List<Allocations.Line> getLines() { return allocations.lines(contract.getId()); }
    public Allocations.Totals getTotals() { return allocations.totals(contract); }
    public List<AllocationVersion> getHistory() { return allocations.history(contract.getId()); }
    public List<Delivery> getDeliveries() { return allocations.deliveries(contract.getId()); }
    public List<Lot> getLots() { return opportunities.lots(contract.getId()); }
    public List<Opportunities.Choice> getPartners() { return allocations.partners(contract.getId()); }
    public String member(Long allocationId) {
        return getLines().stream().filter(l -> l.allocation().getId().equals(allocationId)).map(Allocations.Line::organisation).findFirst().orElse("");
    }
    public String organisation(Long organisationId) {
        return getPartners().stream().filter(p -> p.id().equals(organisationId)).map(Opportunities.Choice::label).findFirst().orElse("");
    }

    public String getReportPeriod() { return reportPeriod; }
    public void setReportPeriod(String v) { this.reportPeriod = v; }
    public String getReportVolume() { return reportVolume; }
    public void setReportVolume(String v) { this.reportVolume = v; }
    public String getClaimed() { return claimed; }
    public void setClaimed(String v) { this.claimed = v; }
    public String getReportNote() { return reportNote; }
    public void setReportNote(String v) { this.reportNote = v; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public AllocationForm getForm() { return form; }
    public Long getDeliveryAllocation() { return deliveryAllocation; }
    public void setDeliveryAllocation(Long v) { this.deliveryAllocation = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { this.period = v; }
    public String getDeliveredVolume() { return deliveredVolume; }
    public void setDeliveredVolume(String v) { this.deliveredVolume = v; }
    public String getPaid() { return paid; }
    public void setPaid(String v) { this.paid = v; }
    public String getDeliveryNote() { return deliveryNote; }
    public void setDeliveryNote(String v) { this.deliveryNote = v; }
}
