package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.governance.Constituents;
import org.acorn.governance.body.Appointment;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyForm;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.InfluenceRole;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.SeatForm;
import org.acorn.governance.body.SeatTerm;
import org.acorn.governance.body.Seats;
import org.acorn.governance.payment.Capacity;
import org.acorn.governance.payment.DayPart;
import org.acorn.governance.payment.Payments;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /admin/bodies.xhtml (the register and a new body) and /admin/body.xhtml?id= (the body, its seats and
 * holders, meetings, attendance and updates). Staff only; every rule is in the services.
 */
@Named
@ViewScoped
public class BodyEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bodies bodies;
    @Inject Seats seats;
    @Inject Payments payments;
    @Inject Constituents constituents;
    @Inject Caller caller;

    private String id;
    private PartnershipBody body;
    private long version;
    private BodyForm form = new BodyForm();
    private List<String> roles = new ArrayList<>();
    private SeatForm seatForm = new SeatForm();
    private Long seatId;
    private Appointment appointment = new Appointment();
    private LocalDate meetingDate;
    private String meetingTitle;
    private String updateTitle;
    private String updateText;
    private Long attendanceMeeting;
    private String attendanceEmail;
    private Capacity attendanceCapacity = Capacity.REPRESENTATIVE;
    private DayPart attendancePart = DayPart.FULL_DAY;

    public void loadList() {
        caller.requireStaff();
    }

    public void load() {
        caller.requireStaff();
        body = bodies.find(Faces.id(id)).orElse(null);
        if (body == null) {
            Faces.notFound();
            return;
        }
        version = body.getVersion();
        form = BodyForm.of(body);
        roles = form.roles.stream().map(Enum::name).toList();
        roles = new ArrayList<>(roles);
    }

    public void create() {
        try {
            PartnershipBody b = bodies.create(withRoles());
            Faces.flash(b.getName() + " is added to the register.");
            Faces.redirect("/admin/body.xhtml?id=" + b.getId());
        } catch (InvalidInput e) {
            Faces.errors("body", e.errors());
        }
    }

    public void save() {
        try {
            bodies.update(body.getId(), version, withRoles());
            Faces.flash("Saved.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("body", e.errors());
        }
    }

    private BodyForm withRoles() {
        form.roles = EnumSet.noneOf(InfluenceRole.class);
        for (String r : roles) {
            try {
                form.roles.add(InfluenceRole.valueOf(r));
            } catch (IllegalArgumentException ignored) {
                // a tampered value is dropped
            }
        }
        return form;
    }

    public void addSeat() {
        try {
            seats.create(body.getId(), seatForm);
            Faces.flash("Seat added.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("seat", e.errors());
        }
    }

    public void appoint() {
        try {
            if (seatId == null) throw new InvalidInput("seat", "Choose the seat.");
            SeatTerm t = seats.appoint(seatId, appointment);
            Faces.flash(t.getHolderName() + " now holds the place.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("appoint", e.errors());
        }
    }

    public void endTerm(Holding h, boolean deputy) {
        try {
            SeatTerm t = deputy ? h.deputy() : h.holder();
            seats.endTerm(t.getId(), null, "ended by staff");
            Faces.flash(t.getHolderName() + "'s term has ended.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("seats", e.errors());
        }
    }

    public void addMeeting() {
        try {
            bodies.addMeeting(body.getId(), meetingDate, meetingTitle);
            Faces.flash("Meeting recorded.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("meeting", e.errors());
        }
    }

    public void recordAttendance() {
        try {
            Long account = constituents.accountId(attendanceEmail);
            if (account == null) throw new InvalidInput("email", "No account has that email.");
            payments.recordAttendance(attendanceMeeting, account, attendanceCapacity, attendancePart);
            Faces.flash("Attendance recorded.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("attendance", e.errors());
        }
    }

    public void postUpdate() {
        try {
            bodies.postUpdate(body.getId(), updateTitle, updateText);
            Faces.flash("Update posted.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("update", e.errors());
        }
    }

    private void reload() {
        Faces.redirect("/admin/body.xhtml?id=" + body.getId());
    }

    public List<PartnershipBody> getAllBodies() { return bodies.all(); }
    public List<Holding> getHoldings() { return body == null ? List.of() : seats.onBody(body.getId()); }
    public List<BodyMeeting> getMeetings() { return body == null ? List.of() : bodies.meetings(body.getId()); }
    public List<Organisation> getMembers() { return constituents.organisations(null, true); }
    public List<Capacity> getCapacities() { return List.of(Capacity.values()); }
    public List<DayPart> getDayParts() { return List.of(DayPart.values()); }
    public MembershipStatus getMember() { return MembershipStatus.MEMBER; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PartnershipBody getBody() { return body; }
    public BodyForm getForm() { return form; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public SeatForm getSeatForm() { return seatForm; }
    public Long getSeatId() { return seatId; }
    public void setSeatId(Long seatId) { this.seatId = seatId; }
    public Appointment getAppointment() { return appointment; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
    public String getMeetingTitle() { return meetingTitle; }
    public void setMeetingTitle(String meetingTitle) { this.meetingTitle = meetingTitle; }
    public String getUpdateTitle() { return updateTitle; }
    public void setUpdateTitle(String updateTitle) { this.updateTitle = updateTitle; }
    public String getUpdateText() { return updateText; }
    public void setUpdateText(String updateText) { this.updateText = updateText; }
    public Long getAttendanceMeeting() { return attendanceMeeting; }
    public void setAttendanceMeeting(Long v) { this.attendanceMeeting = v; }
    public String getAttendanceEmail() { return attendanceEmail; }
    public void setAttendanceEmail(String v) { this.attendanceEmail = v; }
    public Capacity getAttendanceCapacity() { return attendanceCapacity; }
    public void setAttendanceCapacity(Capacity v) { this.attendanceCapacity = v; }
    public DayPart getAttendancePart() { return attendancePart; }
    public void setAttendancePart(DayPart v) { this.attendancePart = v; }
}
