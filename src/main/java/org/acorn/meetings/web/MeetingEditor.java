package org.acorn.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingAccess;
import org.acorn.meetings.MeetingForm;
import org.acorn.meetings.MeetingKind;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.series.Cadence;
import org.acorn.network.District;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /meetings/edit.xhtml (new meeting or series, staff) and ?id= (change one, its runners). */
@Named
@ViewScoped
public class MeetingEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject Meetings meetings;
    @Inject MeetingAccess access;
    @Inject Caller caller;

    private String id;
    private Long meetingId;
    private long version;
    private MeetingForm form = new MeetingForm();

    public void load() {
        caller.require();
        Long n = Faces.id(id);
        if (n == null) {
            if (id != null && !id.isBlank()) {
                Faces.notFound();
                return;
            }
            if (!caller.isStaff()) throw new AccessDenied("Only network staff schedule meetings.");
            form.date = meetings.today().plusWeeks(2).toString();
            return;
        }
        Meeting m = meetings.visible(n).orElse(null);
        if (m == null) {
            Faces.notFound();
            return;
        }
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's organiser, chair, minute-taker or network staff can change it.");
        meetingId = m.getId();
        version = m.getVersion();
        form.title = m.getTitle();
        form.kind = m.getKind();
        form.date = m.getMeetsOn().toString();
        form.start = HM.format(m.start());
        form.end = HM.format(m.end());
        form.venueName = m.getVenueName();
        form.venueAddress = m.getVenueAddress();
        form.accessibility = m.getAccessibility();
        form.onlineLink = m.getOnlineLink();
        form.districtId = m.getDistrictId();
        form.bodyId = m.getBodyId();
        form.theme = m.getTheme();
        form.themeTermId = m.getThemeTermId();
        form.organiserEmail = meetings.emailOf(m.getOrganiserId());
        form.chairEmail = meetings.emailOf(m.getChairId());
        form.chairName = m.getChairName();
        form.minuteTakerEmail = meetings.emailOf(m.getMinuteTakerId());
        form.guests = m.getGuests();
        form.openToPublic = m.isOpenToPublic();
    }

    public void save() {
        try {
            Meetings.Saved saved = meetingId == null ? meetings.create(form) : meetings.update(meetingId, version, form);
            Faces.flash(meetingId == null ? "Scheduled." : "Saved. Calendars that follow it will update.");
            saved.warnings().forEach(Faces::flash);
            Faces.redirect("/meetings/meeting.xhtml?id=" + saved.meeting().getId());
        } catch (InvalidInput e) {
            MeetingPages.show(e, "meeting");
        }
    }

    public boolean isCreating() { return meetingId == null; }
    public MeetingKind[] getKinds() { return MeetingKind.values(); }
    public Cadence[] getCadences() { return Cadence.values(); }
    public List<District> getDistricts() { return meetings.districts(); }
    public java.util.Map<String, Long> getThemes() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        meetings.themes().forEach((id, label) -> out.put(label, id));
        return out;
    }
    public List<PartnershipBody> getBodies() { return meetings.bodies(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getMeetingId() { return meetingId; }
    public MeetingForm getForm() { return form; }
}
