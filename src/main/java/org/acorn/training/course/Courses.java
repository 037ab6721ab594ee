package org.acorn.training.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;

/** Courses and their runs: the public calendar, and staff scheduling runs and roadshows. */
@ApplicationScoped
public class Courses {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject org.acorn.search.IndexEvents indexEvents;

    /** A run with its course, as the calendar lists it. */
    public static final class Listing {
        private final Run run;
        private final Course course;
        private final String districtName;
        Listing(Run run, Course course, String districtName) {
            this.run = run;
            this.course = course;
            this.districtName = districtName;
        }
        public Run getRun() { return run; }
        public Course getCourse() { return course; }
        public String getDistrictName() { return districtName; }
    }

    /** The calendar's filters; null or blank means any. */
    public record Filter(String topic, Course.Level level, Course.Audience audience, Long districtId, String time, Course.Kind kind) {
        public static Filter none() { return new Filter(null, null, null, null, null, null); }

        boolean accepts(Listing l) {
            Course c = l.course;
            Run r = l.run;
            if (topic != null && !topic.isBlank() && !c.getTopic().equalsIgnoreCase(topic.strip())) return false;
            if (level != null && c.getLevel() != level) return false;
            if (audience != null && !c.getAudienceSet().contains(audience)) return false;
            if (districtId != null && !districtId.equals(r.getDistrictId())) return false;
            if (kind != null && c.getKind() != kind) return false;
            if ("evening".equals(time) && !r.isEvening()) return false;
            if ("weekend".equals(time) && !r.isWeekend()) return false;
            if ("daytime".equals(time) && (r.isEvening() || r.isWeekend())) return false;
            return true;
        }
    }

    public Instant now() { return clock.instant(); }

    public LocalDate today() { return LocalDate.ofInstant(clock.instant(), Run.LONDON); }

    @Transactional
    public Optional<Course> course(Long id) { return id == null ? Optional.empty() : Optional.ofNullable(em.find(Course.class, id)); }

    @Transactional
    public Optional<Run> run(Long id) { return id == null ? Optional.empty() : Optional.ofNullable(em.find(Run.class, id)); }

    @Transactional
    public List<Course> courses() {
        return em.createQuery("select c from Course c order by c.title", Course.class).getResultList();
    }

    @Transactional
    public List<String> topics() {
        return em.createQuery("select distinct c.topic from Course c order by c.topic", String.class).getResultList();
    }

    @Transactional
    public List<District> districts() {
        return em.createQuery("select d from District d order by d.sortOrder", District.class).getResultList();
    }

    /** Runs from today on that pass the filter, soonest first (cancelled ones stay listed, marked, so no one hunts for them). */
    @Transactional
    public List<Listing> upcoming(Filter filter) {
        Instant from = today().atStartOfDay(Run.LONDON).toInstant();
        List<Run> runs = em.createQuery("select r from Run r where r.startsAt >= :f order by r.startsAt", Run.class)
                .setParameter("f", from).setMaxResults(500).getResultList();
        return listings(runs).stream().filter(filter::accepts).toList();
    }

    /** Runs that started within [from, to), soonest first: for the iCal feed and bulletins. */
    @Transactional
    public List<Listing> between(Instant from, Instant to) {
        return listings(em.createQuery("select r from Run r where r.startsAt >= :f and r.startsAt < :t order by r.startsAt", Run.class)
                .setParameter("f", from).setParameter("t", to).getResultList());
    }

    @Transactional
    public List<Listing> runsOf(Long courseId) {
        return listings(em.createQuery("select r from Run r where r.courseId = :c order by r.startsAt", Run.class)
                .setParameter("c", courseId).getResultList());
    }

    /** Runs by id, for cards: one query. */
    @Transactional
    public List<Listing> listings(java.util.Collection<Long> runIds) {
        if (runIds.isEmpty()) return List.of();
        return listings(em.createQuery("select r from Run r where r.id in :ids", Run.class).setParameter("ids", runIds).getResultList());
    }

