package org.acorn.governance.web;

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

    private String id;
    private PartnershipBody body;
    private String parentName;
    private String supersededByName;
    private List<Holding> holdings;
    private List<BodyMeeting> meetings;
    private List<BodyUpdate> updates;
    private List<ReportBack> reportBacks;
    private String updateTitle;
    private String updateText;

    public void load() {
        body = bodies.find(Http.id(id)).orElse(null);
        if (body == null) {
            Http.notFound();
            return;
        }
        parentName = bodies.find(body.getParentId()).map(PartnershipBody::getName).orElse(null);
        supersededByName = bodies.find(body.getSupersededById()).map(PartnershipBody::getName).orElse(null);
        holdings = seats.onBody(body.getId());
        meetings = bodies.meetings(body.getId());
        updates = bodies.updates(body.getId());
        reportBacks = reports.publishedFor(body.getId());
    }

    /** Staff and statutory partner officers (a board's business manager) post updates from the body's page. */
    public void postUpdate() {
        try {
            bodies.postUpdate(body.getId(), updateTitle, updateText);
            org.acorn.platform.web.Faces.flash("Update posted.");
            org.acorn.platform.web.Faces.redirect("/representation/body.xhtml?id=" + body.getId());
        } catch (org.acorn.directory.InvalidInput e) {
            Http.show(e, "update");
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
    public List<BodyMeeting> getMeetings() { return meetings; }
    public List<BodyUpdate> getUpdates() { return updates; }
    public List<ReportBack> getReportBacks() { return reportBacks; }
}
