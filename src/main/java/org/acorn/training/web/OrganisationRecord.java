package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Booking;
import org.acorn.training.booking.BookingRow;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Courses;

/**
 * Backs /training/organisation.xhtml: an organisation's training record (who attended what, when, certificates and
 * whether each is still current), for its admin; staff pass ?org= to see any organisation's.
 */
@Named
@ViewScoped
public class OrganisationRecord implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bookings bookings;
    @Inject Courses courses;
    @Inject Caller caller;
    @Inject org.acorn.training.accreditation.Accreditation accreditation;

    private String org;
    private List<BookingRow> rows;
    private long accredited;
    private boolean shown;
    @Inject org.acorn.training.profile.TrainingProfiles profiles;

    public void load() {
        Long id = organisationId();
        if (id == null || !caller.mayActFor(id)) {
            Faces.notFound();
            return;
        }
        rows = bookings.rows(bookings.ofOrganisation(id));
        accredited = accreditation.accreditedIn(id);
        shown = profiles.shown(id);
    }

    private Long organisationId() { return caller.isStaff() && Faces.id(org) != null ? Faces.id(org) : caller.organisationId(); }

    /** The admin chooses whether the public profile shows the counts (numbers only). */
    public void saveChoice() {
        try {
            profiles.choose(organisationId(), shown);
            Faces.flash(shown ? "Your public profile now shows these counts (numbers only, no names)." : "Your public profile no longer shows these counts.");
            Faces.redirect("/training/organisation.xhtml" + (caller.isStaff() && Faces.id(org) != null ? "?org=" + Faces.id(org) : ""));
        } catch (org.acorn.directory.InvalidInput e) {
            Faces.errors("profile", e.errors());
        }
    }

    public Long getOrganisationId() { return organisationId(); }
    public boolean isShown() { return shown; }
    public void setShown(boolean v) { shown = v; }

    public boolean current(BookingRow r) { return r.currentOn(courses.today()); }

    /** People with current training on the given topic (e.g. safeguarding), counted once each. */
    public long currentOn(String topic) {
        return rows.stream().filter(r -> r.getCourse().getTopic().equalsIgnoreCase(topic) && r.currentOn(courses.today()))
                .map(r -> r.getBooking().getPersonKey()).distinct().count();
    }

    public long getAttended() { return rows.stream().filter(r -> r.getBooking().isAttended()).count(); }
    public long getComing() {
        return rows.stream().filter(r -> r.getBooking().getStatus() == Booking.Status.CONFIRMED && r.getRun().getStartsAt().isAfter(courses.now())).count();
    }

    public long getAccredited() { return accredited; }
    public boolean isLoaded() { return rows != null; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public List<BookingRow> getRows() { return rows; }
}
