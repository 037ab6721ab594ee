package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.Seats;
import org.acorn.governance.payment.ClaimForm;
import org.acorn.governance.payment.DayPart;
import org.acorn.governance.payment.Payments;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /representation/claims.xhtml: a representative records attending a meeting of a body they sit on,
 * then claims under a scheme that covers it; returned claims can be corrected and sent again.
 */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Payments payments;
    @Inject Seats seats;
    @Inject Bodies bodies;
    @Inject Caller caller;

    private List<Payments.AttendanceRow> rows;
    private Long meetingId;
    private DayPart dayPart = DayPart.FULL_DAY;
    private Long attendanceId;
    private ClaimForm form = new ClaimForm();
    private Long receiptClaim;
    private transient jakarta.servlet.http.Part receipt;

    public void load() {
        rows = payments.myAttendances();
    }

    public void attend() {
        try {
            payments.recordAttendance(meetingId, null, null, dayPart);
            Faces.flash("Attendance recorded. You can claim for it below.");
            Faces.redirect("/representation/claims.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("attend", e.errors());
        }
    }

    public void claim() {
        try {
            payments.claim(attendanceId, form);
            Faces.flash("Claim sent to the co-ordinator for approval.");
            Faces.redirect("/representation/claims.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("claim", e.errors());
        }
    }

    public void attach() {
        try {
            if (receipt == null || receipt.getSize() == 0) throw new InvalidInput("receipt", "Choose the receipt to attach.");
            try (java.io.InputStream in = receipt.getInputStream()) {
                payments.attachReceipt(receiptClaim, receipt.getSubmittedFileName(), in);
            }
            Faces.flash("Receipt attached.");
            Faces.redirect("/representation/claims.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("receipts", e.errors());
        } catch (java.io.IOException e) {
            Faces.error("The upload did not arrive complete; please try again.");
        }
    }

    public List<org.acorn.platform.files.StoredFile> receipts(Long claimId) { return payments.receipts(claimId); }

    /** Claims that may still take receipts. */
    public List<Payments.AttendanceRow> getOpenClaims() {
        return rows.stream().filter(r -> r.claim() != null && r.claim().getStatus() != org.acorn.governance.payment.Claim.Status.APPROVED).toList();
    }

    public Long getReceiptClaim() { return receiptClaim; }
    public void setReceiptClaim(Long receiptClaim) { this.receiptClaim = receiptClaim; }
    public jakarta.servlet.http.Part getReceipt() { return receipt; }
    public void setReceipt(jakarta.servlet.http.Part receipt) { this.receipt = receipt; }

    /** Past meetings of the bodies the person sits on. */
    public List<BodyMeeting> getMeetings() {
        List<BodyMeeting> out = new ArrayList<>();
        for (Holding h : seats.heldBy(caller.require().getId())) out.addAll(bodies.meetings(h.body().getId()));
        return out;
    }

    public List<Payments.AttendanceRow> getClaimable() { return rows.stream().filter(Payments.AttendanceRow::isClaimable).toList(); }
    public List<DayPart> getDayParts() { return List.of(DayPart.values()); }
    public List<Payments.AttendanceRow> getRows() { return rows; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public DayPart getDayPart() { return dayPart; }
    public void setDayPart(DayPart dayPart) { this.dayPart = dayPart; }
    public Long getAttendanceId() { return attendanceId; }
    public void setAttendanceId(Long attendanceId) { this.attendanceId = attendanceId; }
    public ClaimForm getForm() { return form; }
    public List<org.acorn.governance.payment.PaymentScheme> getSchemes() { return payments.schemes(); }
}
