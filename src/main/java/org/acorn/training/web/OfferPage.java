package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Booking;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Courses;

/**
 * Backs /training/offer.xhtml?token=: a place offered from the waiting list, taken up or let go with one press.
 * The emailed token is the key, so someone booked by their organisation without an account can answer too.
 */
@Named
@ViewScoped
public class OfferPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bookings bookings;
    @Inject Courses courses;

    private String token;
    private Booking offer;
    private Courses.Listing listing;
    private String outcome;

    public void load() {
        offer = bookings.offer(token).orElse(null);
        listing = offer == null ? null : courses.listing(offer.getRunId()).orElse(null);
    }

    public void accept() {
        try {
            bookings.accept(token);
            outcome = "The place is yours: a confirmation is on its way by email.";
            offer = null;
        } catch (InvalidInput e) {
            Faces.errors("offer", e.errors());
        }
    }

    public void decline() {
        try {
            bookings.decline(token);
            outcome = "Thank you for letting us know: the place goes to the next person waiting.";
            offer = null;
        } catch (InvalidInput e) {
            Faces.errors("offer", e.errors());
        }
    }

    public String getExpiresLabel() {
        return offer == null ? "" : java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", java.util.Locale.UK)
                .format(offer.getOfferExpiresAt().atZone(org.acorn.training.course.Run.LONDON));
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Booking getOffer() { return offer; }
    public Courses.Listing getListing() { return listing; }
    public String getOutcome() { return outcome; }
}
