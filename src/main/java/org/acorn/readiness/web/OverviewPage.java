package org.acorn.readiness.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.acorn.platform.security.Caller;
import org.acorn.readiness.Checklist;
import org.acorn.readiness.HelpRequest;
import org.acorn.readiness.HelpRequests;
import org.acorn.readiness.ReadinessSettings;
import org.acorn.readiness.SharedTemplates;

/** Backs /readiness/staff.xhtml: organisations by readiness score, documents waiting for review, expiring soon. Staff only. */
@Named
@RequestScoped
public class OverviewPage {

    @Inject Checklist checklist;
    @Inject HelpRequests help;
    @Inject SharedTemplates templates;
    @Inject ReadinessSettings settings;
    @Inject Caller caller;

    private Checklist.Overview overview;

    public void load() {
        caller.requireStaff();
        overview = checklist.overview();
    }

    public Checklist.Overview getOverview() { return overview; }
    public List<HelpRequest> getOpenRequests() { return help.open(); }
    public int getWaitingTemplates() { return templates.waitingOffers().size(); }
    public int getSoonDays() { return settings.warningDays(); }
    public String orgName(Long id) { return help.organisationName(id); }
    public String day(LocalDate d) { return Pages.day(d); }
    public long getReady() { return overview.rows().stream().filter(r -> r.score() == 100).count(); }
}