    @Transactional
    public Optional<Listing> listing(Long runId) {
        return run(runId).map(r -> listings(List.of(r)).get(0));
    }

    private List<Listing> listings(List<Run> runs) {
        Map<Long, Course> courses = new HashMap<>();
        Map<Long, String> districts = new HashMap<>();
        List<Listing> out = new ArrayList<>();
        for (Run r : runs) {
            Course c = courses.computeIfAbsent(r.getCourseId(), id -> em.find(Course.class, id));
            String d = r.getDistrictId() == null ? null
                    : districts.computeIfAbsent(r.getDistrictId(), id -> em.find(District.class, id).getName());
            out.add(new Listing(r, c, d));
        }
        return out;
    }

    // ---------------------------------------------------------------- staff: courses

    /** A course form that passed its checks. */
    private record CheckedCourse(String title, String summary, String topic, String funder, Integer pence, Integer months) { }

    private CheckedCourse check(CourseForm form) {
        Checks c = new Checks();
        String title = c.text("title", form.getTitle(), 200, true, "a title");
        String summary = c.text("summary", form.getSummary(), 2000, true, "a short description");
        String topic = c.text("topic", form.getTopic(), 80, true, "a topic (for example Safeguarding)");
        c.require("kind", form.getKind(), "Choose training or event.");
        c.require("level", form.getLevel(), "Choose a level.");
        c.check(!form.getAudiences().isEmpty(), "audiences", "Choose at least one audience.");
        String funder = c.text("funder", form.getFunder(), 160, false, "the funder");
        Integer pence = pounds(c, form.getCost());
        Integer months = months(c, form.getValidMonths());
        c.done();
        return new CheckedCourse(title, summary, topic, funder, pence, months);
    }

    @Transactional
    public Course createCourse(CourseForm form) {
        caller.requireStaff();
        CheckedCourse k = check(form);
        Course course = new Course(k.title(), k.summary(), form.getKind(), k.topic(), form.getLevel(), EnumSet.copyOf(form.getAudiences()), clock.instant());
        apply(course, form, k);
        em.persist(course);
        em.flush();
        indexEvents.changed(org.acorn.training.search.CourseSource.KIND, String.valueOf(course.getId()));
        audit.record("training.course.created", new AuditLog.Target("training_course", course.getId(), k.title()), course.getKind().getLabel());
        return course;
    }

    /** Staff correct a course. Certificates already issued keep the title they were issued with. */
    @Transactional
    public Course updateCourse(Long id, CourseForm form) {
        caller.requireStaff();
        Course course = id == null ? null : em.find(Course.class, id);
        if (course == null) throw InvalidInput.of("That course no longer exists.");
        CheckedCourse k = check(form);
        String before = describe(course);
        course.setTitle(k.title());
        course.setSummary(k.summary());
        course.setKind(form.getKind());
        course.setTopic(k.topic());
        course.setLevel(form.getLevel());
        course.setAudiences(EnumSet.copyOf(form.getAudiences()));
        apply(course, form, k);
        indexEvents.changed(org.acorn.training.search.CourseSource.KIND, String.valueOf(course.getId()));
        audit.record("training.course.updated", new AuditLog.Target("training_course", course.getId(), k.title()), before + " → " + describe(course));
        return course;
    }

    private static void apply(Course course, CourseForm form, CheckedCourse k) {
        course.setFunder(k.funder());
        course.setCostPence(k.pence());
        course.setAccredited(form.isAccredited());
        course.setValidMonths(k.months());
    }

    private static String describe(Course c) {
        return c.getTitle() + " (" + c.getKind().getLabel() + ", " + c.getTopic() + ", " + c.getLevel().getLabel() + ", " + c.getAudienceLabel()
                + ", " + c.getCostLabel() + (c.getValidMonths() == null ? "" : ", current " + c.getValidMonths() + " months") + ")";
    }

