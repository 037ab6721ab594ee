package org.acorn.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acorn.meetings.IcsCheck;
import org.acorn.testing.Browser;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Training through the real pages on the Group demo: staff add a course and schedule runs and a roadshow (bad input
 * refused, nothing half-saved); many people booking the last place at once (exactly one gets it); the waiting list
 * promoted by an emailed offer taken up without signing in; reminders; cancelled runs and closed bookings; the
 * trainer's register issuing certificates; the public certificate check (tampered, hostile, throttled); the
 * organisation's record; the iCal feed; staff changing runs and courses (bookers told with the updated calendar entry),
 * the portal's clock moved forward (a test-only ShiftedClock) so an offer lapses and the day-before reminder goes;
 * a bulletin carrying a run; the staff overview and the register as CSV and PDF; paper feedback; assessors,
 * accreditation certificates and opt-in counts on the public profile. Browser journeys: booking, waiting and
 * promotion; the register on a phone.
 */
public abstract class TrainingChecks extends PortalChecks {

    protected TrainingChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    // ---------------------------------------------------------------- scheduling, capacity, waiting list

    @Test
    void lastPlaceUnderConcurrencyGoesToExactlyOneAndTheWaitingListIsOfferedTheFreedPlace() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.10");
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.11");
        Long course = addCourse(staff, "Osprey safeguarding", "36");
        Long run = schedule(staff, course, TODAY.plusDays(10).toString(), "2", Map.of("run:venueName", "Osprey Hall",
                "run:joining", "Bring a packed lunch."));

        Page booked = book(dee, run, Map.of());
        assertThat(booked.messages()).contains("Booked: Dee Wright");
        assertThat(mail.await(Demo.MEMBER, "Booked: Osprey safeguarding").body()).contains("Bring a packed lunch.");
        assertThat(booked.doc().select("#places").text()).isEqualTo("1 of 2 left");

        // eight organisation admins' sessions book eight different people at the same moment: one place is left
        int n = 8;
        List<WebClient> admins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WebClient c = signedIn(Demo.ORG_ADMIN, "203.0.113." + (20 + i));
            c.get("/training/run.xhtml?id=" + run);
            admins.add(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Page>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WebClient c = admins.get(i);
            String name = "Parallel Person " + i;
            Callable<Page> task = () -> c.submit("book", Map.of("book:p:0:name", name, "book:self", ""), "book:submit");
            results.add(pool.submit(task));
        }
        int placed = 0;
        int waiting = 0;
        for (Future<Page> f : results) {
            String msg = f.get().messages();
            if (msg.contains("Booked: Parallel Person")) placed++;
            if (msg.contains("On the waiting list: Parallel Person")) waiting++;
        }
        pool.shutdown();
        assertThat(placed).isEqualTo(1);
        assertThat(waiting).isEqualTo(n - 1);
        Page staffView = staff.get("/training/run.xhtml?id=" + run);
        assertThat(statuses(staffView)).containsEntry("Booked", 2).containsEntry("On the waiting list", n - 1);
        assertThat(staffView.doc().select("#places").text()).startsWith("Full").contains((n - 1) + " on the waiting list");

        // Dee cancels: the longest waiting person is offered the place by email (to the admin who booked them)
        dee.get("/training/run.xhtml?id=" + run);
        Page cancelled = dee.submit("mine", Map.of(), "mine:cancel");
        assertThat(cancelled.messages()).contains("Your booking is cancelled");
        TestMail.Received offer = mail.await(Demo.ORG_ADMIN, "A place for you: Osprey safeguarding");
        assertThat(offer.body()).contains("Parallel Person");
        assertThat(statuses(staff.get("/training/run.xhtml?id=" + run))).containsEntry("Offered a place", 1).containsEntry("On the waiting list", n - 2);

        // the link is all it takes; a second use, or a made-up token, finds nothing open
        WebClient visitor = new WebClient(base, "203.0.113.30");
        Page offerPage = visitor.get(offer.link("/training/offer.xhtml"));
        assertThat(offerPage.doc().select("#offer-text").text()).contains("Osprey safeguarding");
        Page accepted = visitor.submit("offer", Map.of(), "offer:accept");
        assertThat(accepted.doc().select("#outcome").text()).contains("The place is yours");
        assertThat(visitor.get(offer.link("/training/offer.xhtml")).doc().select("#no-offer")).isNotEmpty();
        assertThat(visitor.get("/training/offer.xhtml?token=" + "A".repeat(43)).doc().select("#no-offer")).isNotEmpty();
        assertThat(visitor.get("/training/offer.xhtml?token=%3Cscript%3E").doc().select("#no-offer")).isNotEmpty();
        assertThat(statuses(staff.get("/training/run.xhtml?id=" + run))).containsEntry("Booked", 2).containsEntry("On the waiting list", n - 2)
                .doesNotContainKey("Offered a place");

        // duplicates are refused, in one form and against those already booked or waiting
        WebClient admin = admins.get(0);
        admin.get("/training/run.xhtml?id=" + run);
        Page twice = admin.submit("book", Map.of("book:self", "", "book:p:0:name", "Kim Bell", "book:p:1:name", " kim  bell "), "book:submit");
        assertThat(twice.messages()).contains("named twice");
        Page again = admin.submit("book", Map.of("book:self", "", "book:p:0:name", "Parallel Person 3"), "book:submit");
        assertThat(again.messages()).contains("Parallel Person 3 is already booked (or waiting) on this run");
        Page tooLong = admin.submit("book", Map.of("book:self", "", "book:p:0:name", "x".repeat(300), "book:p:0:email", "not-an-email"), "book:submit");
        assertThat(tooLong.messages()).contains("160 characters or fewer");
        assertThat(statuses(staff.get("/training/run.xhtml?id=" + run)).get("On the waiting list")).isEqualTo(n - 2);

        // a member who is not an organisation's admin cannot book others, whatever they post
        dee.get("/training/run.xhtml?id=" + run);
        assertThat(dee.current().doc().select("input[name='book:p:0:name']")).isEmpty();

        // courses are in the site search, for anyone
        assertThat(visitor.get("/search.xhtml?q=osprey").doc().select("#results li.result h3").eachText()).anyMatch(t -> t.contains("Osprey safeguarding"));

