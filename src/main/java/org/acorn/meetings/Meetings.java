package org.acorn.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Place;
import org.acorn.governance.body.SeatTerm;
import org.acorn.governance.payment.Attendance;
import org.acorn.governance.payment.Capacity;
import org.acorn.governance.payment.DayPart;
import org.acorn.meetings.series.Cadence;
import org.acorn.meetings.series.MeetingSeries;
import org.acorn.meetings.series.Recurrence;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;

/**
 * Meetings and series: scheduling, changes and cancellations (each raising the calendar sequence), RSVPs and
 * apologies, and the attendance register. A meeting of a partnership body is linked to the body's
 * {@link BodyMeeting}, so report-backs and attendance claims keep working, and its register feeds the
 * representation feature's {@link Attendance}.
 */
@ApplicationScoped
public class Meetings {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject MeetingAccess access;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject MeetingsSettings settings;
    @Inject Distribution distribution;
    @Inject MeetingMail mail;
    @Inject org.acorn.meetings.calendar.Calendars calendars;
    @Inject org.acorn.meetings.theme.MeetingThemes themes;

    /** A saved meeting and anything the organiser should know (a clash at the venue). */
    public record Saved(Meeting meeting, List<String> warnings) { }

    public LocalDate today() { return LocalDate.now(clock.withZone(Recurrence.LONDON)); }