    static Integer pounds(Checks c, String typed) {
        if (typed == null || typed.isBlank()) return null;
        String t = typed.strip().replace("£", "");
        if (t.equalsIgnoreCase("free")) return null;
        if (!t.matches("\\d{1,5}(\\.\\d{1,2})?")) {
            c.fail("cost", "Enter the cost in pounds, like 25 or 12.50 (leave blank when free).");
            return null;
        }
        return new java.math.BigDecimal(t).movePointRight(2).intValueExact();
    }

    static Integer months(Checks c, String typed) {
        if (typed == null || typed.isBlank()) return null;
        if (!typed.strip().matches("\\d{1,3}") || Integer.parseInt(typed.strip()) < 1 || Integer.parseInt(typed.strip()) > 120) {
            c.fail("validMonths", "Enter how many months the training stays current, from 1 to 120 (or leave blank).");
            return null;
        }
        return Integer.parseInt(typed.strip());
    }

    // ---------------------------------------------------------------- staff: runs and roadshows

    /** One run, or a roadshow of several (same course, times, capacity and trainer at each venue). */
    @Transactional
    public List<Run> schedule(RunForm form) {
        caller.requireStaff();
        Checks c = new Checks();
        Course course = form.getCourseId() == null ? null : em.find(Course.class, form.getCourseId());
        c.check(course != null, "course", "Choose the course.");
        LocalDate date = date(c, "date", form.getDate());
        LocalTime start = time(c, "start", form.getStart(), "the start time");
        LocalTime end = time(c, "end", form.getEnd(), "the end time");
        if (start != null && end != null && !end.isAfter(start)) c.fail("end", "The run must end after it starts.");
        if (date != null) c.check(!date.isBefore(today()) && !date.isAfter(today().plusYears(2)), "date", "Enter a date from today to two years ahead.");
        String venue = c.text("venueName", form.getVenueName(), 200, false, "the venue");
        String address = c.text("venueAddress", form.getVenueAddress(), 500, false, "the address");
        String link = c.text("onlineLink", form.getOnlineLink(), 500, false, "the online link");
        if (link != null) c.check(link.matches("https://[^\\s<>\"]+"), "onlineLink", "Enter the online link as an address starting https://.");
        if (venue == null && address == null && link == null) c.fail("venueName", "Say where it is: a venue, an address or an online link.");
        Integer capacity = capacity(c, form.getCapacity());
        String trainer = c.text("trainerName", form.getTrainerName(), 160, false, "the trainer's name");
        String trainerEmail = c.email("trainerEmail", form.getTrainerEmail(), false, "the trainer's email");
        Account trainerAccount = trainerEmail == null ? null : account(trainerEmail);
        if (trainerEmail != null && trainerAccount == null) c.fail("trainerEmail", "No one with an account uses " + trainerEmail + ".");
        LocalDate deadline = form.getDeadline() == null || form.getDeadline().isBlank() ? null : date(c, "deadline", form.getDeadline());
        if (deadline != null && date != null) c.check(!deadline.isAfter(date), "deadline", "The booking deadline must be on or before the day of the run.");
        String joining = c.text("joining", form.getJoining(), 2000, false, "the joining instructions");
        String roadshow = c.text("roadshow", form.getRoadshow(), 120, false, "the roadshow's name");
        if (form.getDistrictId() != null) c.check(em.find(District.class, form.getDistrictId()) != null, "district", "Choose a district from the list.");
        List<String[]> more = moreVenues(c, form.getMoreVenues());
        if (!more.isEmpty() && roadshow == null) c.fail("roadshow", "Name the roadshow that these venues belong to.");
        c.done();

        Instant now = clock.instant();
        List<Run> made = new ArrayList<>();
        made.add(newRun(course, date, start, end, venue, address, link, form.getDistrictId(), capacity, trainer, trainerAccount,
                deadline, joining, roadshow, now));
        for (String[] v : more) {
            made.add(newRun(course, LocalDate.parse(v[0]), start, end, v[1], v[2], null, null, capacity, trainer, trainerAccount,
                    null, joining, roadshow, now));
        }
        audit.record("training.run.scheduled", new AuditLog.Target("training_run", made.get(0).getId(), course.getTitle()),
                made.size() == 1 ? "on " + date : made.size() + " runs of roadshow " + roadshow);
        return made;
    }

