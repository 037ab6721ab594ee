package org.acorn.governance.web;

import org.acorn.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.BodyUpdate;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Seats;
import org.acorn.governance.reportback.ReportBacks;
import org.acorn.governance.reportback.ReportBack;

/** Backs /representation/body.xhtml?id=: one body, its seats, meetings, updates and report-backs. */
@Named
@ViewScoped
public class BodyView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bodies bodies;
    @Inject Seats seats;
    @Inject ReportBacks reports;
    @Inject jakarta.enterprise.inject.Instance<org.acorn.governance.body.BodyDates> dates;

    private String id;
    private PartnershipBody body;
    private String parentName;
    private String supersededByName;
    private List<Holding> holdings;
    private List<org.acorn.governance.body.BodyDates.Dated> meetings;
    private List<BodyUpdate> updates;
    private List<ReportBack> reportBacks;
    private String updateTitle;
    private String updateText;

    public void load() {
        body = bodies.find(Faces.id(id)).orElse(null);
        if (body == null) {
            Faces.notFound();
            return;
        }
        parentName = bodies.find(body.getParentId()).map(PartnershipBody::getName).orElse(null);
        supersededByName = bodies.find(body.getSupersededById()).map(PartnershipBody::getName).orElse(null);
        holdings = seats.onBody(body.getId());
        meetings = merged(bodies.meetings(body.getId()));
        updates = bodies.updates(body.getId());
        reportBacks = reports.publishedFor(body.getId());
    }

    /**
     * One list of the body's meetings: those the meetings feature scheduled (linked, with their times) and the dates
     * recorded here only (for report-backs and claims); a date both know appears once, as the scheduled meeting.
     */
    private List<org.acorn.governance.body.BodyDates.Dated> merged(List<BodyMeeting> recorded) {
        List<org.acorn.governance.body.BodyDates.Dated> out = new java.util.ArrayList<>();
        java.util.Set<Long> linked = new java.util.HashSet<>();
        for (org.acorn.governance.body.BodyDates source : dates) {
            for (org.acorn.governance.body.BodyDates.Dated d : source.datesOf(body.getId())) {
                out.add(d);
                if (d.getBodyMeetingId() != null) linked.add(d.getBodyMeetingId());
            }
        }
        for (BodyMeeting m : recorded) {
            if (!linked.contains(m.getId())) out.add(new org.acorn.governance.body.BodyDates.Dated(m.getId(), m.getMeetsOn(), m.getTitle(), null, null, false));
        }
        out.sort(java.util.Comparator.comparing(org.acorn.governance.body.BodyDates.Dated::getMeetsOn).reversed());
        return out;
    }

    /** Staff and statutory partner officers (a board's business manager) post updates from the body's page. */
    public void postUpdate() {
        try {
            bodies.postUpdate(body.getId(), updateTitle, updateText);
            org.acorn.platform.web.Faces.flash("Update posted.");
            org.acorn.platform.web.Faces.redirect("/representation/body.xhtml?id=" + body.getId());
        } catch (org.acorn.directory.InvalidInput e) {
            Faces.errors("update", e.errors());
        }
    }

    public String getUpdateTitle() { return updateTitle; }
    public void setUpdateTitle(String updateTitle) { this.updateTitle = updateTitle; }
    public String getUpdateText() { return updateText; }
    public void setUpdateText(String updateText) { this.updateText = updateText; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PartnershipBody getBody() { return body; }
    public String getParentName() { return parentName; }
    public String getSupersededByName() { return supersededByName; }
    public List<Holding> getHoldings() { return holdings; }
    public List<org.acorn.governance.body.BodyDates.Dated> getMeetings() { return meetings; }
    public List<BodyUpdate> getUpdates() { return updates; }
    public List<ReportBack> getReportBacks() { return reportBacks; }
}