        // the feed lists the run; ical4j reads it
        String ics = visitor.raw("/training/calendar.ics").body();
        assertThat(IcsCheck.parse(ics).values()).anyMatch(e -> e.start().toLocalDate().equals(TODAY.plusDays(10)));
        assertThat(visitor.raw("/training/calendar/run/" + run + ".ics").body()).contains("Osprey safeguarding");
        assertThat(visitor.raw("/training/calendar/run/abc.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void staffScheduleRoadshowsBadInputIsRefusedAndCancelledOrClosedRunsCannotBeBooked() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.40");
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.41");
        WebClient visitor = new WebClient(base, "203.0.113.42");

        staff.get("/training/admin.xhtml");
        Page badCourse = staff.submit("course", Map.of("course:title", "", "course:summary", "x", "course:topic", "T",
                "course:audiences", "VOLUNTEERS", "course:cost", "lots", "course:validMonths", "-5"), "course:save");
        assertThat(badCourse.fieldError("course:title")).contains("Enter a title");
        assertThat(badCourse.fieldError("course:cost")).contains("Enter the cost in pounds");
        assertThat(badCourse.fieldError("course:validMonths")).contains("from 1 to 120");
        Long course = addCourse(staff, "Kestrel first aid", null);

        staff.get("/training/admin.xhtml?course=" + course);
        for (String[] bad : new String[][] {{"-3", "between 1 and 1000"}, {"lots", "whole number"}, {"99999999", "whole number"}}) {
            Page p = staff.submit("run", runFields(course, TODAY.plusDays(5).toString(), bad[0], Map.of()), "run:save");
            assertThat(p.fieldError("run:capacity")).as(bad[0]).contains(bad[1]);
        }
        Page badDate = staff.submit("run", runFields(course, "31/12/2026", "10", Map.of("run:trainerEmail", "nobody@example.org",
                "run:moreVenues", "tomorrow | Hall | Street")), "run:save");
        assertThat(badDate.fieldError("run:date")).contains("Enter the date like");
        assertThat(badDate.fieldError("run:trainerEmail")).contains("No one with an account uses nobody@example.org");
        assertThat(badDate.fieldError("run:moreVenues")).contains("Line 1");
        assertThat(staff.get("/training/course.xhtml?id=" + course).doc().select("#course-runs li")).isEmpty();

        // a roadshow: the same course at three venues in one go
        Long first = schedule(staff, course, TODAY.plusDays(9).toString(), "12", Map.of("run:roadshow", "Kestrel roadshow",
                "run:moreVenues", TODAY.plusDays(13) + " | Alnford Village Hall | Front Street\n" + TODAY.plusDays(20) + " | Easterburn Hall | "));
        assertThat(staff.get("/training/course.xhtml?id=" + course).doc().select("#course-runs li")).hasSize(3);
        assertThat(visitor.get("/training/index.xhtml").doc().select("#runs .course-title").eachText()).contains("Kestrel first aid");

        // staff correct the course: bad input refused and nothing changed, then saved
        staff.get("/training/edit-course.xhtml?id=" + course);
        Page badEdit = staff.submit("edit", Map.of("edit:title", " ", "edit:cost", "-3", "edit:validMonths", "121",
                "edit:summary", "x".repeat(2001)), "edit:save");
        assertThat(badEdit.fieldError("edit:title")).contains("Enter a title");
        assertThat(badEdit.fieldError("edit:cost")).contains("Enter the cost in pounds");
        assertThat(badEdit.fieldError("edit:validMonths")).contains("from 1 to 120");
        assertThat(badEdit.fieldError("edit:summary")).contains("2000 characters or fewer");
        assertThat(visitor.get("/training/course.xhtml?id=" + course).doc().select("#course-title").text()).isEqualTo("Kestrel first aid");
        Page savedCourse = staff.submit("edit", Map.of("edit:title", "Kestrel first aid <b>refresher</b>", "edit:summary", "Updated.",
                "edit:cost", "12.50", "edit:validMonths", ""), "edit:save");
        assertThat(savedCourse.messages()).contains("is saved");
        assertThat(visitor.get("/training/course.xhtml?id=" + course).doc().select("#course-title").text()).isEqualTo("Kestrel first aid <b>refresher</b>");
        assertThat(visitor.get("/training/run.xhtml?id=" + first).text()).contains("£12.50");
        assertThat(dee.get("/training/edit-course.xhtml?id=" + course).status()).isEqualTo(403);
        assertThat(staff.get("/training/edit-course.xhtml?id=999999").status()).isEqualTo(404);
        assertThat(staff.get("/training/edit-run.xhtml?id=abc").status()).isEqualTo(404);

        // Dee books; staff cancel the run; a page opened before cannot book it any more, and Dee is told
        book(dee, first, Map.of());
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.43");
        admin.get("/training/run.xhtml?id=" + first);
        Page noReason = staff.get("/training/run.xhtml?id=" + first);
        assertThat(staff.submit("cancelRun", Map.of("cancelRun:reason", ""), "cancelRun:cancel").fieldError("cancelRun:reason"))
                .contains("Enter why the run is cancelled");
        assertThat(noReason.status()).isEqualTo(200);
        staff.submit("cancelRun", Map.of("cancelRun:reason", "Trainer unwell"), "cancelRun:cancel");
        TestMail.Received told = mail.await(Demo.MEMBER, "Cancelled: Kestrel first aid");
        assertThat(part(told.mime(), "text/plain")).contains("Trainer unwell");
        assertThat(IcsCheck.parse(part(told.mime(), "text/calendar")).values()).singleElement().extracting(IcsCheck.Event::status).isEqualTo("CANCELLED");
        assertThat(staff.get("/training/edit-run.xhtml?id=" + first).doc().select("#not-editable")).isNotEmpty();
        Page late = admin.submit("book", Map.of("book:self", "", "book:p:0:name", "Robin Shaw"), "book:submit");
        assertThat(late.messages()).contains("This run is cancelled");
        assertThat(visitor.raw("/training/calendar.ics").body()).contains("STATUS:CANCELLED");

        // booking closed (the deadline has passed): no form, and the page says so
        Long closed = schedule(staff, course, TODAY.plusDays(3).toString(), "5", Map.of("run:deadline", TODAY.minusDays(1).toString()));
        assertThat(dee.get("/training/runs.xhtml").status()).isEqualTo(403);
        Page closedPage = dee.get("/training/run.xhtml?id=" + closed);
        assertThat(closedPage.doc().select("#closed")).isNotEmpty();
        assertThat(closedPage.doc().getElementById("book")).isNull();

        // a booking a few days ahead is reminded the week before (the schedule runs every 2 s here)
        Long soon = schedule(staff, course, TODAY.plusDays(3).toString(), "5", Map.of("run:joining", "Use the side door."));
        book(dee, soon, Map.of());
        assertThat(mail.await(Demo.MEMBER, "Next week: Kestrel first aid").body()).contains("Use the side door.");

        // filters and hostile addresses
        assertThat(visitor.get("/training/index.xhtml?time=evening").doc().select("#runs > li").stream()
                .allMatch(li -> li.text().contains("Evening"))).isTrue();
        for (String q : List.of("level=garbage", "district=abc", "topic=%3Cscript%3E", "audience=%27%20OR%201=1")) {
            assertThat(visitor.get("/training/index.xhtml?" + q).status()).as(q).isEqualTo(200);
        }
        for (String bad : List.of("abc", "-1", "99999999999", "%3Cscript%3E")) {
            assertThat(visitor.get("/training/run.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
        }
        assertThat(visitor.get("/training/my.xhtml").path()).endsWith("/account/login.xhtml");
        assertThat(dee.get("/training/admin.xhtml").status()).isEqualTo(403);
        assertThat(dee.get("/training/register.xhtml?run=" + soon).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- changes, the clock, bulletins

    @Test
    void changesReachEveryoneBookedWithTheCalendarEntryAndTheClockLapsesOffersAndSendsTheDayBeforeReminder() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.90");
        WebClient officer = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.91");
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.92");
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.93");
        WebClient visitor = new WebClient(base, "203.0.113.94");

        // a run 25 to 26 hours ahead (the server's time), bookable until it starts; one place
        java.time.ZonedDateTime start = java.time.ZonedDateTime.now(ZoneId.of("Europe/London")).plusHours(26).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        String day = start.toLocalDate().toString();
        String from = String.format("%02d:00", start.getHour());
        String to = start.getHour() == 23 ? "23:59" : String.format("%02d:00", start.getHour() + 1);
        Long course = addCourse(staff, "Plover safeguarding", null);
        Long run = schedule(staff, course, day, "1", Map.of("run:start", from, "run:end", to, "run:deadline", day, "run:venueName", "Plover Hall"));
        book(dee, run, Map.of());
        mail.await(Demo.MEMBER, "Next week: Plover safeguarding"); // more than a day ahead: the first reminder
        Page waiting = book(admin, run, Map.of("book:self", "", "book:p:0:name", "Wren Waiter", "book:p:1:name", "Finch Waiter"));
        assertThat(waiting.messages()).contains("On the waiting list: Wren Waiter, Finch Waiter");

        // the staff overview: places, waiting list
        Element line = staff.get("/training/runs.xhtml").doc().select("#overview tr[data-run=" + run + "]").first();
        assertThat(line.selectFirst(".booked").text()).isEqualTo("1 of 1");
        assertThat(line.selectFirst(".waiting").text()).isEqualTo("2");

        // a bulletin composer picks the run from what is coming up; it reaches the test copy with its link
        staff.get("/bulletins/index.xhtml");
        Page created = staff.submit("create", Map.of("create:title", "Plover bulletin", "create:audience", "all"), "create:submit");
        Page compose = staff.get("/bulletins/compose.xhtml?id=" + created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        Element box = compose.doc().select("#new input[type=checkbox]").stream()
                .filter(i -> compose.doc().select("label[for=" + i.id() + "]").text().equals("Training coming up: Plover safeguarding")).findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + compose.doc().select("#new").text()));
        assertThat(staff.submit("new", Map.of(box.attr("name"), box.attr("value")), "new:add").messages()).contains("Added 1 item");
        assertThat(staff.current().doc().select("#preview-html a[href$='/training/run.xhtml?id=" + run + "']")).isNotEmpty();
        assertThat(staff.current().doc().select("#preview-html").text()).contains("Plover safeguarding", "Full: join the waiting list.");
        staff.submit("send", Map.of(), "send:test");
        assertThat(part(mail.await(Demo.COORDINATOR, "Plover bulletin").mime(), "text/plain")).contains("/training/run.xhtml?id=" + run);

        // changes: bad input refused, nothing half-saved
        String before = visitor.get("/training/run.xhtml?id=" + run).doc().select(".run-facts").text();
        staff.get("/training/edit-run.xhtml?id=" + run);
        Page bad = staff.submit("edit", Map.of("edit:date", "2026-13-45", "edit:capacity", "-1", "edit:onlineLink", "javascript:alert(1)",
                "edit:trainerEmail", "nobody@example.org", "edit:joining", "j".repeat(2001)), "edit:save");
        assertThat(bad.fieldError("edit:date")).contains("Enter the date like");
        assertThat(bad.fieldError("edit:capacity")).contains("between 1 and 1000");
        assertThat(bad.fieldError("edit:onlineLink")).contains("starting https://");
        assertThat(bad.fieldError("edit:trainerEmail")).contains("No one with an account uses nobody@example.org");
        assertThat(bad.fieldError("edit:joining")).contains("2000 characters or fewer");
        assertThat(staff.submit("edit", Map.of("edit:start", "15:00", "edit:end", "14:00"), "edit:save").fieldError("edit:end")).contains("end after it starts");
        assertThat(staff.submit("edit", Map.of("edit:date", TODAY.minusDays(1).toString()), "edit:save").fieldError("edit:date")).contains("from today");
        assertThat(visitor.get("/training/run.xhtml?id=" + run).doc().select(".run-facts").text()).isEqualTo(before);

        // one more place: the longest waiting is offered it (held for an hour here)
        staff.get("/training/edit-run.xhtml?id=" + run);
        assertThat(staff.submit("edit", Map.of("edit:capacity", "2"), "edit:save").messages()).contains("Places: 2 (was 1)");
        assertThat(mail.await(Demo.ORG_ADMIN, "A place for you: Plover safeguarding", "Wren Waiter").body()).contains("Wren Waiter");
        // never fewer places than are taken (Dee's, and the offer)
        staff.get("/training/edit-run.xhtml?id=" + run);
        assertThat(staff.submit("edit", Map.of("edit:capacity", "1"), "edit:save").fieldError("edit:capacity")).contains("2 places are taken");
        // two editors: the second save, made on a page opened before the first, is refused
        officer.get("/training/edit-run.xhtml?id=" + run);
        staff.get("/training/edit-run.xhtml?id=" + run);
        assertThat(staff.submit("edit", Map.of("edit:joining", "Park behind the hall."), "edit:save").messages()).contains("Joining instructions");
        assertThat(officer.submit("edit", Map.of("edit:venueName", "Elsewhere"), "edit:save").text()).contains("changed while you were editing");

        // a new venue: everyone booked or waiting is told, with the calendar entry that updates theirs
        String uid = IcsCheck.parse(visitor.raw("/training/calendar/run/" + run + ".ics").body()).keySet().iterator().next();
        staff.get("/training/edit-run.xhtml?id=" + run);
        Page moved = staff.submit("edit", Map.of("edit:venueName", "Plover Barn", "edit:venueAddress", "Mill Lane"), "edit:save");
        assertThat(moved.messages()).contains("Where: Plover Barn, Mill Lane").contains("told by email");
        TestMail.Received changed = mail.await(Demo.MEMBER, "Changed: Plover safeguarding", "Where: Plover Barn");
        assertThat(part(changed.mime(), "text/plain")).contains("Where: Plover Barn, Mill Lane").contains("Dee Wright still has a place");
        IcsCheck.Event mailed = IcsCheck.parse(part(changed.mime(), "text/calendar")).get(uid);
        assertThat(mailed).as("same UID as the feed").isNotNull();
        IcsCheck.Event feed = IcsCheck.parse(visitor.raw("/training/calendar/run/" + run + ".ics").body()).get(uid);
        assertThat(mailed.sequence()).isEqualTo(feed.sequence()).isEqualTo(2); // the joining instructions, then the venue
        mail.await(Demo.ORG_ADMIN, "Changed: Plover safeguarding"); // for Wren and Finch, through the admin who booked them

        // the portal's clock moves on two hours: Wren's offer lapses and goes to Finch; Dee's day-before reminder is due
        try {
            assertThat(visitor.raw("/testing/clock?shift=PT2H").statusCode()).isEqualTo(200);
            assertThat(part(mail.await(Demo.ORG_ADMIN, "Offer lapsed: Plover safeguarding").mime(), "text/plain")).contains("Wren Waiter");
            mail.await(Demo.ORG_ADMIN, "A place for you: Plover safeguarding", "Finch Waiter");
            assertThat(part(mail.await(Demo.MEMBER, "Tomorrow: Plover safeguarding").mime(), "text/plain")).contains("Plover Barn").contains("Park behind the hall.");
        } finally {
            visitor.raw("/testing/clock?shift=PT0S");
        }
        Page after = staff.get("/training/run.xhtml?id=" + run);
        assertThat(statuses(after)).containsEntry("Offer lapsed", 1).containsEntry("Offered a place", 1).containsEntry("Booked", 1);
    }

    // ---------------------------------------------------------------- register and certificates

    @Test
    void trainerMarksTheRegisterCertificatesAreIssuedAndAnyoneChecksThemButCannotGuess() throws Exception {
        WebClient trainer = signedIn(Demo.REPRESENTATIVE, "203.0.113.50");
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.51");
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.52");
        WebClient visitor = new WebClient(base, "203.0.113.53");

        Long held = heldDemoRun(visitor);
        Page register = trainer.get("/training/register.xhtml?run=" + held);
        assertThat(register.doc().select("#register-list .attendee")).hasSizeGreaterThanOrEqualTo(5);
        Element noShow = register.doc().select("#register-list .attendee").stream().filter(li -> li.text().contains("Did not come")).findFirst().orElseThrow();
        String name = noShow.selectFirst(".person").text();
        String button = noShow.selectFirst("input[value=Attended]").attr("name");
        Page marked = trainer.submit("register", Map.of(), button);
        assertThat(marked.messages()).contains(name + ": attended");

        // the admin's record shows the new certificate; its code checks out, for anyone
        Page record = admin.get("/training/organisation.xhtml");
        assertThat(record.doc().select("#summary").text()).containsPattern("\\d+ people with current safeguarding training");
        String code = codeOf(record, name);
        assertThat(check(visitor, code).text()).contains("Genuine and current").contains(name);
        assertThat(check(visitor, code.toLowerCase().replace("-", " ")).text()).contains("Genuine and current");

        // marked as not there after all: the certificate is withdrawn
        Page again = trainer.get("/training/register.xhtml?run=" + held);
        Element li = again.doc().select("#register-list .attendee").stream().filter(x -> x.selectFirst(".person").text().equals(name)).findFirst().orElseThrow();
        trainer.submit("register", Map.of(), li.selectFirst("input[value='Did not come']").attr("name"));
        assertThat(check(visitor, code).text()).contains("Withdrawn");

        // Dee's own certificate from her bookings; a tampered or hostile code matches nothing
        String mine = dee.get("/training/my.xhtml").doc().select("#my-bookings .code").first().text();
        assertThat(check(visitor, mine).text()).contains("Dee Wright");
        char last = mine.charAt(mine.length() - 1);
        String tampered = mine.substring(0, mine.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(check(visitor, tampered).text()).contains("No certificate has this code");
        for (String hostile : List.of("<script>alert(1)</script>", "' OR '1'='1", "../../etc/passwd", "x".repeat(70))) {
            Page p = check(visitor, hostile);
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.text()).contains("No certificate has this code");
        }
        assertThat(check(visitor, "").fieldError("check:code")).contains("Enter the code");
        Page cert = dee.get("/training/certificate.xhtml?booking=" + bookingOfCode(dee, mine));
        assertThat(cert.doc().select("#cert-name").text()).isEqualTo("Dee Wright");
        String pdfPath = cert.doc().select("#pdf").attr("href");
        assertThat(pdfText(dee, pdfPath)).contains("Dee Wright", mine, "/training/check.xhtml");
        assertThat(pdfStatus(visitor, pdfPath)).isEqualTo(404);
        assertThat(pdfStatus(admin, "/training/certificate/999999.pdf")).isEqualTo(404);
        assertThat(pdfStatus(admin, "/training/certificate/..%2F1.pdf")).isEqualTo(404);
        assertThat(visitor.get("/training/certificate.xhtml?booking=1").path()).endsWith("/account/login.xhtml");
        assertThat(admin.get("/training/certificate.xhtml?booking=999999").status()).isEqualTo(404);

        // the register as a spreadsheet (emails for staff only) and a signing sheet; nobody else gets either
        String csv = new String(pdf(trainer, "/training/register/" + held + ".csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Organisation,Attendance,Marked at,Course,Date,Venue\r\n").contains(name + ",");
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.55");
        String staffCsv = new String(pdf(staff, "/training/register/" + held + ".csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(staffCsv).startsWith("\uFEFFName,Organisation,Email,Attendance");
        assertThat(pdfText(trainer, "/training/register/" + held + ".pdf")).contains("Register", "Safeguarding children and young people", name, "Signature");
        for (String bad : List.of(held + ".csv", held + ".pdf", held + "-feedback.pdf")) assertThat(pdfStatus(dee, "/training/register/" + bad)).as(bad).isEqualTo(404);
        assertThat(pdfStatus(visitor, "/training/register/" + held + ".csv")).isEqualTo(404);
        assertThat(pdfStatus(staff, "/training/register/999999.csv")).isEqualTo(404);
        assertThat(pdfStatus(staff, "/training/register/" + held + ".exe")).isEqualTo(404);

        // paper feedback: forms printed from the register, typed back in by the trainer for people without email
        assertThat(pdfText(trainer, "/training/register/" + held + "-feedback.pdf")).contains("Feedback: Safeguarding children and young people",
                "How was it overall?");
        Page paper = trainer.get("/training/register.xhtml?run=" + held);
        String someone = paper.doc().select("select[name='paper:booking'] option").stream().filter(o -> !o.attr("value").isEmpty())
                .findFirst().orElseThrow().attr("value");
        assertThat(trainer.submit("paper", Map.of("paper:booking", someone, "paper:improve", "y".repeat(1001)), "paper:save").text())
                .contains("Choose a rating from 1 to 5").contains("1000 characters or fewer");
        assertThat(trainer.submit("paper", Map.of("paper:booking", "", "paper:rating", "4"), "paper:save").fieldError("paper:booking"))
                .contains("Choose someone on this run's register");
        assertThat(trainer.submit("paper", Map.of("paper:booking", "999999", "paper:rating", "4"), "paper:save").text())
                .contains("Whose form: please choose one of the options");
        assertThat(trainer.submit("paper", Map.of("paper:booking", someone, "paper:rating", "9"), "paper:save").text())
                .contains("Rating: please choose one of the options");
        Page entered = trainer.submit("paper", Map.of("paper:booking", someone, "paper:rating", "4", "paper:useful", "The case studies",
                "paper:improve", ""), "paper:save");
        assertThat(entered.messages()).contains("Feedback entered");
        assertThat(entered.doc().select("select[name='paper:booking'] option[value=" + someone + "]")).isEmpty(); // once per person
        Page heldRun = trainer.get("/training/run.xhtml?id=" + held);
        assertThat(heldRun.doc().select("#feedback-summary").text()).contains("from paper forms");
        assertThat(heldRun.doc().select("#feedback-useful li").eachText()).contains("The case studies");

        // trying codes in bulk runs into the limit (12 per window here), genuine or not
        WebClient guesser = new WebClient(base, "203.0.113.54");
        String answer = "";
        for (int i = 0; i < 13; i++) answer = check(guesser, "AAAAA-AAAAA-AAAAA-AAAA" + (char) ('A' + i)).text();
        assertThat(answer).contains("Too many checks");
        assertThat(check(guesser, mine).text()).contains("Too many checks").doesNotContain("Dee Wright");

        // training that lapses soon (the demo's accreditation module, 23 months ago) is flagged by email
        assertThat(mail.await(Demo.MEMBER, "Training to renew: Volunteer accreditation").body()).contains("stops being current");

        // feedback: asked of attendees after a run (the demo's run three days ago), answered once by link, summarised for the trainer
        TestMail.Received ask = mail.await(Demo.MEMBER, "How was Safeguarding: working together");
        String link = ask.link("/training/feedback.xhtml");
        visitor.get(link);
        assertThat(visitor.submit("feedback", Map.of("feedback:useful", "x".repeat(1001)), "feedback:send").text())
                .contains("Choose a rating from 1 to 5").contains("1000 characters or fewer");
        Page thanks = visitor.submit("feedback", Map.of("feedback:rating", "5", "feedback:useful", "<script>alert(1)</script> the scenarios",
                "feedback:improve", ""), "feedback:send");
        assertThat(thanks.doc().select("#thanks")).isNotEmpty();
        assertThat(visitor.get(link).doc().select("#no-form")).isNotEmpty();
        String runHref = dee.get("/training/my.xhtml").doc().select("#my-bookings a").stream()
                .filter(a -> a.text().equals("Safeguarding: working together (intermediate)")).map(a -> a.attr("href")).reduce((a, b) -> b).orElseThrow();
        Page summary = trainer.get(runHref);
        assertThat(summary.doc().select("#feedback-summary").text()).startsWith("1 response, average 5.0");
        assertThat(summary.doc().select("#feedback-useful li").text()).isEqualTo("<script>alert(1)</script> the scenarios");
        assertThat(dee.get(runHref).doc().select("#feedback-summary")).isEmpty();

        // the register is kept by the trainer and staff only; before the day it is a signing sheet
        assertThat(dee.get("/training/register.xhtml?run=" + held).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- accreditation

    @Test
    void volunteersAreEnrolledAssessorsSignOffAndAwardAndOrganisationsChooseToShowCounts() throws Exception {
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.80");
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.81");
        WebClient visitor = new WebClient(base, "203.0.113.82");
        WebClient assessor = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.83");

        Page mine = admin.get("/training/accreditation.xhtml");
        Map<String, String> status = enrolments(mine);
        assertThat(status.get("Dee Wright")).startsWith("2 of 3").contains("In progress"); // her safeguarding attendance counts
        assertThat(status.get("Alex Moor")).contains("Accredited");
        assertThat(status.get("Sam Patel")).contains("Lapsed");
        assertThat(status).doesNotContainKey("Robin Shaw"); // another organisation's volunteer
        assertThat(admin.get("/training/organisation.xhtml").doc().select("#accredited").text()).isEqualTo("1");

        admin.get("/training/accreditation.xhtml");
        assertThat(admin.submit("enrol", Map.of("enrol:name", "", "enrol:email", "nope"), "enrol:save").fieldError("enrol:name"))
                .contains("Enter the volunteer's name");
        assertThat(admin.submit("enrol", Map.of("enrol:name", " jamie  hart", "enrol:email", ""), "enrol:save").fieldError("enrol:name"))
                .contains("already enrolled");
        assertThat(enrolments(admin.submit("enrol", Map.of("enrol:name", "Kim Bell", "enrol:email", ""), "enrol:save"))).containsKey("Kim Bell");
        // neither the organisation's admin nor staff who are not appointed assessors sign off or award
        assertThat(admin.current().doc().getElementById("signOff")).isNull();
        assertThat(admin.current().doc().select("input[value=Award]")).isEmpty();
        Page staffPage = staff.get("/training/accreditation.xhtml");
        assertThat(staffPage.doc().getElementById("signOff")).isNull();
        assertThat(staffPage.doc().select("input[value=Award]")).isEmpty();

        // staff keep the programme and appoint assessors; bad input is refused and changes nothing
        Page programme = staff.get("/training/programme.xhtml");
        assertThat(programme.doc().select("#assessor-list .name").eachText()).contains("Priya Shah (development officer)");
        assertThat(staff.submit("programme", Map.of("programme:validMonths", "0", "programme:title", ""), "programme:save").text())
                .contains("from 1 to 120").contains("Enter the programme's title");
        assertThat(staff.submit("module", Map.of("module:title", "", "module:position", "x"), "module:save").text())
                .contains("Enter the module's title").contains("Enter the module's place");
        assertThat(staff.submit("module", Map.of("module:title", "Forged", "module:course", "999999"), "module:save").text())
                .contains("Met by attending: please choose one of the options");
        assertThat(staff.submit("appoint", Map.of("appoint:email", "nobody@example.org"), "appoint:save").fieldError("appoint:email"))
                .contains("No one with an account uses nobody@example.org");
        assertThat(staff.submit("appoint", Map.of("appoint:email", Demo.DEVELOPMENT_OFFICER), "appoint:save").fieldError("appoint:email"))
                .contains("already an assessor");
        assertThat(staff.submit("appoint", Map.of("appoint:email", "<script>@x"), "appoint:save").fieldError("appoint:email")).isNotBlank();
        assertThat(staff.get("/training/programme.xhtml").doc().select("#module-list tr.module")).hasSize(3);
        assertThat(admin.get("/training/programme.xhtml").status()).isEqualTo(403);

        // an assessor from the volunteers' own organisation may not assess them
        staff.get("/training/programme.xhtml");
        assertThat(staff.submit("appoint", Map.of("appoint:email", Demo.ORG_ADMIN), "appoint:save").messages()).contains("appointed an assessor");
        Page own = admin.get("/training/accreditation.xhtml");
        Page refused = admin.submit("signOff", Map.of("signOff:enrolment", option(own, "signOff:enrolment", "Jamie Hart"),
                "signOff:module", option(own, "signOff:module", "Assessed practice"), "signOff:evidence", "Seen."), "signOff:save");
        assertThat(refused.text()).contains("volunteers with your own organisation");
        Page appointed = staff.get("/training/programme.xhtml");
        Element orgAdminRow = appointed.doc().select("#assessor-list li").stream().filter(li -> li.text().contains(Demo.ORG_ADMIN)).findFirst().orElseThrow();
        assertThat(staff.submit("assessors", Map.of(), orgAdminRow.selectFirst("input").attr("name")).messages()).contains("appointment has ended");
        assertThat(enrolments(admin.get("/training/accreditation.xhtml")).get("Jamie Hart")).contains("In progress"); // nothing signed off
        assertThat(admin.current().doc().getElementById("signOff")).isNull();

        // the appointed assessor signs off Dee's assessed work, then awards; nothing is awarded before every module is met
        Page assessorPage = assessor.get("/training/accreditation.xhtml");
        String dee = option(assessorPage, "signOff:enrolment", "Dee Wright");
        String log = option(assessorPage, "signOff:module", "Assessed practice");
        assertThat(assessor.submit("signOff", Map.of("signOff:enrolment", dee, "signOff:module", log, "signOff:evidence", " "), "signOff:save")
                .fieldError("signOff:evidence")).contains("Enter what the assessed work was");
        assertThat(assessor.submit("signOff", Map.of("signOff:enrolment", dee, "signOff:module", "999999", "signOff:evidence", "x"), "signOff:save")
                .text()).contains("Module: please choose one of the options");
        Page signed = assessor.submit("signOff", Map.of("signOff:enrolment", dee, "signOff:module", log, "signOff:evidence", "Ten sessions logged."), "signOff:save");
        assertThat(enrolments(signed).get("Dee Wright")).startsWith("3 of 3").contains("ready to award");
        Element row = signed.doc().select("#enrolments tr.enrolment").stream().filter(tr -> tr.text().contains("Dee Wright")).findFirst().orElseThrow();
        Page awarded = assessor.submit("rows", Map.of(), row.selectFirst("input[value=Award]").attr("name"));
        assertThat(awarded.messages()).contains("Dee Wright is accredited until " + TODAY.plusMonths(24).minusDays(1));
        assertThat(enrolments(awarded).get("Dee Wright")).contains("Accredited");
        assertThat(admin.get("/training/organisation.xhtml").doc().select("#accredited").text()).isEqualTo("2");

        // her accreditation certificate: a PDF for her organisation's admin, its code checked on the public page
        Element deeRow = admin.get("/training/accreditation.xhtml").doc().select("#enrolments tr.enrolment").stream()
                .filter(tr -> tr.text().contains("Dee Wright")).findFirst().orElseThrow();
        String certPath = deeRow.selectFirst("a.accreditation-certificate").attr("href");
        String certText = pdfText(admin, certPath);
        assertThat(certText).contains("Certificate of accreditation", "Dee Wright", "Volunteer accreditation scheme", "/training/check.xhtml");
        String code = certText.replaceAll(".*Verification code: ([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}).*", "$1");
        assertThat(check(visitor, code).doc().select("#result").text()).contains("Genuine and current").contains("Dee Wright was awarded Volunteer accreditation scheme");
        assertThat(pdfStatus(visitor, certPath)).isEqualTo(404);
        // her own, found on her training page
        WebClient deeSelf = signedIn(Demo.MEMBER, "203.0.113.84");
        Element ownLink = deeSelf.get("/training/my.xhtml").doc().selectFirst("#my-accreditations a.accreditation-certificate");
        assertThat(ownLink).isNotNull();
        assertThat(ownLink.attr("href")).isEqualTo(certPath);
        assertThat(pdfText(deeSelf, certPath)).contains("Dee Wright");
        assertThat(signedIn(Demo.ORG_ADMIN, "203.0.113.87").get("/training/my.xhtml").doc().select("#my-accreditations")).isEmpty();
        assertThat(pdfStatus(signedIn(Demo.PARTNER_OFFICER, "203.0.113.86"), certPath)).isEqualTo(404);
        String jamie = enrolmentId(admin.get("/training/accreditation.xhtml"), "Jamie Hart");
        assertThat(jamie).matches("\\d+");
        assertThat(pdfStatus(admin, "/training/accreditation/" + jamie + ".pdf")).isEqualTo(404); // not awarded
        assertThat(pdfStatus(staff, "/training/accreditation/abc.pdf")).isEqualTo(404);
        // Sam's lapsed accreditation reads as genuine but no longer current
        Element samRow = admin.current().doc().select("#enrolments tr.enrolment").stream().filter(tr -> tr.text().contains("Sam Patel")).findFirst().orElseThrow();
        String samText = pdfText(admin, samRow.selectFirst("a.accreditation-certificate").attr("href"));
        String samCode = samText.replaceAll(".*Verification code: ([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}).*", "$1");
        assertThat(check(visitor, samCode).doc().select("#result").text()).contains("Genuine, but no longer current");

        // the public sees counts per organisation, never names
        Page open = visitor.get("/training/accreditation.xhtml");
        assertThat(open.doc().select("#accredited-counts tbody tr")).isNotEmpty();
        assertThat(open.text()).doesNotContain("Dee Wright").doesNotContain("Alex Moor");
        assertThat(open.doc().getElementById("enrol")).isNull();

        // the organisation's public profile shows its counts because its admin chose to (the demo's choice); turned off, they go
        Page record = admin.get("/training/organisation.xhtml");
        String profile = record.doc().select("#public-profile").attr("href");
        Map<String, String> facts = facts(visitor.get(profile));
        assertThat(facts).containsEntry("Volunteers with current accreditation", "2");
        assertThat(facts.get("Staff and volunteers with current safeguarding training")).matches("\\d+");
        assertThat(visitor.get(profile).text()).doesNotContain("Dee Wright");
        String orgName = visitor.current().doc().select("#organisation h1").first().text();
        assertThat(visitor.get("/training/accreditation.xhtml").doc().select("#accredited-counts td").eachText()).contains(orgName);
        Page off = admin.submit("profile", java.util.Collections.singletonMap("profile:shown", null), "profile:save");
        assertThat(off.messages()).contains("no longer shows these counts");
        assertThat(visitor.get(profile).doc().select("#profile-facts")).isEmpty();
        assertThat(visitor.get("/training/accreditation.xhtml").doc().select("#accredited-counts td").eachText()).doesNotContain(orgName);
        admin.get("/training/organisation.xhtml");
        assertThat(admin.submit("profile", Map.of("profile:shown", "on"), "profile:save").messages()).contains("now shows these counts");
        assertThat(facts(visitor.get(profile))).containsEntry("Volunteers with current accreditation", "2");
        assertThat(signedIn(Demo.MEMBER, "203.0.113.85").get("/training/organisation.xhtml").status()).isEqualTo(404);
    }

    private static Map<String, String> facts(Page profile) {
        Map<String, String> out = new HashMap<>();
        var dts = profile.doc().select("#profile-facts dt");
        var dds = profile.doc().select("#profile-facts dd");
        for (int i = 0; i < dts.size(); i++) out.put(dts.get(i).text(), dds.get(i).text());
        return out;
    }

    private static String enrolmentId(Page p, String name) {
        return p.doc().select("#enrolments tr.enrolment").stream().filter(tr -> tr.selectFirst(".person").text().equals(name)).findFirst()
                .orElseThrow().attr("data-enrolment");
    }

    private static Map<String, String> enrolments(Page p) {
        Map<String, String> out = new HashMap<>();
        for (Element tr : p.doc().select("#enrolments tr.enrolment")) out.put(tr.selectFirst(".person").text(), tr.child(2).text() + " " + tr.child(3).text());
        return out;
    }

    private static String option(Page p, String selectName, String textStart) {
        return p.doc().select("select[name='" + selectName + "'] option").stream().filter(o -> o.text().startsWith(textStart)).findFirst()
                .orElseThrow().attr("value");
    }

    // ---------------------------------------------------------------- browser journeys

    @Test
    @Tag("browser")
    void aMemberBooksASecondPersonWaitsAndIsPromotedByEmailWhenTheFirstCancels() {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.60");
        Long course = addCourse(staff, "Heron youth work basics", null);
        Long run = schedule(staff, course, TODAY.plusDays(15).toString(), "1", Map.of("run:start", "18:30", "run:end", "21:00"));
        WebClient partner = signedIn(Demo.PARTNER_OFFICER, "203.0.113.61");
        try (Browser b = Browser.start(base)) {
            b.open("/account/login.xhtml").type("login:email", Demo.MEMBER).type("login:password", Demo.PASSWORD).click("login:submit");
            b.open("/training/index.xhtml?time=evening").clickLink("Heron youth work basics");
            b.click("book:submit");
            assertThat(b.text()).contains("Booked: Dee Wright").contains("Your booking");
            // the run is full now: the partner officer joins the waiting list
            Page waiting = book(partner, run, Map.of());
            assertThat(waiting.messages()).contains("On the waiting list");
            b.open("/training/my.xhtml");
            assertThat(b.text()).contains("Heron youth work basics");
            b.clickCss("#my-bookings input[value=Cancel]");
            assertThat(b.text()).contains("The booking is cancelled");
            String link = mail.await(Demo.PARTNER_OFFICER, "A place for you: Heron youth work basics").absoluteLinkOn(base, "/training/offer.xhtml");
            b.open(link);
            assertThat(b.text()).contains("Jo Reynolds");
            b.click("offer:accept");
            assertThat(b.text()).contains("The place is yours");
        }
        mail.await(Demo.PARTNER_OFFICER, "Booked: Heron youth work basics");
        assertThat(partner.get("/training/run.xhtml?id=" + run).doc().select("#my-status").text()).isEqualTo("Booked.");
    }

    @Test
    @Tag("browser")
    void anOrganisationAdminBooksTwoVolunteersOnTheRoadshowRunNearestThem() {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.62");
        Long course = addCourse(staff, "Merlin safeguarding roadshow course", null);
        schedule(staff, course, TODAY.plusDays(11).toString(), "10", Map.of("run:roadshow", "Merlin roadshow",
                "run:moreVenues", TODAY.plusDays(18) + " | Kirkby Moor Community Centre | Moor Road"));
        try (Browser b = Browser.start(base)) {
            b.open("/account/login.xhtml").type("login:email", Demo.ORG_ADMIN).type("login:password", Demo.PASSWORD).click("login:submit");
            b.open("/training/course.xhtml?id=" + course);
            // the roadshow's runs are listed by venue: the admin picks the one nearest their volunteers
            b.driver().findElements(By.cssSelector("#course-runs li")).stream().filter(li -> li.getText().contains("Kirkby Moor"))
                    .findFirst().orElseThrow().findElement(By.tagName("a")).click();
            b.checkAccessibility();
            assertThat(b.text()).contains("Kirkby Moor Community Centre");
            var me = b.driver().findElement(By.id("book:self"));
            if (me.isSelected()) me.click(); // not the admin: two volunteers
            b.type("book:p:0:name", "Robin Ash").type("book:p:0:email", "robin.ash@example.org").type("book:p:1:name", "Sky Birch");
            b.submit("book:submit");
            b.checkAccessibility();
            assertThat(b.text()).contains("Booked: Robin Ash, Sky Birch");
            b.open("/training/my.xhtml");
            assertThat(b.driver().findElements(By.cssSelector("#my-bookings td.person")).stream().map(org.openqa.selenium.WebElement::getText))
                    .contains("Robin Ash", "Sky Birch");
        }
        // the volunteer with an email gets her own confirmation; the one without is confirmed to the admin
        mail.await("robin.ash@example.org", "Booked: Merlin safeguarding roadshow course");
    }

    @Test
    @Tag("browser")
    void aTrainerMarksTheRegisterOnAPhoneAndAnyoneChecksTheCertificate() {
        WebClient visitor = new WebClient(base, "203.0.113.70");
        Long held = heldDemoRun(visitor);
        try (Browser b = Browser.start(base)) {
            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.open("/account/login.xhtml").type("login:email", Demo.REPRESENTATIVE).type("login:password", Demo.PASSWORD).click("login:submit");
            b.open("/training/register.xhtml?run=" + held);
            var first = b.driver().findElements(By.cssSelector("#register-list .attendee")).get(0);
            String name = first.findElement(By.cssSelector(".person")).getText();
            first.findElement(By.cssSelector("input[value='Did not come']")).click();
            b.checkAccessibility();
            assertThat(b.text()).contains(name + ": did not come");
            first = b.driver().findElements(By.cssSelector("#register-list .attendee")).get(0);
            first.findElement(By.cssSelector("input[value=Attended]")).click();
            assertThat(b.text()).contains(name + ": attended");
            // the buttons are big enough to press with a thumb
            assertThat(b.driver().findElement(By.cssSelector("#register-list input[value=Attended]")).getSize().getHeight()).isGreaterThanOrEqualTo(44);

            WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.71");
            String code = codeOf(admin.get("/training/organisation.xhtml"), name);
            b.open("/training/check.xhtml").type("check:code", code).click("check:submit");
            assertThat(b.driver().findElement(By.id("result")).getText()).contains("Genuine and current").contains(name);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Long heldDemoRun(WebClient client) {
        Page cal = client.get("/training/index.xhtml?topic=Safeguarding&level=FOUNDATION");
        String runHref = cal.doc().select("#runs .course-title").stream().filter(a -> a.text().equals("Safeguarding children and young people"))
                .findFirst().orElseThrow().attr("href");
        Page run = client.get(runHref);
        Page course = client.get(run.doc().select("#course-link").attr("href"));
        Element heldRun = course.doc().select("#course-runs li").stream().filter(li -> li.text().contains("Held")).findFirst().orElseThrow();
        return Long.valueOf(heldRun.selectFirst("a").attr("href").replaceAll(".*id=", ""));
    }

    private static String part(jakarta.mail.Part p, String type) throws Exception {
        if (p.isMimeType(type + "*") || p.isMimeType(type)) {
            Object c = p.getContent();
            return c instanceof String str ? str : new String(((java.io.InputStream) c).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (p.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                try {
                    return part(mp.getBodyPart(i), type);
                } catch (AssertionError e) {
                    // not in this part
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private java.net.http.HttpResponse<byte[]> pdf(WebClient c, String path) throws Exception {
        String b = base.toString();
        java.net.URI uri = java.net.URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path.replaceFirst("^.*?/training/", "/training/"));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri).header("Cookie", c.cookieHeader()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private int pdfStatus(WebClient c, String path) throws Exception { return pdf(c, path).statusCode(); }

    private String pdfText(WebClient c, String path) throws Exception {
        var response = pdf(c, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The code of the person's current safeguarding certificate on the organisation's record (demo names recur across runs). */
    private static String codeOf(Page record, String name) {
        return record.doc().select("#record tr").stream().filter(tr -> tr.text().contains(name)
                        && tr.text().contains("Safeguarding children and young people") && !tr.select("a").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no certificate for " + name)).select("a").text();
    }

    private Page check(WebClient c, String code) {
        c.get("/training/check.xhtml");
        return c.submit("check", Map.of("check:code", code), "check:submit");
    }

    private String bookingOfCode(WebClient c, String code) {
        Element row = c.get("/training/my.xhtml").doc().select("#my-bookings tr.booking").stream()
                .filter(tr -> tr.text().contains(code)).findFirst().orElseThrow();
        return row.selectFirst("a.certificate").attr("href").replaceAll(".*booking=", "");
    }

    private static Map<String, Integer> statuses(Page staffView) {
        Map<String, Integer> out = new HashMap<>();
        for (Element tr : staffView.doc().select("#all-bookings tbody tr")) out.merge(tr.child(1).text(), 1, Integer::sum);
        return out;
    }

    private Page book(WebClient c, Long run, Map<String, String> fields) {
        c.get("/training/run.xhtml?id=" + run);
        return c.submit("book", fields, "book:submit");
    }

    private Long addCourse(WebClient staff, String title, String months) {
        staff.get("/training/admin.xhtml");
        Map<String, String> f = new HashMap<>(Map.of("course:title", title, "course:summary", "What " + title + " covers.",
                "course:topic", "Safeguarding", "course:audiences", "VOLUNTEERS", "course:level", "FOUNDATION", "course:kind", "TRAINING"));
        if (months != null) f.put("course:validMonths", months);
        Page p = staff.submit("course", f, "course:save");
        assertThat(p.messages()).as(p.text()).contains("is added");
        return Long.valueOf(p.uri().getQuery().replaceAll(".*course=", ""));
    }

    private Long schedule(WebClient staff, Long course, String date, String capacity, Map<String, String> more) {
        staff.get("/training/admin.xhtml?course=" + course);
        Page p = staff.submit("run", runFields(course, date, capacity, more), "run:save");
        assertThat(p.path()).as(p.text()).endsWith("/training/run.xhtml");
        return Long.valueOf(p.uri().getQuery().replaceAll(".*id=", ""));
    }

    private static Map<String, String> runFields(Long course, String date, String capacity, Map<String, String> more) {
        Map<String, String> f = new HashMap<>(Map.of("run:course", String.valueOf(course), "run:date", date, "run:capacity", capacity,
                "run:venueName", "Test Hall", "run:trainerEmail", Demo.REPRESENTATIVE, "run:start", "10:00", "run:end", "13:00"));
        f.putAll(more);
        return f;
    }

    private WebClient signedIn(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }
}