    private Run newRun(Course course, LocalDate date, LocalTime start, LocalTime end, String venue, String address, String link,
                       Long districtId, int capacity, String trainer, Account trainerAccount, LocalDate deadline, String joining,
                       String roadshow, Instant now) {
        Instant startsAt = date.atTime(start).atZone(Run.LONDON).toInstant();
        Instant endsAt = date.atTime(end).atZone(Run.LONDON).toInstant();
        Instant bookBy = deadline == null ? defaultDeadline(startsAt) : deadline.atTime(23, 59).atZone(Run.LONDON).toInstant();
        if (bookBy.isAfter(startsAt)) bookBy = startsAt;
        Run r = new Run(Tokens.newPublicId() + "@training.acorn", course.getId(), startsAt, endsAt, capacity, bookBy,
                startsAt.minus(java.time.Duration.ofDays(2)), now);
        r.setVenueName(venue);
        r.setVenueAddress(address);
        r.setOnlineLink(link);
        r.setDistrictId(districtId);
        r.setTrainerName(trainer != null ? trainer : trainerAccount == null ? null : trainerAccount.getDisplayName());
        r.setTrainerId(trainerAccount == null ? null : trainerAccount.getId());
        r.setJoining(joining);
        r.setRoadshow(roadshow);
        em.persist(r);
        em.flush();
        return r;
    }

    /** What an edit to a run changed: labels for the email and audit; whether bookers hear; whether it moved in time. */
    public record Revision(List<String> changes, boolean tellBookers, boolean moved) { }

