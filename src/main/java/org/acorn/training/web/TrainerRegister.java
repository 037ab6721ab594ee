package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.web.Faces;
import org.acorn.training.TrainingAccess;
import org.acorn.training.booking.Booking;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Courses;

/**
 * Backs /training/register.xhtml?run=: the trainer's register — big buttons on a phone on the day, a signing sheet
 * when printed beforehand. Marking someone attended issues their certificate.
 */
@Named
@ViewScoped
public class TrainerRegister implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Courses courses;
    @Inject Bookings bookings;
    @Inject TrainingAccess access;
    @Inject org.acorn.training.feedback.Feedbacks feedbacks;

    private String run;
    private Courses.Listing listing;
    private List<Booking> rows;
    private Long feedbackBooking;
    private Integer rating;
    private String useful;
    private String improve;

    public void load() {
        listing = courses.listing(Faces.id(run)).filter(l -> access.mayTakeRegister(l.getRun())).orElse(null);
        if (listing == null) {
            Faces.notFound();
            return;
        }
        rows = bookings.register(listing.getRun());
    }

    public void attended(Long bookingId) { mark(bookingId, Booking.Attendance.ATTENDED); }
    public void noShow(Long bookingId) { mark(bookingId, Booking.Attendance.NO_SHOW); }

    private void mark(Long bookingId, Booking.Attendance a) {
        try {
            Booking b = bookings.mark(bookingId, a);
            Faces.flash(b.getPersonName() + ": " + a.getLabel().toLowerCase() + ".");
            Faces.redirect("/training/register.xhtml?run=" + listing.getRun().getId());
        } catch (InvalidInput e) {
            Faces.errors("register", e.errors());
            rows = bookings.register(listing.getRun());
        }
    }

    /** A returned paper feedback form, typed in for the attendee. */
    public void enterFeedback() {
        try {
            feedbacks.enter(feedbackBooking, rating, useful, improve);
            Faces.flash("Feedback entered.");
            Faces.redirect("/training/register.xhtml?run=" + listing.getRun().getId());
        } catch (InvalidInput e) {
            Faces.errors("paper", e.errors());
        }
    }

    public List<Booking> getAwaitingFeedback() { return feedbacks.awaiting(listing.getRun()); }
    public Long getFeedbackBooking() { return feedbackBooking; }
    public void setFeedbackBooking(Long v) { feedbackBooking = v; }
    public Integer getRating() { return rating; }
    public void setRating(Integer v) { rating = v; }
    public String getUseful() { return useful; }
    public void setUseful(String v) { useful = v; }
    public String getImprove() { return improve; }
    public void setImprove(String v) { improve = v; }

    public boolean isOpen() { return !listing.getRun().getRunsOn().isAfter(courses.today()) && !listing.getRun().isCancelled(); }
    public long getAttendedCount() { return rows.stream().filter(Booking::isAttended).count(); }

    public String getRun() { return run; }
    public void setRun(String run) { this.run = run; }
    public Courses.Listing getListing() { return listing; }
    public List<Booking> getRows() { return rows; }
}
