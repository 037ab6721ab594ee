package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.reportback.ReportBack;
import org.acorn.governance.reportback.ReportBacks;
import org.acorn.governance.reportback.ReportComment;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /representation/report-backs.xhtml and /representation/report-back.xhtml?id= (with comments). */
@Named
@ViewScoped
public class ReportBackPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ReportBacks reports;
    @Inject Bodies bodies;
    @Inject Caller caller;

    private String id;
    private ReportBack report;
    private PartnershipBody body;
    private BodyMeeting meeting;
    private List<ReportComment> comments;
    private String comment;
    private boolean response;

    public void load() {
        report = reports.visible(Faces.id(id)).orElse(null);
        if (report == null) {
            Faces.notFound();
            return;
        }
        body = bodies.get(report.getBodyId());
        meeting = bodies.meeting(report.getMeetingId()).orElse(null);
        comments = reports.comments(report.getId());
    }

    public void submit() {
        try {
            reports.comment(report.getId(), comment, response);
            Faces.flash(response ? "Your response is sent to the representative." : "Comment added.");
            Faces.redirect("/representation/report-back.xhtml?id=" + report.getId());
        } catch (InvalidInput e) {
            Faces.errors("comment", e.errors());
        }
    }

    public void publish() {
        try {
            reports.publish(report.getId());
            Faces.flash("Published. Members have been emailed.");
            Faces.redirect("/representation/report-back.xhtml?id=" + report.getId());
        } catch (InvalidInput e) {
            Faces.errors("draft", e.errors());
        }
    }

    public boolean isMine() {
        return caller.account().map(a -> a.getId().equals(report.getAuthorId())).orElse(false) || caller.isStaff();
    }

    public List<ReportBack> getRecent() { return reports.recent(50); }
    public String bodyName(Long bodyId) { return bodies.find(bodyId).map(PartnershipBody::getName).orElse(""); }
    public String meetingDay(Long meetingId) { return bodies.meeting(meetingId).map(m -> m.getMeetsOn().toString()).orElse(""); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ReportBack getReport() { return report; }
    public PartnershipBody getBody() { return body; }
    public BodyMeeting getMeeting() { return meeting; }
    public List<ReportComment> getComments() { return comments; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isResponse() { return response; }
    public void setResponse(boolean response) { this.response = response; }
}