    /**
     * Staff change a run's date, times, venue, capacity, deadline, trainer or joining instructions. Called by the
     * bookings service with the run locked; capacity never goes below the places already taken (booked or offered).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Revision reviseRun(Run run, RunForm form) {
        Instant now = clock.instant();
        if (run.isCancelled()) throw InvalidInput.of("This run is cancelled; schedule a new one instead.");
        if (!run.getStartsAt().isAfter(now)) throw InvalidInput.of("This run has started or taken place, so it can no longer be changed.");
        Checks c = new Checks();
        LocalDate date = date(c, "date", form.getDate());
        LocalTime start = time(c, "start", form.getStart(), "the start time");
        LocalTime end = time(c, "end", form.getEnd(), "the end time");
        if (start != null && end != null && !end.isAfter(start)) c.fail("end", "The run must end after it starts.");
        if (date != null) c.check(!date.isBefore(today()) && !date.isAfter(today().plusYears(2)), "date", "Enter a date from today to two years ahead.");
        if (date != null && start != null) c.check(date.atTime(start).atZone(Run.LONDON).toInstant().isAfter(now), "start", "The new start time has passed already.");
        String venue = c.text("venueName", form.getVenueName(), 200, false, "the venue");
        String address = c.text("venueAddress", form.getVenueAddress(), 500, false, "the address");
        String link = c.text("onlineLink", form.getOnlineLink(), 500, false, "the online link");
        if (link != null) c.check(link.matches("https://[^\\s<>\"]+"), "onlineLink", "Enter the online link as an address starting https://.");
        if (venue == null && address == null && link == null) c.fail("venueName", "Say where it is: a venue, an address or an online link.");
        Integer capacity = capacity(c, form.getCapacity());
        if (capacity != null && capacity < run.getBooked()) {
            c.fail("capacity", run.getBooked() + (run.getBooked() == 1 ? " place is" : " places are") + " taken (booked or offered), so the run needs at least "
                    + run.getBooked() + ". Cancel bookings first to go lower.");
        }
        String trainer = c.text("trainerName", form.getTrainerName(), 160, false, "the trainer's name");
        String trainerEmail = c.email("trainerEmail", form.getTrainerEmail(), false, "the trainer's email");
        Account trainerAccount = trainerEmail == null ? null : account(trainerEmail);
        if (trainerEmail != null && trainerAccount == null) c.fail("trainerEmail", "No one with an account uses " + trainerEmail + ".");
        LocalDate deadline = form.getDeadline() == null || form.getDeadline().isBlank() ? null : date(c, "deadline", form.getDeadline());
        if (deadline != null && date != null) c.check(!deadline.isAfter(date), "deadline", "The booking deadline must be on or before the day of the run.");
        String joining = c.text("joining", form.getJoining(), 2000, false, "the joining instructions");
        if (form.getDistrictId() != null) c.check(em.find(District.class, form.getDistrictId()) != null, "district", "Choose a district from the list.");
        c.done();

        List<String> changes = new ArrayList<>();
        boolean tell = false;
        Instant startsAt = date.atTime(start).atZone(Run.LONDON).toInstant();
        Instant endsAt = date.atTime(end).atZone(Run.LONDON).toInstant();
        boolean moved = !startsAt.equals(run.getStartsAt()) || !endsAt.equals(run.getEndsAt());
        if (moved) {
            String was = run.getWhen();
            run.setTimes(startsAt, endsAt);
            run.setCancelDeadline(startsAt.minus(java.time.Duration.ofDays(2)));
            changes.add("When: " + run.getWhen() + " (was " + was + ")");
            tell = true;
        }
        String whereBefore = run.getWhere() + "|" + run.getOnlineLink();
        run.setVenueName(venue);
        run.setVenueAddress(address);
        run.setOnlineLink(link);
        if (!whereBefore.equals(run.getWhere() + "|" + run.getOnlineLink())) {
            changes.add("Where: " + run.getWhere() + (link == null ? "" : " (online: " + link + ")"));
            tell = true;
        }
        String trainerName = trainer != null ? trainer : trainerAccount == null ? null : trainerAccount.getDisplayName();
        Long trainerId = trainerAccount == null ? null : trainerAccount.getId();
        if (!java.util.Objects.equals(trainerName, run.getTrainerName()) || !java.util.Objects.equals(trainerId, run.getTrainerId())) {
            if (!java.util.Objects.equals(trainerName, run.getTrainerName())) {
                changes.add("Trainer: " + (trainerName == null ? "to be confirmed" : trainerName));
                tell = true;
            } else {
                changes.add("The trainer's account");
            }
            run.setTrainerName(trainerName);
            run.setTrainerId(trainerId);
        }
        if (!java.util.Objects.equals(joining, run.getJoining())) {
            run.setJoining(joining);
            changes.add("Joining instructions");
            tell = true;
        }
        if (capacity != run.getCapacity()) {
            changes.add("Places: " + capacity + " (was " + run.getCapacity() + ")");
            run.setCapacity(capacity);
        }
        Instant bookBy = deadline == null ? defaultDeadline(startsAt) : deadline.atTime(23, 59).atZone(Run.LONDON).toInstant();
        if (bookBy.isAfter(startsAt)) bookBy = startsAt;
        if (!bookBy.equals(run.getBookingDeadline())) {
            run.setBookingDeadline(bookBy);
            changes.add("Book by: " + run.getDeadlineLabel());
        }
        if (!java.util.Objects.equals(form.getDistrictId(), run.getDistrictId())) {
            run.setDistrictId(form.getDistrictId());
            changes.add("District");
        }
        if (tell) run.revised();
        if (!changes.isEmpty()) {
            audit.record("training.run.updated", new AuditLog.Target("training_run", run.getId(), run.getDayLabel()), String.join("; ", changes));
        }
        return new Revision(changes, tell, moved);
    }

    /** The form filled in from a run, for editing (a deadline left at its default stays blank, so it follows the date). */
    public RunForm formOf(Run run) {
        RunForm f = new RunForm();
        f.setCourseId(run.getCourseId());
        f.setDate(run.getRunsOn().toString());
        f.setStart(java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(run.getStartsAt().atZone(Run.LONDON)));
        f.setEnd(java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(run.getEndsAt().atZone(Run.LONDON)));
        f.setVenueName(run.getVenueName());
        f.setVenueAddress(run.getVenueAddress());
        f.setOnlineLink(run.getOnlineLink());
        f.setDistrictId(run.getDistrictId());
        f.setCapacity(String.valueOf(run.getCapacity()));
        f.setTrainerName(run.getTrainerName());
        if (run.getTrainerId() != null) {
            Account t = em.find(Account.class, run.getTrainerId());
            if (t != null) f.setTrainerEmail(t.getEmail());
        }
        boolean byDefault = run.getBookingDeadline().equals(defaultDeadline(run.getStartsAt()));
        f.setDeadline(byDefault ? null : LocalDate.ofInstant(run.getBookingDeadline(), Run.LONDON).toString());
        f.setJoining(run.getJoining());
        f.setVersion(run.getVersion());
        return f;
    }

