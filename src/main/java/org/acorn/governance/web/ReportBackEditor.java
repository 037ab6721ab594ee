package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.reportback.ReportBack;
import org.acorn.governance.reportback.ReportBacks;
import org.acorn.governance.reportback.ReportForm;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /representation/report-back-edit.xhtml?body= (a new report-back) or ?id= (a draft): write, save as a
 * draft, publish. A representative can add the meeting here if staff have not recorded it yet.
 */
@Named
@ViewScoped
public class ReportBackEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ReportBacks reports;
    @Inject Bodies bodies;
    @Inject Caller caller;

    private String id;
    private String body;
    private Long reportId;
    private PartnershipBody found;
    private ReportForm form = new ReportForm();
    private LocalDate newMeeting;

    public void load() {
        Long rid = Faces.id(id);
        if (rid != null) {
            ReportBack r = reports.visible(rid).orElse(null);
            if (r == null || r.isPublished()) {
                Faces.notFound();
                return;
            }
            if (!caller.isStaff() && !r.getAuthorId().equals(caller.require().getId())) throw new AccessDenied("Not your report-back.");
            reportId = r.getId();
            found = bodies.get(r.getBodyId());
            form = ReportForm.of(r);
        } else {
            found = bodies.find(Faces.id(body)).orElse(null);
            if (found == null) {
                Faces.notFound();
                return;
            }
            if (!caller.isStaff() && !bodies.sitsOn(caller.require().getId(), found.getId())) {
                throw new AccessDenied("Only the body's representatives can report back from it.");
            }
        }
    }

    public void save() {
        store(false);
    }

    public void publish() {
        store(true);
    }

    private void store(boolean publish) {
        try {
            ReportBack r = reports.save(reportId, found.getId(), form);
            reportId = r.getId();
            if (publish) {
                reports.publish(r.getId());
                Faces.flash("Your report-back is published and members have been emailed.");
                Faces.redirect("/representation/report-back.xhtml?id=" + r.getId());
            } else {
                Faces.flash("Draft saved. Only you and network staff can see it.");
                Faces.redirect("/representation/report-back-edit.xhtml?id=" + r.getId());
            }
        } catch (InvalidInput e) {
            Faces.errors("report", e.errors());
        }
    }

    public void addMeeting() {
        try {
            BodyMeeting m = bodies.addMeeting(found.getId(), newMeeting, null);
            form.meetingId = m.getId();
            Faces.info("Meeting of " + m.getMeetsOn() + " added; it is chosen below.");
        } catch (InvalidInput e) {
            Faces.errors("meeting", e.errors());
        }
    }

    public List<BodyMeeting> getMeetings() { return found == null ? List.of() : bodies.meetings(found.getId()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public PartnershipBody getFound() { return found; }
    public ReportForm getForm() { return form; }
    public LocalDate getNewMeeting() { return newMeeting; }
    public void setNewMeeting(LocalDate newMeeting) { this.newMeeting = newMeeting; }
}
