package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.network.District;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Courses;
import org.acorn.training.course.RunForm;

/** Backs /training/edit-run.xhtml?id=: staff change a run; bookers are told by email with the updated calendar entry. */
@Named
@ViewScoped
public class RunEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Courses courses;
    @Inject Bookings bookings;
    @Inject Caller caller;

    private String id;
    private Courses.Listing listing;
    private RunForm form;

    public void load() {
        listing = caller.isStaff() ? courses.listing(Faces.id(id)).orElse(null) : null;
        if (listing == null) {
            Faces.notFound();
            return;
        }
        form = courses.formOf(listing.getRun());
    }

    public void save() {
        try {
            Courses.Revision rev = bookings.updateRun(listing.getRun().getId(), form);
            Faces.flash(rev.changes().isEmpty() ? "Nothing was changed."
                    : "Saved: " + String.join("; ", rev.changes()) + "." + (rev.tellBookers() ? " Everyone booked or waiting is told by email." : ""));
            Faces.redirect("/training/run.xhtml?id=" + listing.getRun().getId());
        } catch (InvalidInput e) {
            Faces.errors("edit", e.errors());
        }
    }

    public boolean isEditable() { return !listing.getRun().isCancelled() && listing.getRun().getStartsAt().isAfter(courses.now()); }
    public List<District> getDistricts() { return courses.districts(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Courses.Listing getListing() { return listing; }
    public RunForm getForm() { return form; }
}