    /** Bookings close the day before at noon, so the trainer can print the register. */
    public static Instant defaultDeadline(Instant startsAt) {
        return LocalDate.ofInstant(startsAt, Run.LONDON).minusDays(1).atTime(12, 0).atZone(Run.LONDON).toInstant();
    }

    /** Staff cancel a run; bookers are told by the bookings service, which calls this inside its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelRun(Run run, String reason) {
        run.cancel(reason);
        audit.record("training.run.cancelled", new AuditLog.Target("training_run", run.getId(), run.getDayLabel()), reason);
    }

    static Integer capacity(Checks c, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("-?\\d{1,6}")) {
            c.fail("capacity", "Enter the number of places as a whole number, like 20.");
            return null;
        }
        int n = Integer.parseInt(t);
        if (n < 1 || n > 1000) {
            c.fail("capacity", "The number of places must be between 1 and 1000.");
            return null;
        }
        return n;
    }

    private List<String[]> moreVenues(Checks c, String typed) {
        List<String[]> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) return out;
        String[] lines = typed.strip().split("\\R");
        if (lines.length > 30) {
            c.fail("moreVenues", "A roadshow may have up to 30 more venues at once.");
            return out;
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] parts = lines[i].split("\\|", -1);
            String where = "Line " + (i + 1) + " of the more venues: ";
            if (parts.length != 3) {
                c.fail("moreVenues", where + "write date | venue | address, like 2026-05-14 | Alnford Village Hall | Front Street, Alnford.");
                return out;
            }
            try {
                LocalDate d = LocalDate.parse(parts[0].strip());
                if (d.isBefore(today()) || d.isAfter(today().plusYears(2))) {
                    c.fail("moreVenues", where + "enter a date from today to two years ahead.");
                    return out;
                }
            } catch (DateTimeParseException e) {
                c.fail("moreVenues", where + "enter the date like 2026-05-14.");
                return out;
            }
            String venue = parts[1].strip();
            String address = parts[2].strip();
            if (venue.isEmpty() || venue.length() > 200 || address.length() > 500) {
                c.fail("moreVenues", where + "name the venue (up to 200 characters; the address up to 500).");
                return out;
            }
            out.add(new String[] {parts[0].strip(), venue, address.isEmpty() ? null : address});
        }
        return out;
    }

    private static LocalDate date(Checks c, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            c.fail(field, "Enter the date like 2026-05-14.");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            c.fail(field, "Enter the date like 2026-05-14.");
            return null;
        }
    }

    private static LocalTime time(Checks c, String field, String typed, String label) {
        try {
            return LocalTime.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            c.fail(field, "Enter " + label + " like 19:00.");
            return null;
        }
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email)
                .getResultStream().findFirst().orElse(null);
    }

    /** Throws the refusal for a run that no longer exists. */
    public static InvalidInput gone() { return InvalidInput.of("That run no longer exists."); }
}
