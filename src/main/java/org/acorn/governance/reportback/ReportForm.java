package org.acorn.governance.reportback;

import java.io.Serializable;
import java.time.LocalDate;

/** What a representative types in a report-back. */
public class ReportForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long meetingId;
    public String decisions;
    public String progress;
    public String information;
    public String asks;
    public LocalDate asksDeadline;
    public String issuesRaised;
    public boolean publicReport;
    public boolean forBulletin = true;
    public boolean forAgenda = true;

    public static ReportForm of(ReportBack r) {
        ReportForm f = new ReportForm();
        f.meetingId = r.getMeetingId();
        f.decisions = r.getDecisions();
        f.progress = r.getProgress();
        f.information = r.getInformation();
        f.asks = r.getAsks();
        f.asksDeadline = r.getAsksDeadline();
        f.issuesRaised = r.getIssuesRaised();
        f.publicReport = r.isPublicReport();
        f.forBulletin = r.isForBulletin();
        f.forAgenda = r.isForAgenda();
        return f;
    }

    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getProgress() { return progress; }
    public void setProgress(String progress) { this.progress = progress; }
    public String getInformation() { return information; }
    public void setInformation(String information) { this.information = information; }
    public String getAsks() { return asks; }
    public void setAsks(String asks) { this.asks = asks; }
    public LocalDate getAsksDeadline() { return asksDeadline; }
    public void setAsksDeadline(LocalDate asksDeadline) { this.asksDeadline = asksDeadline; }
    public String getIssuesRaised() { return issuesRaised; }
    public void setIssuesRaised(String issuesRaised) { this.issuesRaised = issuesRaised; }
    public boolean isPublicReport() { return publicReport; }
    public void setPublicReport(boolean publicReport) { this.publicReport = publicReport; }
    public boolean isForBulletin() { return forBulletin; }
    public void setForBulletin(boolean forBulletin) { this.forBulletin = forBulletin; }
    public boolean isForAgenda() { return forAgenda; }
    public void setForAgenda(boolean forAgenda) { this.forAgenda = forAgenda; }
}
