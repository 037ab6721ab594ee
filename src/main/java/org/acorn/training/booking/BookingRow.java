package org.acorn.training.booking;

import java.time.LocalDate;
import org.acorn.training.certificate.Certificate;
import org.acorn.training.course.Course;
import org.acorn.training.course.Run;

/** A booking as lists show it: with its run, course and certificate (if any). */
public class BookingRow {
    private final Booking booking;
    private final Run run;
    private final Course course;
    private final Certificate certificate;
    private final boolean cancellable;

    public BookingRow(Booking booking, Run run, Course course, Certificate certificate, boolean cancellable) {
        this.booking = booking;
        this.run = run;
        this.course = course;
        this.certificate = certificate;
        this.cancellable = cancellable;
    }

    public Booking getBooking() { return booking; }
    public Run getRun() { return run; }
    public Course getCourse() { return course; }
    public Certificate getCertificate() { return certificate; }
    public boolean isCancellable() { return cancellable; }

    /** Attended, with a certificate still current on the given day. */
    public boolean currentOn(LocalDate day) { return certificate != null && certificate.isCurrentOn(day); }
}
