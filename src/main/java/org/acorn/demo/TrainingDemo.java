package org.acorn.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import org.acorn.directory.Organisation;
import org.acorn.network.District;
import org.acorn.network.NetworkModel;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Tokens;
import org.acorn.training.accreditation.Assessor;
import org.acorn.training.accreditation.Credit;
import org.acorn.training.accreditation.Enrolment;
import org.acorn.training.accreditation.Module;
import org.acorn.training.accreditation.Programme;
import org.acorn.training.booking.Booking;
import org.acorn.training.certificate.Certificate;
import org.acorn.training.certificate.CertificateCode;
import org.acorn.training.certificate.Expiry;
import org.acorn.training.course.Course;
import org.acorn.training.course.Courses;
import org.acorn.training.course.Run;

/**
 * Each demo network's training, dated around today: the Network's safeguarding roadshow at rural venues (003 l.355),
 * the Group's CWDC-funded safeguarding run district by district, evenings and Saturdays (l.418, 572), the Forum's
 * courses and a CYPP consultation event. Every model has a full run with a waiting list and a past run with its
 * register marked and certificates issued. Names of people are illustrative.
 */
@ApplicationScoped
public class TrainingDemo {

    private static final Course.Audience[] FRONTLINE = {Course.Audience.FRONTLINE, Course.Audience.VOLUNTEERS, Course.Audience.MANAGERS};
    private static final String[] PEOPLE = {"Alex Moor", "Sam Patel", "Jamie Hart", "Robin Shaw", "Kit Owens", "Ash Newton",
            "Lee Barker", "Jo Francis", "Pat Quinn", "Rae Collins", "Nat Ridley", "Toni Marsh"};

    @PersistenceContext(unitName = "acorn") EntityManager em;

    private Instant now;
    private LocalDate today;
    private Account orgAdmin;
    private Account volunteer;
    private Account rep;
    private Organisation home;

