package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.TrainingAccess;
import org.acorn.training.TrainingSettings;
import org.acorn.training.booking.Booking;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Courses;

/**
 * Backs /training/run.xhtml?id=: the run, and booking on it — yourself, and (for an organisation's admin) named
 * colleagues and volunteers. Staff also see every booking and the waiting list, and can cancel the run.
 */
@Named
@ViewScoped
public class RunPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Courses courses;
    @Inject Bookings bookings;
    @Inject Caller caller;
    @Inject TrainingAccess access;
    @Inject TrainingSettings settings;
    @Inject org.acorn.training.feedback.Feedbacks feedbacks;

    private String id;
    private Courses.Listing listing;
    private Booking mine;
    private long waiting;
    private boolean self = true;
    private List<PersonRow> people;
    private String cancelReason;

    /** One line of the "book others" part of the form. */
    public static class PersonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String email;
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
    }

    public void load() {
        listing = courses.listing(Faces.id(id)).orElse(null);
        if (listing == null) {
            Faces.notFound();
            return;
        }
        refresh();
        people = new ArrayList<>();
        for (int i = 0; i < 4; i++) people.add(new PersonRow());
    }

    private void refresh() {
        listing = courses.listing(listing.getRun().getId()).orElseThrow();
        mine = bookings.myBooking(listing.getRun().getId()).orElse(null);
        waiting = bookings.waitingCount(listing.getRun().getId());
    }

    private String here() { return "/training/run.xhtml?id=" + listing.getRun().getId(); }

    public void book() {
        List<Bookings.Person> named = new ArrayList<>();
        if (isBooksForOthers()) people.forEach(p -> named.add(new Bookings.Person(p.name, p.email)));
        try {
            Bookings.Outcome o = Retry.onLockTimeout(() -> bookings.book(listing.getRun().getId(), self, named));
            StringBuilder msg = new StringBuilder();
            if (!o.booked().isEmpty()) msg.append("Booked: ").append(String.join(", ", o.booked())).append(". A confirmation is on its way by email. ");
            if (!o.waiting().isEmpty()) msg.append("On the waiting list: ").append(String.join(", ", o.waiting()))
                    .append(". We will email an offer if a place comes free.");
            Faces.flash(msg.toString().strip());
            Faces.redirect(here());
        } catch (InvalidInput e) {
            Faces.errors("book", e.errors());
        }
    }

    public void cancelMine() {
        try {
            bookings.cancel(mine == null ? null : mine.getId());
            Faces.flash("Your booking is cancelled.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            Faces.errors("mine", e.errors());
        }
    }

    public void cancelRun() {
        try {
            int n = bookings.cancelRun(listing.getRun().getId(), cancelReason);
            Faces.flash("The run is cancelled; " + n + (n == 1 ? " booking was" : " bookings were") + " told by email.");
            Faces.redirect(here());
        } catch (InvalidInput e) {
            Faces.errors("cancelRun", e.errors());
        }
    }

    public boolean isBooksForOthers() { return caller.isStaff() || caller.adminsOrganisation(caller.organisationId()); }

    public boolean isOpen() {
        return !listing.getRun().isCancelled() && courses.now().isBefore(listing.getRun().getBookingDeadline());
    }

    public boolean isStarted() { return !listing.getRun().getStartsAt().isAfter(courses.now()); }
    public boolean isRegisterKeeper() { return access.mayTakeRegister(listing.getRun()); }
    public boolean isStaff() { return caller.isStaff(); }
    public org.acorn.training.feedback.FeedbackSummary getFeedback() { return feedbacks.summary(listing.getRun()).orElse(null); }
    public List<Booking> getAllBookings() { return caller.isStaff() ? bookings.all(listing.getRun().getId()) : List.of(); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Courses.Listing getListing() { return listing; }
    public Booking getMine() { return mine; }
    public long getWaiting() { return waiting; }
    public boolean isSelf() { return self; }
    public void setSelf(boolean self) { this.self = self; }
    public List<PersonRow> getPeople() { return people; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
    public int getMaxPeople() { return settings.maxPeople(); }
}