    @Transactional
    public Optional<Meeting> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Meeting.class, id));
    }

    /** The meeting if the caller may see it; unknown and hidden alike are empty (the page answers 404). */
    @Transactional
    public Optional<Meeting> visible(Long id) {
        return find(id).filter(access::maySee);
    }

    /** Meetings the caller may see that start in [from, to), in order. */
    @Transactional
    public List<Meeting> between(Instant from, Instant to) {
        return em.createQuery("select m from Meeting m where m.startsAt >= :f and m.startsAt < :t order by m.startsAt", Meeting.class)
                .setParameter("f", from).setParameter("t", to).getResultList().stream().filter(access::maySee).toList();
    }

    @Transactional
    public List<Meeting> ofSeries(Long seriesId) {
        return em.createQuery("select m from Meeting m where m.seriesId = :s order by m.startsAt", Meeting.class)
                .setParameter("s", seriesId).getResultList().stream().filter(access::maySee).toList();
    }

    @Transactional
    public List<Meeting> ofBody(Long bodyId) {
        return em.createQuery("select m from Meeting m where m.bodyId = :b order by m.startsAt", Meeting.class)
                .setParameter("b", bodyId).getResultList().stream().filter(access::maySee).toList();
    }

    @Transactional
    public List<MeetingSeries> allSeries() {
        return em.createQuery("select s from MeetingSeries s order by s.title", MeetingSeries.class).getResultList();
    }

    @Transactional
    public Optional<MeetingSeries> series(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(MeetingSeries.class, id));
    }

    // ------------------------------------------------------------------ scheduling

    /** Staff schedule a meeting, or a series of them when the form has a cadence. */
    @Transactional
    public Saved create(MeetingForm form) {
        Account me = caller.requireStaff();
        Checked c = check(form, null);
        Instant now = clock.instant();
        List<LocalDate> dates;
        MeetingSeries series = null;
        if (form.cadence != null && form.cadence != Cadence.ONE_OFF) {
            Recurrence rule = rule(form, c.date);
            int count = form.count == null ? settings.seriesMeetings() : Math.min(52, Math.max(1, form.count));
            dates = rule.dates(c.date, count);
            series = new MeetingSeries(c.title, form.kind, rule, c.start, c.end, now);
            series.setDistrictId(form.districtId);
            series.setBodyId(form.bodyId);
            series.setTheme(c.theme);
            series.setThemeTermId(form.themeTermId);
            em.persist(series);
            em.flush();
        } else {
            dates = List.of(c.date);
        }
        List<String> warnings = new ArrayList<>();
        Meeting first = null;
        for (LocalDate d : dates) {
            Meeting m = new Meeting(newUid(), c.title, form.kind, Recurrence.at(d, c.start), Recurrence.at(d, c.end), now);
            if (series != null) m.setSeriesId(series.getId());
            apply(m, form, c, me);
            em.persist(m);
            em.flush();
            linkBody(m);
            warnings.addAll(clashes(m));
            if (first == null) first = m;
        }
        audit.record("meeting.created", target(first), dates.size() == 1 ? "on " + dates.get(0)
                : dates.size() + " meetings, " + series.getDescription() + ", from " + dates.get(0));
        return new Saved(first, warnings);
    }

    /** The organiser, chair or staff change a meeting; calendars see a new sequence. */
    @Transactional
    public Saved update(Long id, long version, MeetingForm form) {
        Account me = caller.require();
        Meeting m = find(id).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's organiser, chair, minute-taker or network staff can change it.");
        if (m.getVersion() != version) throw InvalidInput.of("Someone else changed this meeting while you were editing. Reload it and try again.");
        if (m.isCancelled()) throw InvalidInput.of("This meeting was cancelled; schedule a new one instead.");
        Checked c = check(form, m);
        Map<String, Object> before = auditView(m);
        Map<String, String> placeBefore = placeView(m);
        m.setTitle(c.title);
        m.setKind(form.kind);
        m.setTimes(Recurrence.at(c.date, c.start), Recurrence.at(c.date, c.end));
        apply(m, form, c, me);
        m.revised(clock.instant());
        linkBody(m);
        List<String> moved = moves(placeBefore, placeView(m));
        String told = "";
        if (!moved.isEmpty() && m.getEndsAt().isAfter(clock.instant())) {
            // those who replied and the distribution list hear of a new date, time or place; their calendars follow
            int n = mail.changed(m, moved, distribution.recipients(m), calendars.attachment(m));
            told = " (" + n + " told by email)";
        }
        audit.record("meeting.updated", target(m), AuditLog.changes(before, auditView(m)) + told);
        return new Saved(m, clashes(m));
    }

    @Transactional
    public Meeting cancel(Long id, String reason) {
        caller.require();
        Meeting m = find(id).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's organiser, chair or network staff can cancel it.");
        Checks c = new Checks();
        String why = c.text("reason", reason, 500, true, "why it is cancelled");
        c.check(!m.isCancelled(), "reason", "This meeting is already cancelled.");
        c.done();
        m.cancel(why, clock.instant());
        // everyone the agenda went to once it was sent; before that, those who replied and the meeting's runners
        List<Account> told = m.getAgendaSentAt() != null ? distribution.recipients(m) : distribution.repliedAndRunners(m);
        mail.cancelled(m, told, calendars.attachment(m));
        audit.record("meeting.cancelled", target(m), why + " (" + told.size() + " told by email)");
        return m;
    }

    private record Checked(String title, LocalDate date, LocalTime start, LocalTime end, String theme) { }

    private Checked check(MeetingForm form, Meeting existing) {
        Checks c = new Checks();
        String title = c.text("title", form.title, 200, true, "a title");
        c.require("kind", form.kind, "Choose the kind of meeting.");
        LocalDate date = date(c, "date", form.date, "the date");
        LocalTime start = time(c, "start", form.start, "the start time");
        LocalTime end = time(c, "end", form.end, "the end time");
        if (start != null && end != null && !end.isAfter(start)) {
            c.fail("end", "The meeting must end after it starts (it starts at " + start + ").");
        }
        if (date != null) {
            LocalDate today = today();
            c.check(!date.isBefore(today.minusYears(5)) && !date.isAfter(today.plusYears(3)), "date",
                    "Enter a date within the last five years or the next three.");
        }
        c.text("venueName", form.venueName, 200, false, "the venue");
        c.text("venueAddress", form.venueAddress, 500, false, "the address");
        c.text("accessibility", form.accessibility, 1000, false, "the accessibility notes");
        String link = c.text("onlineLink", form.onlineLink, 500, false, "the online link");
        if (link != null) c.check(link.matches("https://[^\\s<>\"]+"), "onlineLink", "Enter the online link as an address starting https://.");
        if (blank(form.venueName) && blank(form.venueAddress) && link == null) {
            c.fail("venueName", "Say where the meeting is: a venue, an address or an online link.");
        }
        String theme = c.text("theme", form.theme, 120, false, "the theme");
        if (form.themeTermId != null) {
            String label = themes.label(form.themeTermId);
            if (label == null) c.fail("themeTerm", "Choose a theme from the list.");
            else if (theme == null || themes.all().containsValue(theme)) theme = label;
        }
        if (form.kind == MeetingKind.THEMATIC) c.require("themeTerm", form.themeTermId, "Choose the theme of a thematic meeting, so members working on it see it.");
        c.text("chairName", form.chairName, 160, false, "the chair's name");
        c.text("guests", form.guests, 1000, false, "the invited guests");
        if (form.districtId != null) c.check(em.find(District.class, form.districtId) != null, "district", "Choose a district from the list.");
        if (form.bodyId != null) c.check(em.find(PartnershipBody.class, form.bodyId) != null, "body", "Choose a body from the list.");
        if (form.kind == MeetingKind.PARTNERSHIP_BODY) c.require("body", form.bodyId, "Choose the partnership body that meets.");
        if (form.kind == MeetingKind.LOCALITY_FORUM) c.require("district", form.districtId, "Choose the district of the locality forum.");
        for (String[] f : new String[][] {{"organiserEmail", form.organiserEmail, "organiser"}, {"chairEmail", form.chairEmail, "chair"},
                {"minuteTakerEmail", form.minuteTakerEmail, "minute-taker"}}) {
            String email = c.email(f[0], f[1], false, "the " + f[2] + "'s email");
            if (email != null && account(email) == null) c.fail(f[0], "No one with an account uses " + email + ": ask them to create one, or leave it blank.");
        }
        if (existing == null && form.cadence != null && form.cadence != Cadence.ONE_OFF && date != null) {
            try {
                rule(form, date);
            } catch (IllegalArgumentException e) {
                c.fail("cadence", form.cadence == Cadence.WEEKLY ? "Meet every 1 to 12 weeks."
                        : "Choose which week of the month (first to fourth, or last).");
            }
            if (form.count != null) c.check(form.count >= 1 && form.count <= 52, "count", "Schedule between 1 and 52 meetings at a time.");
        }
        c.done();
        return new Checked(title, date, start, end, theme);
    }

    private static Recurrence rule(MeetingForm form, LocalDate date) {
        return switch (form.cadence) {
            case WEEKLY -> Recurrence.weekly(form.everyWeeks == null ? 0 : form.everyWeeks, date);
            case FORTNIGHTLY -> Recurrence.fortnightly(date);
            case MONTHLY -> Recurrence.monthly(date);
            case MONTHLY_WEEKDAY -> Recurrence.monthlyOn(form.weekOfMonth == null ? 0 : form.weekOfMonth, date.getDayOfWeek(), date);
            case ONE_OFF -> Recurrence.once(date);
        };
    }

    private void apply(Meeting m, MeetingForm form, Checked c, Account me) {
        m.setVenueName(strip(form.venueName));
        m.setVenueAddress(strip(form.venueAddress));
        m.setAccessibility(strip(form.accessibility));
        m.setOnlineLink(strip(form.onlineLink));
        m.setDistrictId(form.districtId);
        m.setBodyId(form.bodyId);
        m.setTheme(c.theme());
        m.setThemeTermId(form.themeTermId);
        Account organiser = blank(form.organiserEmail) ? null : account(form.organiserEmail);
        m.setOrganiserId(organiser != null ? organiser.getId() : m.getOrganiserId() != null ? m.getOrganiserId() : me.getId());
        Account chair = blank(form.chairEmail) ? null : account(form.chairEmail);
        m.setChairId(chair == null ? null : chair.getId());
        m.setChairName(strip(form.chairName) != null ? strip(form.chairName) : chair == null ? null : chair.getDisplayName());
        Account minuter = blank(form.minuteTakerEmail) ? null : account(form.minuteTakerEmail);
        m.setMinuteTakerId(minuter == null ? null : minuter.getId());
        m.setGuests(strip(form.guests));
        m.setOpenToPublic(form.openToPublic);
    }

    /** A body's meeting is one row in governance for that day: found or made, so report-backs and claims attach to it. */
    private void linkBody(Meeting m) {
        if (m.getBodyId() == null) {
            m.setBodyMeetingId(null);
            return;
        }
        BodyMeeting bm = em.createQuery("select b from BodyMeeting b where b.bodyId = :b and b.meetsOn = :d", BodyMeeting.class)
                .setParameter("b", m.getBodyId()).setParameter("d", m.getMeetsOn()).getResultStream().findFirst().orElse(null);
        if (bm == null) {
            bm = new BodyMeeting(m.getBodyId(), m.getMeetsOn(), m.getTitle(), clock.instant());
            em.persist(bm);
            em.flush();
        }
        m.setBodyMeetingId(bm.getId());
    }

    /** Other meetings booked at the same venue at overlapping times: a warning, not a refusal (rooms can be split). */
    List<String> clashes(Meeting m) {
        String venue = key(m.getVenueName()) != null ? key(m.getVenueName()) : key(m.getVenueAddress());
        if (venue == null || m.isCancelled()) return List.of();
        List<Meeting> overlapping = em.createQuery("select o from Meeting o where o.id <> :id and o.status = :s"
                        + " and o.startsAt < :end and o.endsAt > :start", Meeting.class)
                .setParameter("id", m.getId()).setParameter("s", Meeting.Status.SCHEDULED)
                .setParameter("start", m.getStartsAt()).setParameter("end", m.getEndsAt()).getResultList();
        List<String> out = new ArrayList<>();
        for (Meeting o : overlapping) {
            String other = key(o.getVenueName()) != null ? key(o.getVenueName()) : key(o.getVenueAddress());
            if (venue.equals(other)) {
                out.add("The venue is also booked for “" + o.getTitle() + "” on " + o.getWhen() + ". Check the room is free.");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ RSVP and register

    /** A member says they are coming or sends apologies; answering again changes the answer. */
    @Transactional
    public MeetingResponse respond(Long meetingId, MeetingResponse.Answer answer, String note) {
        Account me = caller.require();
        Meeting m = visible(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.isMember()) throw new AccessDenied("Only members can reply to meetings.");
        Checks c = new Checks();
        c.require("answer", answer, "Say whether you are coming.");
        String n = c.text("note", note, 500, false, "the note");
        c.check(!m.isCancelled(), "answer", "This meeting was cancelled.");
        c.check(m.getEndsAt().isAfter(clock.instant()), "answer", "This meeting has already taken place.");
        c.done();
        MeetingResponse r = response(meetingId, me.getId());
        if (r == null) {
            r = new MeetingResponse(meetingId, me.getId(), answer, n, clock.instant());
            em.persist(r);
        } else {
            r.change(answer, n, clock.instant());
        }
        return r;
    }

    @Transactional
    public MeetingResponse response(Long meetingId, Long accountId) {
        return em.createQuery("select r from MeetingResponse r where r.meetingId = :m and r.accountId = :a", MeetingResponse.class)
                .setParameter("m", meetingId).setParameter("a", accountId).getResultStream().findFirst().orElse(null);
    }

    /** Replies with the person's name, for the chair (apologies are read out). */
    public record Reply(String name, String organisation, MeetingResponse response) {
        public String getName() { return name; }
        public String getOrganisation() { return organisation; }
        public MeetingResponse getResponse() { return response; }
    }

    @Transactional
    public List<Reply> replies(Long meetingId) {
        List<Object[]> rows = em.createQuery("select r, a from MeetingResponse r, Account a where a.id = r.accountId and r.meetingId = :m"
                + " order by r.answer, a.displayName", Object[].class).setParameter("m", meetingId).getResultList();
        return rows.stream().map(r -> {
            Account a = (Account) r[1];
            return new Reply(a.getDisplayName(), organisationName(a.getOrganisationId()), (MeetingResponse) r[0]);
        }).toList();
    }

    @Transactional
    public List<Attendee> register(Long meetingId) {
        return em.createQuery("select a from Attendee a where a.meetingId = :m order by a.personName", Attendee.class)
                .setParameter("m", meetingId).getResultList();
    }

    /**
     * Marks someone present: by the email of their account (their organisation is filled in) or by name for a
     * guest. For a partnership body's meeting, account holders' attendance is also recorded for claims.
     */
    @Transactional
    public Attendee markPresent(Long meetingId, String who, String organisation) {
        Account me = caller.require();
        Meeting m = find(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's organiser, chair, minute-taker or network staff take the register.");
        Checks c = new Checks();
        String w = c.text("who", who, 160, true, "the person's email or name");
        String org = c.text("organisation", organisation, 200, false, "the organisation");
        c.check(!m.getMeetsOn().isAfter(today()), "who", "The register is taken on the day of the meeting, not before.");
        c.check(!m.isCancelled(), "who", "This meeting was cancelled.");
        c.done();
        Account a = w.contains("@") ? account(w) : null;
        if (w.contains("@") && a == null) throw new InvalidInput("who", "No one with an account uses " + w + "; type a guest's name instead.");
        String name = a == null ? w : a.getDisplayName();
        if (org == null && a != null) org = organisationName(a.getOrganisationId());
        boolean already = em.createQuery("select count(x) from Attendee x where x.meetingId = :m and (x.personName = :n"
                        + " or x.accountId = :a)", Long.class)
                .setParameter("m", meetingId).setParameter("n", name)
                .setParameter("a", a == null ? -1L : a.getId()).getSingleResult() > 0;
        if (already) throw new InvalidInput("who", name + " is already on the register.");
        Attendee x = new Attendee(meetingId, a == null ? null : a.getId(), name, org, me.getDisplayName(), clock.instant());
        em.persist(x);
        if (a != null && m.getBodyMeetingId() != null) feedClaims(m, a, me);
        audit.record("meeting.attendance", target(m), name + (org == null ? "" : " (" + org + ")"));
        return x;
    }

    /** The register feeds representation's attendance (what claims are made against), once per person and meeting. */
    private void feedClaims(Meeting m, Account a, Account me) {
        long exists = em.createQuery("select count(x) from Attendance x where x.meetingId = :m and x.accountId = :a", Long.class)
                .setParameter("m", m.getBodyMeetingId()).setParameter("a", a.getId()).getSingleResult();
        if (exists > 0) return;
        SeatTerm term = em.createQuery("select t from SeatTerm t, Seat s where t.seatId = s.id and s.bodyId = :b"
                        + " and t.accountId = :a and t.startsOn <= :d and (t.endedOn is null or t.endedOn >= :d)", SeatTerm.class)
                .setParameter("b", m.getBodyId()).setParameter("a", a.getId()).setParameter("d", m.getMeetsOn())
                .getResultStream().findFirst().orElse(null);
        Capacity capacity = term == null ? Capacity.MEMBER : term.getPlace() == Place.DEPUTY ? Capacity.DEPUTY : Capacity.REPRESENTATIVE;
        DayPart part = Duration.between(m.getStartsAt(), m.getEndsAt()).toMinutes() > 240 ? DayPart.FULL_DAY : DayPart.HALF_DAY;
        em.persist(new Attendance(m.getBodyMeetingId(), a.getId(), capacity, part, me.getDisplayName(), clock.instant()));
    }

    // ------------------------------------------------------------------ helpers

    @Transactional
    public Account account(String email) {
        if (email == null) return null;
        return em.createQuery("select a from Account a where a.email = :e and a.status = :s", Account.class)
                .setParameter("e", Account.normaliseEmail(email.strip())).setParameter("s", Account.Status.ACTIVE)
                .getResultStream().findFirst().orElse(null);
    }

    @Transactional
    public String personName(Long accountId) {
        if (accountId == null) return null;
        Account a = em.find(Account.class, accountId);
        return a == null ? null : a.getDisplayName();
    }

    @Transactional
    public String emailOf(Long accountId) {
        if (accountId == null) return null;
        Account a = em.find(Account.class, accountId);
        return a == null ? null : a.getEmail();
    }

    public Instant now() { return clock.instant(); }

    @Transactional
    public String districtName(Long id) {
        District d = id == null ? null : em.find(District.class, id);
        return d == null ? null : d.getName();
    }

    @Transactional
    public String bodyName(Long id) {
        PartnershipBody b = id == null ? null : em.find(PartnershipBody.class, id);
        return b == null ? null : b.getName();
    }

    /** The themes a meeting can have, id → label (the top level of the directory's service types). */
    public Map<Long, String> themes() { return themes.all(); }

    @Transactional
    public List<District> districts() {
        return em.createQuery("select d from District d order by d.sortOrder", District.class).getResultList();
    }

    @Transactional
    public List<PartnershipBody> bodies() {
        return em.createQuery("select b from PartnershipBody b order by b.name", PartnershipBody.class).getResultList();
    }

    @Transactional
    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o where o.joinedAt is not null order by o.name", Organisation.class)
                .setMaxResults(1000).getResultList();
    }

    String organisationName(Long id) {
        if (id == null) return null;
        Organisation o = em.find(Organisation.class, id);
        return o == null ? null : o.getName();
    }

    static LocalDate date(Checks c, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            c.fail(field, "Enter " + label + ".");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            c.fail(field, "Enter " + label + " like 2026-03-17.");
            return null;
        }
    }

    static LocalTime time(Checks c, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            c.fail(field, "Enter " + label + ".");
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,2}[:.]\\d{2}")) {
            c.fail(field, "Enter " + label + " like 19:00.");
            return null;
        }
        String[] p = v.split("[:.]");
        int h = Integer.parseInt(p[0]);
        int min = Integer.parseInt(p[1]);
        if (h > 23 || min > 59) {
            c.fail(field, "Enter " + label + " like 19:00.");
            return null;
        }
        return LocalTime.of(h, min);
    }

    static String newUid() { return Tokens.newPublicId() + "@acorn-meetings"; }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    static String strip(String s) { return blank(s) ? null : s.strip(); }

    private static String key(String s) { return blank(s) ? null : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); }

    private static Map<String, Object> auditView(Meeting m) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("title", m.getTitle());
        v.put("when", m.getWhen());
        v.put("where", m.getWhere());
        v.put("chair", m.getChairName());
        return v;
    }

    private static Map<String, String> placeView(Meeting m) {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("When", m.getWhen());
        v.put("Venue", m.getVenueName() == null ? "" : m.getVenueName());
        v.put("Address", m.getVenueAddress() == null ? "" : m.getVenueAddress());
        v.put("Online", m.getOnlineLink() == null ? "" : m.getOnlineLink());
        return v;
    }

    /** "When: was … now …" lines for what changed of the date, time and place. */
    static List<String> moves(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        before.forEach((k, was) -> {
            String now = after.get(k);
            if (!was.equals(now)) out.add(k + ": " + (was.isEmpty() ? "(none)" : was) + " → now " + (now.isEmpty() ? "(none)" : now));
        });
        return out;
    }

    public static AuditLog.Target target(Meeting m) {
        return new AuditLog.Target("meeting", m.getId(), m.getTitle() + " " + m.getMeetsOn());
    }

}
