package org.acorn.consortium.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.consortium.opportunity.ContractModel;
import org.acorn.consortium.opportunity.Opportunities;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.consortium.opportunity.OpportunityForm;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.web.Faces;

/** Backs /consortium/opportunities.xhtml: every opportunity for members; officers post new ones. */
@Named
@ViewScoped
public class OpportunitiesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Opportunities opportunities;
    @Inject ConsortiumAccess access;

    private OpportunityForm form = new OpportunityForm();
    private List<Opportunity> list;

    public void load() {
        list = opportunities.list();
    }

    public void post() {
        try {
            Opportunity o = opportunities.post(form);
            Faces.flash("“" + o.getTitle() + "” is posted; members whose services suit it have been emailed.");
            Faces.redirect("/consortium/opportunity.xhtml?id=" + o.getId());
        } catch (InvalidInput e) {
            Faces.errors("post", e.errors());
        }
    }

    public List<Opportunity> getList() { return list; }
    public OpportunityForm getForm() { return form; }
    public ContractModel[] getModels() { return ContractModel.values(); }
    public List<Opportunities.Choice> getThemes() { return opportunities.themeChoices(); }
    public List<Opportunities.Choice> getTargetGroups() { return opportunities.targetGroupChoices(); }
    public List<Opportunities.Choice> getDistricts() { return opportunities.districtChoices(); }
}
