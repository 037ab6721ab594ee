package org.acorn.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Bookings;
import org.acorn.training.course.Courses;

/**
 * Backs /training/runs.xhtml: for the co-ordinator and development officers, every run from a month ago on with its
 * places taken, offers open, waiting list and attendance, and links to change it, its register (CSV, PDF) and bookings.
 */
@Named
@RequestScoped
public class StaffRuns {

    @Inject Bookings bookings;
    @Inject Courses courses;
    @Inject Caller caller;

    private List<Bookings.RunLoad> runs;

    public void load() {
        if (!caller.isStaff()) {
            Faces.notFound();
            return;
        }
        runs = bookings.overview(courses.now().minus(Duration.ofDays(31)), 400);
    }

    public boolean past(Bookings.RunLoad r) { return !r.listing().getRun().getStartsAt().isAfter(courses.now()); }

    public List<Bookings.RunLoad> getRuns() { return runs; }
    public long getTotalWaiting() { return runs.stream().mapToLong(Bookings.RunLoad::waiting).sum(); }
}
