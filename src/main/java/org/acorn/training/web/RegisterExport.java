package org.acorn.training.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acorn.directory.Organisation;
import org.acorn.platform.pdf.PdfResponse;
import org.acorn.platform.security.Caller;
import org.acorn.training.TrainingAccess;
import org.acorn.training.booking.Booking;
import org.acorn.training.booking.Bookings;
import org.acorn.training.booking.RegisterSheet;
import org.acorn.training.course.Courses;

/**
 * /training/register/N.csv, N.pdf and N-feedback.pdf: a run's register as a spreadsheet and a signing sheet, and
 * paper feedback forms — for the run's trainer and staff. Anyone else, and unknown runs, get a 404.
 */
@WebServlet("/training/register/*")
public class RegisterExport extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(\\.csv|\\.pdf|-feedback\\.pdf)");

    @Inject Courses courses;
    @Inject Bookings bookings;
    @Inject TrainingAccess access;
    @Inject Caller caller;
    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<Courses.Listing> listing = m.matches() ? courses.listing(Long.valueOf(m.group(1))) : Optional.empty();
        if (listing.isEmpty() || !access.mayTakeRegister(listing.get().getRun())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var run = listing.get().getRun();
        var course = listing.get().getCourse();
        List<Booking> rows = bookings.register(run);
        Map<Long, String> orgs = new HashMap<>();
        for (Booking b : rows) {
            if (b.getOrganisationId() != null) orgs.computeIfAbsent(b.getOrganisationId(), id -> em.find(Organisation.class, id).getName());
        }
        resp.setHeader("Cache-Control", "private, no-store");
        String name = "register-" + run.getId() + "-" + run.getRunsOn();
        switch (m.group(2)) {
            case ".csv" -> {
                byte[] bytes = RegisterSheet.csv(run, course, rows, orgs, caller.isStaff()).getBytes(StandardCharsets.UTF_8);
                resp.setContentType("text/csv; charset=UTF-8");
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
                resp.setContentLength(bytes.length);
                resp.getOutputStream().write(bytes);
            }
            case ".pdf" -> PdfResponse.send(resp, name + ".pdf", RegisterSheet.pdf(run, course, rows, orgs));
            default -> PdfResponse.send(resp, "feedback-forms-" + run.getId() + ".pdf", RegisterSheet.feedbackForms(run, course,
                    rows.stream().filter(b -> b.getAttendance() != Booking.Attendance.NO_SHOW).toList()));
        }
    }
}
