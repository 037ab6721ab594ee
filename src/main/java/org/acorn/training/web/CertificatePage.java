package org.acorn.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Bookings;
import org.acorn.training.booking.BookingRow;

/** Backs /training/certificate.xhtml?booking=: a printable certificate, for the attendee, booker, their admin or staff. */
@Named
@RequestScoped
public class CertificatePage {

    @Inject Bookings bookings;

    private String booking;
    private BookingRow row;

    public void load() {
        row = bookings.visibleRow(Faces.id(booking)).filter(r -> r.getCertificate() != null && !r.getCertificate().isRevoked()).orElse(null);
        if (row == null) Faces.notFound();
    }

    public String getBooking() { return booking; }
    public void setBooking(String booking) { this.booking = booking; }
    public BookingRow getRow() { return row; }
}