    public void load(NetworkModel model, List<Organisation> orgs, List<District> districts, Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, Run.LONDON);
        orgAdmin = account("orgadmin@example.org");
        volunteer = account("volunteer@example.org");
        rep = account("rep@example.org");
        home = orgs.get(0);
        switch (model) {
            case NETWORK -> network();
            case GROUP -> group(districts);
            case FORUM -> forum();
        }
        em.flush();
    }

    /** Northfell: one safeguarding course taken round the county as a roadshow. */
    private void network() {
        Course sg = course("Safeguarding children: basic awareness", "Recognising and responding to abuse and neglect; what to do, who to tell, "
                + "and your organisation's policy. For anyone working or volunteering with children.", "Safeguarding", Course.Level.FOUNDATION, 36, null, FRONTLINE);
        String[][] venues = {{"Alnford Village Hall", "Front Street, Alnford"}, {"Kirkby Moor Community Centre", "Moor Road, Kirkby Moor"},
                {"Easterburn Methodist Hall", "Chapel Lane, Easterburn"}, {"Northfell Library", "12 Market Street, Northfell"}};
        int[] days = {9, 16, 23, 37};
        for (int i = 0; i < venues.length; i++) {
            LocalDate d = today.plusDays(days[i]);
            boolean saturday = i % 2 == 1;
            if (saturday) d = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            Run r = run(sg, d, saturday ? LocalTime.of(10, 0) : LocalTime.of(18, 30), saturday ? LocalTime.of(13, 0) : LocalTime.of(21, 0),
                    venues[i][0], venues[i][1], null, i == 0 ? 8 : 16, "Safeguarding roadshow " + today.getYear());
            if (i == 0) fill(r, 3);
            else book(r, 3 + i);
        }
        Run past = run(sg, today.minusDays(40), LocalTime.of(18, 30), LocalTime.of(21, 0), "Whitlow Scout Hut", "Burn Lane, Whitlow", null, 12,
                "Safeguarding roadshow " + today.getYear());
        held(past, sg, 9);
        Course trustees = course("Trustee essentials", "Duties of charity trustees, governance and finance for small organisations.", "Governance",
                Course.Level.FOUNDATION, null, null, Course.Audience.TRUSTEES, Course.Audience.MANAGERS);
        book(run(trustees, today.plusDays(20), LocalTime.of(18, 0), LocalTime.of(20, 30), null, null, "https://meet.example.org/trustees", 30, null), 6);
        event("Children and Young People's Plan: consultation event", "Tell the trust what the next plan should put first.",
                today.plusDays(27), "County Hall, Council Chamber", 80);
    }

    /** Derbyshire-like Group: CWDC-funded safeguarding run in each district, evenings and Saturdays. */
    private void group(List<District> districts) {
        Course sg = course("Safeguarding children and young people", "Recognising abuse and neglect, responding to a disclosure, recording and "
                + "referring, and safer recruitment of volunteers.", "Safeguarding", Course.Level.FOUNDATION, 36, "CWDC", FRONTLINE);
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            boolean saturday = i % 3 == 0;
            LocalDate day = today.plusDays(7 + i * 5L);
            if (saturday) day = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            Run r = run(sg, day, saturday ? LocalTime.of(9, 30) : LocalTime.of(18, 30), saturday ? LocalTime.of(12, 30) : LocalTime.of(21, 0),
                    d.getName() + " Community Centre", null, null, i == 1 ? 6 : 15, null);
            r.setDistrictId(d.getId());
            if (i == 1) fill(r, 2);
            else book(r, 2 + i % 4);
        }
        Run past = run(sg, today.minusDays(30), LocalTime.of(18, 30), LocalTime.of(21, 0), districts.get(0).getName() + " Community Centre", null, null, 15, null);
        past.setDistrictId(districts.get(0).getId());
        held(past, sg, 10);
        Course intermediate = course("Safeguarding: working together (intermediate)", "Multi-agency working, thresholds and the LSCB's procedures.",
                "Safeguarding", Course.Level.INTERMEDIATE, 36, "CWDC", Course.Audience.MANAGERS, Course.Audience.FRONTLINE);
        book(run(intermediate, today.plusDays(18), LocalTime.of(10, 0), LocalTime.of(16, 0), "Group office", null, null, 12, null), 4);
        // held three days ago: its attendees (Dee Wright among them) are asked for feedback by the first training pass
        held(run(intermediate, today.minusDays(3), LocalTime.of(10, 0), LocalTime.of(16, 0), "Group office", null, null, 12, null), intermediate, 6);
        Course contract = course("Getting contract ready", "What commissioners look for; policies, quality standards and costing a service.",
                "Commissioning", Course.Level.INTERMEDIATE, null, null, Course.Audience.MANAGERS, Course.Audience.TRUSTEES);
        book(run(contract, today.plusDays(24), LocalTime.of(18, 0), LocalTime.of(20, 30), null, null, "https://meet.example.org/contract-ready", 40, null), 9);
        Course volunteers = course("Volunteer accreditation: working with families", "A module of the Group's volunteer accreditation scheme: "
                + "boundaries, confidentiality and listening well.", "Volunteering", Course.Level.FOUNDATION, 24, null, Course.Audience.VOLUNTEERS);
        volunteers.setAccredited(true);
        book(run(volunteers, today.plusDays(13).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), LocalTime.of(10, 0), LocalTime.of(15, 0),
                "Group office", null, null, 16, null), 7);
        held(run(volunteers, today.minusMonths(23).minusDays(10), LocalTime.of(10, 0), LocalTime.of(15, 0), "Group office", null, null, 16, null), volunteers, 8);
        accreditation(sg, volunteers);
    }

    /** The Group's volunteer accreditation scheme (003 l.461): volunteers in progress, accredited, and one lapsed. */
    private void accreditation(Course safeguarding, Course families) {
        Programme p = new Programme("Volunteer accreditation scheme", "Volunteers attend a programme of training and development and, on"
                + " completing it, are awarded accreditation: more skills in the volunteer workforce, and reassurance for families and"
                + " commissioners about the service they can expect.", 24, now);
        em.persist(p);
        em.flush();
        Module[] modules = {new Module(p.getId(), "Safeguarding children and young people", safeguarding.getId(), 1),
                new Module(p.getId(), "Working with families", families.getId(), 2),
                new Module(p.getId(), "Assessed practice: a reflective log of ten sessions", null, 3)};
        for (Module m : modules) {
            em.persist(m);
            em.flush();
        }
        // the demo organisation shows its counts on its public profile (its admin's choice)
        em.persist(new org.acorn.training.profile.ProfileChoice(home.getId(), true, orgAdmin.getId(), now));
        // the co-ordinator appointed the development officer as the scheme's assessor
        Account assessor = account("development@example.org");
        em.persist(new Assessor(assessor.getId(), account("coordinator@example.org").getId(), now.minus(Duration.ofDays(400))));
        Enrolment dee = enrol(p, home.getId(), volunteer.getDisplayName(), volunteer.getEmail());
        credit(dee, modules[1], assessor); // the other two: her safeguarding attendance counts; the log is still to come
        Enrolment alex = enrol(p, home.getId(), "Alex Moor", null);
        for (Module m : modules) credit(alex, m, assessor);
        alex.award(assessor.getId(), now.minus(Duration.ofDays(60)), today.plusMonths(22), CertificateCode.generate());
        Enrolment sam = enrol(p, home.getId(), "Sam Patel", null);
        for (Module m : modules) credit(sam, m, assessor);
        sam.award(assessor.getId(), now.minus(Duration.ofDays(750)), today.minusDays(20), CertificateCode.generate());
        enrol(p, home.getId(), "Jamie Hart", null);
        Enrolment other = enrol(p, rep.getOrganisationId(), "Robin Shaw", null);
        for (Module m : modules) credit(other, m, assessor);
        other.award(assessor.getId(), now.minus(Duration.ofDays(100)), today.plusMonths(20), CertificateCode.generate());
    }

    private Enrolment enrol(Programme p, Long orgId, String name, String email) {
        Enrolment e = new Enrolment(p.getId(), orgId, name, email, orgAdmin.getId(), now.minus(Duration.ofDays(200)));
        em.persist(e);
        em.flush();
        return e;
    }

    private void credit(Enrolment e, Module m, Account assessor) {
        em.persist(new Credit(e.getId(), m.getId(), m.getCourseId() == null ? "Reflective log read and discussed with the volunteer."
                : "Attended the course.", assessor.getId(), now.minus(Duration.ofDays(90))));
        em.flush();
    }

    /** A city forum: courses at one central venue, a conference, a trust event. */
    private void forum() {
        Course sg = course("Safeguarding refresher", "For those trained three years ago: what has changed, and practice scenarios.", "Safeguarding",
                Course.Level.INTERMEDIATE, 36, null, FRONTLINE);
        fill(run(sg, today.plusDays(12), LocalTime.of(18, 30), LocalTime.of(21, 0), "Forum rooms, Guildhall Walk", null, null, 10, null), 3);
        book(run(sg, today.plusDays(26).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), LocalTime.of(10, 0), LocalTime.of(13, 0),
                "Forum rooms, Guildhall Walk", null, null, 14, null), 5);
        held(run(sg, today.minusDays(21), LocalTime.of(18, 30), LocalTime.of(21, 0), "Forum rooms, Guildhall Walk", null, null, 12, null), sg, 8);
        Course bids = course("Writing a winning bid", "Finding funders and writing applications that stand out.", "Funding", Course.Level.FOUNDATION,
                null, null, Course.Audience.MANAGERS, Course.Audience.TRUSTEES, Course.Audience.VOLUNTEERS);
        bids.setCostPence(1500);
        book(run(bids, today.plusDays(15), LocalTime.of(13, 30), LocalTime.of(16, 30), "Central Library, meeting room 2", null, null, 20, null), 6);
        event("City VCS conference: children and families", "The forum's yearly conference: workshops, the trust's plans, networking.",
                today.plusDays(33), "Guildhall, Main Hall", 120);
        event("Children's Trust: meet the commissioners", "An open session with the trust's commissioners on the coming year's tenders.",
                today.plusDays(19), "Civic Offices, Room 1", 40);
    }

    // ---------------------------------------------------------------- helpers

    private Course course(String title, String summary, String topic, Course.Level level, Integer months, String funder, Course.Audience... who) {
        Course c = new Course(title, summary, Course.Kind.TRAINING, topic, level, EnumSet.copyOf(List.of(who)), now);
        c.setValidMonths(months);
        c.setFunder(funder);
        em.persist(c);
        em.flush();
        return c;
    }

    private void event(String title, String summary, LocalDate day, String venue, int capacity) {
        Course c = new Course(title, summary, Course.Kind.EVENT, "Events", Course.Level.ALL,
                EnumSet.of(Course.Audience.MANAGERS, Course.Audience.FRONTLINE, Course.Audience.VOLUNTEERS, Course.Audience.TRUSTEES), now);
        em.persist(c);
        em.flush();
        book(run(c, day, LocalTime.of(9, 30), LocalTime.of(15, 30), venue, null, null, capacity, null), 11);
    }

    private Run run(Course c, LocalDate day, LocalTime start, LocalTime end, String venue, String address, String link, int capacity, String roadshow) {
        Instant s = day.atTime(start).atZone(Run.LONDON).toInstant();
        Run r = new Run(Tokens.newPublicId() + "@training.acorn", c.getId(), s, day.atTime(end).atZone(Run.LONDON).toInstant(), capacity,
                Courses.defaultDeadline(s), s.minus(Duration.ofDays(2)), now);
        r.setVenueName(venue);
        r.setVenueAddress(address);
        r.setOnlineLink(link);
        r.setRoadshow(roadshow);
        r.setTrainerName("Morgan Ellis");
        r.setTrainerId(rep.getId());
        r.setJoining(link == null ? "Please arrive 10 minutes early to sign in. Tea and coffee provided; tell us about any access needs."
                : "The link opens 10 minutes before the start. Have your camera on if you can.");
        em.persist(r);
        em.flush();
        return r;
    }

    /** n people booked by the demo organisation's admin (the volunteer among them on the first run that has room). */
    private void book(Run r, int n) {
        for (int i = 0; i < n && r.take(1); i++) {
            persist(new Booking(r.getId(), orgAdmin.getId(), null, PEOPLE[(i + r.getId().intValue()) % PEOPLE.length] + " " + (char) ('A' + i),
                    null, home.getId(), Booking.Status.CONFIRMED, now.minus(Duration.ofDays(10 - i % 5))));
        }
    }

    /** Every place taken, and waiting people behind them. */
    private void fill(Run r, int waiting) {
        book(r, r.getCapacity());
        for (int i = 0; i < waiting; i++) {
            persist(new Booking(r.getId(), orgAdmin.getId(), null, "Waiting " + PEOPLE[i] , null, home.getId(), Booking.Status.WAITING,
                    now.minus(Duration.ofDays(3 - i))));
        }
    }

    /** A run that has happened: the register marked (most came, one did not) and certificates issued; the volunteer was there. */
    private void held(Run r, Course c, int n) {
        Booking dee = new Booking(r.getId(), volunteer.getId(), volunteer.getId(), volunteer.getDisplayName(), volunteer.getEmail(),
                volunteer.getOrganisationId(), Booking.Status.CONFIRMED, now.minus(Duration.ofDays(70)));
        r.take(1);
        persist(dee);
        attended(dee, r, c);
        for (int i = 0; i < n - 1 && r.take(1); i++) {
            Booking b = new Booking(r.getId(), orgAdmin.getId(), null, PEOPLE[i] + " " + (char) ('K' + i), null, home.getId(),
                    Booking.Status.CONFIRMED, now.minus(Duration.ofDays(60)));
            persist(b);
            if (i == 2) b.mark(Booking.Attendance.NO_SHOW, r.getEndsAt());
            else attended(b, r, c);
        }
    }

    private static final String[][] COMMENTS = {{"The case studies, and hearing how other groups do it.", "More time for questions."},
            {"Clear steps for what to do after a disclosure.", ""}, {"", "The room was cold."}, {"Meeting people from nearby groups.", ""}};

    private void attended(Booking b, Run r, Course c) {
        if (b.getPersonEmail() == null && b.getId() % 2 == 0 && r.getEndsAt().isBefore(now.minus(Duration.ofDays(14)))) {
            String[] said = COMMENTS[(int) (b.getId() % COMMENTS.length)];
            em.persist(new org.acorn.training.feedback.Feedback(r.getId(), b.getId(), 3 + (int) (b.getId() % 3), said[0].isEmpty() ? null : said[0],
                    said[1].isEmpty() ? null : said[1], r.getEndsAt().plus(Duration.ofDays(2))));
        }
        b.mark(Booking.Attendance.ATTENDED, r.getEndsAt());
        em.persist(new Certificate(b.getId(), CertificateCode.generate(), b.getPersonName(), c.getTitle(), r.getRunsOn(),
                c.getValidMonths() == null ? null : Expiry.validUntil(r.getRunsOn(), c.getValidMonths()), r.getEndsAt()));
    }

    private void persist(Booking b) {
        em.persist(b);
        em.flush();
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email).getSingleResult();
    }
}
