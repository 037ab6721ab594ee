package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.issue.IssueLog;
import org.acorn.governance.issue.IssueStep;
import org.acorn.governance.issue.RaisedIssue;
import org.acorn.governance.reportback.ReportBack;
import org.acorn.governance.reportback.ReportBackReminders;
import org.acorn.governance.reportback.ReportBacks;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /admin/representation.xhtml: what needs the co-ordinator's attention — meetings nobody has reported
 * back from (and the reminder), report-backs offered for the bulletin and the agenda, issues still open.
 */
@Named
@ViewScoped
public class RepresentationDesk implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ReportBackReminders reminders;
    @Inject ReportBacks reports;
    @Inject IssueLog issues;
    @Inject Bodies bodies;
    @Inject Caller caller;

    private List<ReportBackReminders.Overdue> overdue;
    private List<ReportBack> forBulletin;
    private List<ReportBack> forAgenda;
    private List<RaisedIssue> open;

    public void load() {
        caller.requireStaff();
        overdue = reminders.overdue();
        forBulletin = reports.offered(true, 20);
        forAgenda = reports.offered(false, 20);
        open = issues.list(null).stream().filter(i -> i.getStage() != IssueStep.CLOSED).toList();
    }

    public void remind() {
        caller.requireStaff();
        int n = reminders.remind();
        Faces.flash(n == 0 ? "No reminders were due." : "Reminders queued to " + n + (n == 1 ? " representative." : " representatives."));
        Faces.redirect("/admin/representation.xhtml");
    }

    public String bodyName(Long id) { return id == null ? "The network" : bodies.find(id).map(PartnershipBody::getName).orElse(""); }
    public List<ReportBackReminders.Overdue> getOverdue() { return overdue; }
    public List<ReportBack> getForBulletin() { return forBulletin; }
    public List<ReportBack> getForAgenda() { return forAgenda; }
    public List<RaisedIssue> getOpen() { return open; }
}
