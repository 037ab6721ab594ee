package org.acorn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acorn.training.booking.Booking;
import org.acorn.training.booking.Reminders;
import org.acorn.training.booking.WaitingList;
import org.acorn.training.certificate.CertificateCode;
import org.acorn.training.certificate.Expiry;
import org.acorn.training.course.Run;
import org.junit.jupiter.api.Test;

/** The training rules without a container: places, the waiting list and its offers, reminders, expiry, codes. */
class TrainingRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Run run(int capacity, Instant starts, Instant deadline) {
        return new Run("u", 1L, starts, starts.plus(Duration.ofHours(3)), capacity, deadline, starts.minus(Duration.ofDays(2)), NOW);
    }

    @Test
    void placesAreNeverTakenBeyondCapacityNorReleasedBelowZero() {
        Run r = run(2, NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(9)));
        assertThat(r.take(1)).isTrue();
        assertThat(r.take(2)).isFalse();
        assertThat(r.getBooked()).isEqualTo(1);
        assertThat(r.take(1)).isTrue();
        assertThat(r.isFull()).isTrue();
        assertThat(r.take(1)).isFalse();
        assertThat(r.take(0)).isFalse();
        assertThat(r.take(-1)).isFalse();
        r.release(5);
        assertThat(r.getBooked()).isZero();
        assertThat(r.getPlacesLeft()).isEqualTo(2);
    }

    @Test
    void eveningsAndWeekendsAreFlaggedInLondonTime() {
        // 2026-07-04 is a Saturday; 17:30 UTC is 18:30 in summer time
        Run saturdayEvening = run(5, Instant.parse("2026-07-04T17:30:00Z"), NOW);
        assertThat(saturdayEvening.isWeekend()).isTrue();
        assertThat(saturdayEvening.isEvening()).isTrue();
        Run tuesdayMorning = run(5, Instant.parse("2026-07-07T09:00:00Z"), NOW);
        assertThat(tuesdayMorning.isWeekend()).isFalse();
        assertThat(tuesdayMorning.isEvening()).isFalse();
    }

    @Test
    void theLongestWaitingIsOfferedFirst() {
        Booking late = new Booking(1L, 1L, null, "Late", null, null, Booking.Status.WAITING, NOW.plusSeconds(60));
        Booking early = new Booking(1L, 1L, null, "Early", null, null, Booking.Status.WAITING, NOW);
        Booking booked = new Booking(1L, 1L, null, "Booked", null, null, Booking.Status.CONFIRMED, NOW.minusSeconds(60));
        assertThat(WaitingList.next(List.of(late, booked, early))).containsSame(early);
        assertThat(WaitingList.next(List.of(booked))).isEmpty();
    }

    @Test
    void anOfferIsHeldForItsTimeButNeverPastTheDeadlineAndNotMadeWithoutTimeToAnswer() {
        Instant start = NOW.plus(Duration.ofDays(10));
        assertThat(WaitingList.offerExpiry(NOW, Duration.ofHours(48), start.minus(Duration.ofDays(1)), start)).contains(NOW.plus(Duration.ofHours(48)));
        Instant deadline = NOW.plus(Duration.ofHours(5));
        assertThat(WaitingList.offerExpiry(NOW, Duration.ofHours(48), deadline, start)).contains(deadline);
        // the deadline has passed (a late cancellation): until an hour before the start
        Instant soon = NOW.plus(Duration.ofHours(6));
        assertThat(WaitingList.offerExpiry(NOW, Duration.ofHours(48), NOW.minusSeconds(1), soon)).contains(soon.minus(Duration.ofHours(1)));
        // twenty minutes is no time to answer an email
        assertThat(WaitingList.offerExpiry(NOW, Duration.ofHours(48), NOW.minusSeconds(1), NOW.plus(Duration.ofMinutes(80)))).isEmpty();
    }

    @Test
    void anOfferIsOpenUntilItLapses() {
        Booking b = new Booking(1L, 1L, null, "A", null, null, Booking.Status.WAITING, NOW);
        assertThat(WaitingList.offerOpen(b, NOW)).isFalse();
        b.offer("hash", NOW.plus(Duration.ofHours(1)), NOW);
        assertThat(WaitingList.offerOpen(b, NOW.plusSeconds(3599))).isTrue();
        assertThat(WaitingList.offerOpen(b, NOW.plusSeconds(3600))).isFalse();
        b.confirm(NOW);
        assertThat(WaitingList.offerOpen(b, NOW)).isFalse();
        assertThat(b.getStatus().holdsPlace()).isTrue();
    }

    @Test
    void duplicatesAreTheSameEmailOrTheSameNameInTheSameOrganisation() {
        assertThat(Booking.key("Kim Bell", "Kim@Example.org", 3L)).isEqualTo(Booking.key("K. Bell", "kim@example.org ", null));
        assertThat(Booking.key("Kim  Bell ", null, 3L)).isEqualTo(Booking.key(" kim bell", null, 3L));
        assertThat(Booking.key("Kim Bell", null, 3L)).isNotEqualTo(Booking.key("Kim Bell", null, 4L));
    }

    @Test
    void remindersGoAWeekAndADayBeforeEachOnce() {
        Instant start = NOW.plus(Duration.ofDays(5));
        assertThat(Reminders.due(start, NOW, false, false)).contains("week");
        assertThat(Reminders.due(start, NOW, true, false)).isEmpty();
        assertThat(Reminders.due(NOW.plus(Duration.ofDays(8)), NOW, false, false)).isEmpty();
        assertThat(Reminders.due(NOW.plus(Duration.ofHours(20)), NOW, true, false)).contains("day");
        assertThat(Reminders.due(NOW.plus(Duration.ofHours(20)), NOW, false, false)).contains("day");
        assertThat(Reminders.due(NOW.plus(Duration.ofHours(20)), NOW, true, true)).isEmpty();
        assertThat(Reminders.due(NOW.minusSeconds(1), NOW, false, false)).isEmpty();
    }

    @Test
    void trainingStaysCurrentForItsMonthsAndPeopleAreWarnedBeforeItLapses() {
        assertThat(Expiry.validUntil(LocalDate.of(2026, 3, 2), 36)).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(Expiry.validUntil(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThatThrownBy(() -> Expiry.validUntil(LocalDate.of(2026, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class);
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(Expiry.dueWarning(today.plusDays(30), today, 60)).isTrue();
        assertThat(Expiry.dueWarning(today.plusDays(61), today, 60)).isFalse();
        assertThat(Expiry.dueWarning(today.minusDays(1), today, 60)).isFalse();
        assertThat(Expiry.dueWarning(null, today, 60)).isFalse();
    }

    @Test
    void certificateCodesAreRandomAndReadBackLeniently() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CertificateCode.generate();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
            assertThat(seen.add(code)).isTrue();
            assertThat(CertificateCode.normalise(code)).contains(code);
        }
        assertThat(CertificateCode.normalise("abcde fghj0 kmnpq rstvo")).contains("ABCDE-FGHJ0-KMNPQ-RSTV0");
        assertThat(CertificateCode.normalise("ILoo1-11111-11111-11111")).contains("11001-11111-11111-11111");
        for (String bad : List.of("", "ABCDE", "ABCDE-FGHJK-MNPQR-STVWU", "<script>alert(1)</script>", "' OR 1=1 --", "A".repeat(61))) {
            assertThat(CertificateCode.normalise(bad)).as(bad).isEqualTo(Optional.empty());
        }
        assertThat(CertificateCode.normalise(null)).isEmpty();
    }

    @Test
    void theCertificatePdfReadsBackWithNameCourseDatesAndCode() throws Exception {
        org.acorn.training.certificate.Certificate c = new org.acorn.training.certificate.Certificate(1L, "7KQ2M-ABCDE-FGHJK-MNPQR",
                "Dee Wright", "Safeguarding children and young people", LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 1), NOW);
        byte[] pdf = org.acorn.training.certificate.CertificatePdf.of(c, "Dalesborough Children's VCS Group", "Morgan Ellis",
                "https://acorn.example.org/training/check.xhtml");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Certificate of attendance", "Dee Wright", "Safeguarding children and young people", "2 March 2026",
                    "Morgan Ellis", "1 March 2029", "7KQ2M-ABCDE-FGHJK-MNPQR", "https://acorn.example.org/training/check.xhtml");
        }
    }

    static org.acorn.training.accreditation.Module module(long id, Long course) {
        var m = new org.acorn.training.accreditation.Module(1L, "M" + id, course, (int) id);
        try {
            var f = org.acorn.training.accreditation.Module.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(m, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    @Test
    void accreditationNeedsEveryModuleMetByCourseOrSignOffAndLapsesUnlessRenewed() {
        var modules = List.of(module(1, 10L), module(2, null), module(3, 30L));
        LocalDate today = LocalDate.of(2026, 3, 2);
        var start = org.acorn.training.accreditation.Progress.of(modules, Set.of(), Set.of(10L), null, today);
        assertThat(start.getMetCount()).isEqualTo(1);
        assertThat(start.getStatus()).isEqualTo(org.acorn.training.accreditation.Progress.Status.IN_PROGRESS);
        assertThat(start.mayAward()).isFalse();
        // a course module may also be signed off (a course taken elsewhere); assessed work only so
        var ready = org.acorn.training.accreditation.Progress.of(modules, Set.of(2L, 3L), Set.of(10L), null, today);
        assertThat(ready.getStatus()).isEqualTo(org.acorn.training.accreditation.Progress.Status.READY);
        assertThat(ready.mayAward()).isTrue();
        var held = org.acorn.training.accreditation.Progress.of(modules, Set.of(2L, 3L), Set.of(10L), today, today);
        assertThat(held.getStatus()).isEqualTo(org.acorn.training.accreditation.Progress.Status.ACCREDITED);
        assertThat(held.mayAward()).isFalse();
        var lapsed = org.acorn.training.accreditation.Progress.of(modules, Set.of(2L, 3L), Set.of(10L), today.minusDays(1), today);
        assertThat(lapsed.getStatus()).isEqualTo(org.acorn.training.accreditation.Progress.Status.LAPSED);
        assertThat(lapsed.mayAward()).isTrue();
        assertThat(org.acorn.training.accreditation.Progress.of(List.of(), Set.of(), Set.of(), null, today).mayAward()).isFalse();
    }

    @Test
    void theRegisterSpreadsheetShowsEmailsOnlyWhenAskedAndDefusesFormulas() {
        Run r = run(5, Instant.parse("2026-03-10T10:00:00Z"), NOW.plus(Duration.ofDays(7)));
        r.setVenueName("Hall, Main St");
        org.acorn.training.course.Course c = new org.acorn.training.course.Course("Safeguarding", "s", org.acorn.training.course.Course.Kind.TRAINING,
                "Safeguarding", org.acorn.training.course.Course.Level.FOUNDATION, java.util.EnumSet.of(org.acorn.training.course.Course.Audience.VOLUNTEERS), NOW);
        Booking b = new Booking(1L, 2L, null, "=HYPERLINK(\"x\")", "kim@example.org", 7L, Booking.Status.CONFIRMED, NOW);
        b.mark(Booking.Attendance.ATTENDED, Instant.parse("2026-03-10T10:05:00Z"));
        String trainer = org.acorn.training.booking.RegisterSheet.csv(r, c, List.of(b), java.util.Map.of(7L, "Oak Tree Group"), false);
        assertThat(trainer).startsWith("\uFEFFName,Organisation,Attendance,Marked at,Course,Date,Venue\r\n")
                .doesNotContain("kim@example.org").contains("\"'=HYPERLINK(\"\"x\"\")\",Oak Tree Group,Attended,2026-03-10 10:05,Safeguarding,2026-03-10,\"Hall, Main St\"");
        String staff = org.acorn.training.booking.RegisterSheet.csv(r, c, List.of(b), java.util.Map.of(7L, "Oak Tree Group"), true);
        assertThat(staff).contains(",kim@example.org,");
    }

    @Test
    void aMovedRunRemindsAgain() {
        Booking b = new Booking(1L, 2L, 2L, "Dee", "d@example.org", null, Booking.Status.CONFIRMED, NOW);
        b.weekReminded();
        b.dayReminded();
        b.remindAgain();
        assertThat(Reminders.due(NOW.plus(Duration.ofHours(20)), NOW, b.isWeekReminded(), b.isDayReminded())).contains("day");
    }
}
