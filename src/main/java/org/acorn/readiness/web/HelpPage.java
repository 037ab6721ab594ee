package org.acorn.readiness.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.readiness.HelpRequest;
import org.acorn.readiness.HelpRequests;
import org.acorn.readiness.HelpTopic;
import org.acorn.readiness.ReadinessRefused;

/**
 * Backs /readiness/help.xhtml (?org= for staff): the organisation's help requests and the form to ask; the topics the
 * caller's own organisation offers help with; requests passed to the caller; and, for staff, every open request.
 */
@Named
@ViewScoped
public class HelpPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject HelpRequests help;
    @Inject Caller caller;

    private String org;
    private Long organisationId;
    private String topic;
    private String details;
    private List<String> offered = new ArrayList<>();

    public void load() {
        caller.require();
        boolean named = org != null && !org.isBlank();
        organisationId = Pages.organisation(caller, org);
        if (named && organisationId == null) {
            Faces.notFound();
            return;
        }
        offered = new ArrayList<>(help.offeredByMine().stream().map(HelpTopic::name).toList());
    }

    public void ask() {
        try {
            if (organisationId == null) throw new AccessDenied("Only a member organisation's admin can ask for help here.");
            Long id = help.ask(organisationId, topic, details);
            Faces.flash("Your request has been sent to the development officers. We will email you when someone takes it on.");
            Faces.redirect("/readiness/request.xhtml?id=" + id);
        } catch (ReadinessRefused e) {
            e.showOn("ask");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public void saveOffers() {
        try {
            for (HelpTopic t : HelpTopic.values()) help.volunteer(t.name(), offered.contains(t.name()));
            Faces.flash("Thank you: your offer of help is saved.");
            Faces.redirect("/readiness/help.xhtml" + (organisationId == null ? "" : "?org=" + organisationId));
        } catch (ReadinessRefused e) {
            e.showOn("offer");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    public List<HelpRequest> getRequests() { return organisationId == null ? List.of() : help.ofOrganisation(organisationId); }
    public List<HelpRequest> getMine() { return help.mine(); }
    public List<HelpRequest> getOpen() { return caller.isStaff() ? help.open() : List.of(); }
    public boolean isMayOffer() { return caller.organisationId() != null && caller.adminsOrganisation(caller.organisationId()); }
    public String orgName(Long id) { return help.organisationName(id); }
    public String accountName(Long id) { return help.accountName(id); }
    public List<HelpTopic> getTopics() { return List.of(HelpTopic.values()); }
    public String when(Instant at) { return Pages.when(at); }
    public Long getOrganisationId() { return organisationId; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
    public List<String> getOffered() { return offered; }
    public void setOffered(List<String> offered) { this.offered = offered == null ? new ArrayList<>() : new ArrayList<>(offered); }
}
