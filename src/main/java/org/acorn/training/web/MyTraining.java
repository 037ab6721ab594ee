package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.BookingRow;
import org.acorn.training.accreditation.Accreditation;
import org.acorn.training.accreditation.Enrolment;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Run;

/** Backs /training/my.xhtml: the caller's bookings and those they made for others, with cancelling and certificates. */
@Named
@ViewScoped
public class MyTraining implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bookings bookings;
    @Inject Accreditation accreditation;

    private List<BookingRow> rows;
    private List<Enrolment> accreditations;

    public void load() {
        rows = bookings.rows(bookings.mine());
        accreditations = accreditation.mineAwarded();
    }

    public void cancel(Long bookingId) {
        try {
            bookings.cancel(bookingId);
            Faces.flash("The booking is cancelled.");
            Faces.redirect("/training/my.xhtml");
        } catch (InvalidInput e) {
            Faces.errors("bookings", e.errors());
            load();
        }
    }

    public List<BookingRow> getRows() { return rows; }

    /** Accreditations awarded to the caller, each with its certificate. */
    public List<Enrolment> getAccreditations() { return accreditations; }

    public LocalDate date(Instant at) { return LocalDate.ofInstant(at, Run.LONDON); }
}
