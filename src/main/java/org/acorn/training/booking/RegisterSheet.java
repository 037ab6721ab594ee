package org.acorn.training.booking;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acorn.platform.pdf.PrintedDocument;
import org.acorn.platform.web.Csv;
import org.acorn.training.course.Course;
import org.acorn.training.course.Run;

/**
 * The register on paper and in a spreadsheet, and the paper feedback form for those without email. Emails appear
 * in the spreadsheet only when {@code withEmail} (staff), never on what is printed and left on a table.
 */
public final class RegisterSheet {

    private static final DateTimeFormatter MARKED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK).withZone(Run.LONDON);

    private RegisterSheet() { }

    public static String csv(Run r, Course c, List<Booking> rows, Map<Long, String> organisations, boolean withEmail) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        List<Object> head = new ArrayList<>(List.of("Name", "Organisation"));
        if (withEmail) head.add("Email");
        head.addAll(List.of("Attendance", "Marked at", "Course", "Date", "Venue"));
        out.append(Csv.row(head));
        for (Booking b : rows) {
            List<Object> line = new ArrayList<>();
            line.add(b.getPersonName());
            line.add(organisations.get(b.getOrganisationId()));
            if (withEmail) line.add(b.getPersonEmail());
            line.add(b.getAttendance() == null ? "Not marked" : b.getAttendance().getLabel());
            line.add(b.getMarkedAt() == null ? null : MARKED.format(b.getMarkedAt()));
            line.add(c.getTitle());
            line.add(r.getRunsOn());
            line.add(r.getWhere());
            out.append(Csv.row(line));
        }
        return out.toString();
    }

    /** A signing sheet: one numbered line per person booked, with room to sign. */
    public static byte[] pdf(Run r, Course c, List<Booking> rows, Map<Long, String> organisations) {
        PrintedDocument doc = PrintedDocument.a4("Register: " + c.getTitle() + ", " + r.getDayLabel())
                .title("Register")
                .heading(c.getTitle())
                .paragraph(r.getWhen() + (r.getWhere().isBlank() ? "" : "\n" + r.getWhere())
                        + (r.getTrainerName() == null ? "" : "\nTrainer: " + r.getTrainerName()))
                .small(rows.size() + " booked. Please sign beside your name.")
                .rule();
        int i = 1;
        for (Booking b : rows) {
            String org = organisations.get(b.getOrganisationId());
            doc.paragraph(i++ + ". " + b.getPersonName() + (org == null ? "" : " (" + org + ")")
                    + (b.getAttendance() == null ? "" : " · " + b.getAttendance().getLabel()) + "\nSignature: ______________________________")
                    .space(6);
        }
        return doc.toBytes();
    }

    /**
     * Paper feedback forms, one per attendee named, for the trainer to hand out at the end: the same three questions
     * as the emailed form. Returned forms are typed in by the trainer or staff (see Feedbacks#enter).
     */
    public static byte[] feedbackForms(Run r, Course c, List<Booking> rows) {
        PrintedDocument doc = PrintedDocument.a4("Feedback forms: " + c.getTitle() + ", " + r.getDayLabel());
        for (Booking b : rows) {
            doc.heading("Feedback: " + c.getTitle())
                    .small(r.getWhen() + (r.getTrainerName() == null ? "" : " · Trainer: " + r.getTrainerName()))
                    .paragraph("Name: " + b.getPersonName())
                    .paragraph("How was it overall? Circle one:   1   2   3   4   5   (5 is best)")
                    .paragraph("What was most useful?\n\n\n")
                    .paragraph("What could be better?\n\n\n")
                    .small("Please hand this to the trainer before you leave. Your answers are summarised without your name.")
                    .rule().space(12);
        }
        return doc.toBytes();
    }
}
