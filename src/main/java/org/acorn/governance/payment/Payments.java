package org.acorn.governance.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.BodyType;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Place;
import org.acorn.governance.body.SeatTerm;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Attendance payments: schemes and budgets (co-ordinators), attendances, claims by the person who attended,
 * approval or return with a reason, the funder's CSV and budget against spend.
 */
@ApplicationScoped
public class Payments {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject Bodies bodies;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject org.acorn.platform.files.FileStore files;

    /** Receipts: a photo, scan or PDF of at most 5 MB; at most this many on one claim. */
    public static final long RECEIPT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int RECEIPTS_PER_CLAIM = 6;

    LocalDate today() { return LocalDate.now(clock.withZone(GovernanceSettings.ZONE)); }

    // ---- schemes and budgets

    @Transactional
    public List<PaymentScheme> schemes() {
        return em.createQuery("select s from PaymentScheme s order by s.active desc, s.name", PaymentScheme.class).getResultList();
    }

    @Transactional
    public Optional<PaymentScheme> scheme(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(PaymentScheme.class, id));
    }

    /** Active schemes that pay for this capacity at this kind of body: the support on offer for a seat. */
    @Transactional
    public List<PaymentScheme> covering(Capacity capacity, BodyType type) {
        return schemes().stream().filter(s -> s.covers(capacity, type)).toList();
    }

    @Transactional
    public PaymentScheme saveScheme(Long id, String name, String funder, Rates rates, Set<Capacity> capacities,
                                    Set<BodyType> types, boolean active) {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        Checks c = new Checks();
        String n = c.text("name", name, 160, true, "the scheme's name");
        String f = c.text("funder", funder, 160, true, "the funder");
        for (Integer v : new Integer[] {rates.dayRate(), rates.halfDayRate(), rates.pencePerMile(), rates.travelCap(),
                rates.childcareCap(), rates.backfillCap()}) {
            c.check(v == null || (v >= 0 && v <= 1_000_000), "rates", "Rates and caps must be between £0 and £10,000.");
        }
        c.check(capacities != null && !capacities.isEmpty(), "capacities", "Choose whom the scheme pays.");
        c.check(types != null && !types.isEmpty(), "bodyTypes", "Choose which meetings it covers.");
        c.check(rates.dayRate() != null || rates.halfDayRate() != null || rates.paysTravel() || rates.childcareCap() != null
                || rates.backfillCap() != null, "rates", "A scheme must pay something.");
        PaymentScheme s = id == null ? null : em.find(PaymentScheme.class, id);
        if (id != null && s == null) throw InvalidInput.of("That scheme no longer exists.");
        if (n != null) {
            List<Long> same = em.createQuery("select s.id from PaymentScheme s where lower(s.name) = :n", Long.class)
                    .setParameter("n", n.toLowerCase(java.util.Locale.ROOT)).getResultList();
            c.check(same.isEmpty() || (s != null && same.equals(List.of(s.getId()))), "name", "There is already a scheme called " + n + ".");
        }
        c.done();
        Map<String, Object> before = s == null ? Map.of() : s.auditView();
        if (s == null) {
            s = new PaymentScheme(n, f, clock.instant());
            em.persist(s);
        }
        s.setName(n);
        s.setFunder(f);
        s.setRates(rates);
        s.setCapacities(capacities);
        s.setBodyTypes(types);
        s.setActive(active);
        em.flush();
        audit.record(id == null ? "payment.scheme.created" : "payment.scheme.updated",
                new AuditLog.Target("scheme", s.getId(), s.getName()), AuditLog.changes(before, s.auditView()));
        return s;
    }

    @Transactional
    public void setBudget(Long schemeId, int year, Integer pence) {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        PaymentScheme s = scheme(schemeId).orElseThrow(() -> InvalidInput.of("That scheme no longer exists."));
        Checks c = new Checks();
        c.check(pence != null && pence >= 0, "amount", "Enter a budget of £0 or more.");
        c.check(year >= 2000 && year <= 2100, "year", "Enter a financial year such as " + FinancialYear.of(today()) + ".");
        c.done();
        SchemeBudget b = em.createQuery("select b from SchemeBudget b where b.schemeId = :s and b.year = :y", SchemeBudget.class)
                .setParameter("s", schemeId).setParameter("y", year).getResultStream().findFirst().orElse(null);
        long before = b == null ? 0 : b.getAmount();
        if (b == null) em.persist(new SchemeBudget(schemeId, year, pence));
        else b.setAmount(pence);
        audit.record("payment.budget.set", new AuditLog.Target("scheme", s.getId(), s.getName()),
                FinancialYear.label(year) + ": " + ClaimCalculator.pounds(before) + " → " + ClaimCalculator.pounds(pence));
    }

    // ---- attendance

    /**
     * Records that someone attended a meeting that has taken place. Staff record anyone; a person records
     * their own attendance at a body they sit on (as its representative or deputy).
     */
    @Transactional
    public Attendance recordAttendance(Long meetingId, Long accountId, Capacity capacity, DayPart part) {
        Account me = caller.require();
        BodyMeeting meeting = bodies.meeting(meetingId).orElse(null);
        Checks c = new Checks();
        c.require("meeting", meeting, "Choose the meeting.");
        c.require("dayPart", part, "Say whether it took a full day or half a day.");
        Long who = accountId == null ? me.getId() : accountId;
        Capacity cap = capacity;
        if (!caller.isStaff()) {
            if (!who.equals(me.getId())) throw new AccessDenied("You can only record your own attendance.");
            if (meeting != null) {
                SeatTerm term = em.createQuery("select t from SeatTerm t, Seat s where t.seatId = s.id and s.bodyId = :b"
                                + " and t.accountId = :a and t.startsOn <= :d and (t.endedOn is null or t.endedOn >= :d)", SeatTerm.class)
                        .setParameter("b", meeting.getBodyId()).setParameter("a", me.getId()).setParameter("d", meeting.getMeetsOn())
                        .getResultStream().findFirst().orElse(null);
                if (term == null) {
                    throw new InvalidInput("meeting", "You did not hold a seat on that body on the day it met; ask the co-ordinator to record your attendance.");
                }
                cap = term.getPlace() == Place.DEPUTY ? Capacity.DEPUTY : Capacity.REPRESENTATIVE;
            }
        } else {
            c.require("capacity", cap, "Choose the capacity they attended in.");
            c.check(em.find(Account.class, who) != null, "account", "Choose who attended.");
        }
        if (meeting != null) c.check(!meeting.getMeetsOn().isAfter(today()), "meeting", "That meeting has not taken place yet.");
        c.done();
        long already = em.createQuery("select count(a) from Attendance a where a.meetingId = :m and a.accountId = :a", Long.class)
                .setParameter("m", meetingId).setParameter("a", who).getSingleResult();
        if (already > 0) throw new InvalidInput("meeting", "That attendance is already recorded.");
        Attendance a = new Attendance(meetingId, who, cap, part, me.getDisplayName(), clock.instant());
        try {
            em.persist(a);
            em.flush();
        } catch (PersistenceException twice) {
            throw new InvalidInput("meeting", "That attendance is already recorded.");
        }
        audit.record("payment.attendance.recorded", new AuditLog.Target("attendance", a.getId(), meeting.getTitle()),
                em.find(Account.class, who).getDisplayName() + " as " + cap.label() + " on " + meeting.getMeetsOn() + " (" + part.label() + ")");
        return a;
    }

    /** An attendance with its meeting, body and claim (if any), for the claimant's page. */
    public record AttendanceRow(Attendance attendance, BodyMeeting meeting, PartnershipBody body, Claim claim,
                                List<PaymentScheme> schemes) {
        public Attendance getAttendance() { return attendance; }
        public BodyMeeting getMeeting() { return meeting; }
        public PartnershipBody getBody() { return body; }
        public Claim getClaim() { return claim; }
        public List<PaymentScheme> getSchemes() { return schemes; }
        public boolean isClaimable() { return (claim == null || claim.getStatus() == Claim.Status.RETURNED) && !schemes.isEmpty(); }
    }

    @Transactional
    public List<AttendanceRow> myAttendances() {
        Account me = caller.require();
        List<Attendance> list = em.createQuery("select a from Attendance a where a.accountId = :a order by a.recordedAt desc",
                Attendance.class).setParameter("a", me.getId()).getResultList();
        List<AttendanceRow> rows = new ArrayList<>();
        for (Attendance a : list) {
            BodyMeeting m = em.find(BodyMeeting.class, a.getMeetingId());
            PartnershipBody b = em.find(PartnershipBody.class, m.getBodyId());
            Claim claim = em.createQuery("select c from Claim c where c.attendanceId = :a", Claim.class)
                    .setParameter("a", a.getId()).getResultStream().findFirst().orElse(null);
            rows.add(new AttendanceRow(a, m, b, claim, covering(a.getCapacity(), b.getType())));
        }
        rows.sort((x, y) -> y.meeting().getMeetsOn().compareTo(x.meeting().getMeetsOn()));
        return rows;
    }

    // ---- claims

    /** The person who attended claims (or re-claims after a return) under a scheme that covers the attendance. */
    @Transactional
    public Claim claim(Long attendanceId, ClaimForm form) {
        Account me = caller.require();
        Attendance a = attendanceId == null ? null : em.find(Attendance.class, attendanceId);
        if (a == null || !a.getAccountId().equals(me.getId())) {
            throw new InvalidInput("attendance", "You can only claim for a meeting you are recorded as attending.");
        }
        BodyMeeting m = em.find(BodyMeeting.class, a.getMeetingId());
        PartnershipBody body = em.find(PartnershipBody.class, m.getBodyId());
        Checks c = new Checks();
        PaymentScheme scheme = scheme(form.schemeId).orElse(null);
        if (scheme == null) c.fail("scheme", "Choose the scheme to claim under.");
        else c.check(scheme.covers(a.getCapacity(), body.getType()), "scheme", scheme.getName() + " does not pay for "
                + a.getCapacity().label().toLowerCase() + "s at " + body.getType().label() + " meetings.");
        Integer miles = whole(c, "miles", form.miles);
        Integer fares = money(c, "fares", form.fares);
        Integer childcare = money(c, "childcare", form.childcare);
        Integer backfill = money(c, "backfill", form.backfill);
        String note = c.text("note", form.note, 1000, false, "a note");
        c.done();
        ClaimCalculator.Amounts amounts;
        try {
            amounts = ClaimCalculator.calculate(scheme.rates(), a.getDayPart(), nz(miles), nz(fares), nz(childcare), nz(backfill));
        } catch (ClaimCalculator.Refused refused) {
            throw new InvalidInput(new LinkedHashMap<>(refused.errors()));
        }
        Claim claim = em.createQuery("select c from Claim c where c.attendanceId = :a", Claim.class)
                .setParameter("a", a.getId()).getResultStream().findFirst().orElse(null);
        if (claim != null && claim.getStatus() != Claim.Status.RETURNED) {
            throw InvalidInput.of("You have already claimed for this meeting.");
        }
        boolean fresh = claim == null;
        if (fresh) claim = new Claim(a.getId(), scheme.getId(), me.getId(), FinancialYear.of(m.getMeetsOn()));
        claim.fill(scheme.getId(), amounts, nz(miles), nz(fares), nz(childcare), nz(backfill), note, clock.instant());
        try {
            if (fresh) em.persist(claim);
            em.flush();
        } catch (PersistenceException twice) {
            throw InvalidInput.of("You have already claimed for this meeting.");
        }
        audit.record(fresh ? "payment.claim.submitted" : "payment.claim.resubmitted", target(claim, m, body),
                ClaimCalculator.pounds(claim.getTotal()) + " under " + scheme.getName());
        return claim;
    }

    private static int nz(Integer v) { return v == null ? 0 : v; }

    private static Integer money(Checks c, String field, String text) {
        try {
            return ClaimCalculator.pence(text);
        } catch (NumberFormatException | ArithmeticException e) {
            c.fail(field, "Enter an amount in pounds and pence, like 12.50.");
            return null;
        }
    }

    private static Integer whole(Checks c, String field, String text) {
        if (text == null || text.isBlank()) return null;
        if (!text.strip().matches("-?\\d{1,6}")) {
            c.fail(field, "Enter whole miles, like 24.");
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    /**
     * The claimant attaches a receipt to a claim that is not yet approved. The file's type is read from its
     * content (images and PDFs only); a refused file leaves nothing behind.
     */
    @Transactional
    public org.acorn.platform.files.StoredFile attachReceipt(Long claimId, String fileName, java.io.InputStream content) {
        Account me = caller.require();
        Claim claim = claimId == null ? null : em.find(Claim.class, claimId);
        if (claim == null || !claim.getClaimantId().equals(me.getId())) {
            throw new InvalidInput("receiptClaim", "Choose one of your own claims.");
        }
        if (claim.getStatus() == Claim.Status.APPROVED) throw new InvalidInput("receiptClaim", "That claim is already approved.");
        if (receipts(claimId).size() >= RECEIPTS_PER_CLAIM) {
            throw new InvalidInput("receipt", "A claim can have at most " + RECEIPTS_PER_CLAIM + " receipts.");
        }
        if (content == null) throw new InvalidInput("receipt", "Choose the receipt to attach.");
        org.acorn.platform.files.StoredFile file;
        try {
            file = files.store(ClaimReceipt.OWNER_KIND, fileName, content,
                    org.acorn.platform.files.UploadRules.receipts(RECEIPT_MAX_BYTES));
        } catch (org.acorn.platform.files.UploadRefused refused) {
            throw new InvalidInput("receipt", refused.getMessage());
        }
        em.flush(); // the stored file's identity is assigned on insert
        em.persist(new ClaimReceipt(claimId, file.getId(), clock.instant()));
        BodyMeeting m = meetingOf(claim);
        audit.record("payment.claim.receipt", target(claim, m, em.find(PartnershipBody.class, m.getBodyId())),
                file.getFileName() + " (" + file.getMediaType() + ", " + file.getSizeLabel() + ")");
        return file;
    }

    @Transactional
    public List<org.acorn.platform.files.StoredFile> receipts(Long claimId) {
        return em.createQuery("select f from StoredFile f, ClaimReceipt r where r.storedFileId = f.id and r.claimId = :c"
                + " order by f.uploadedAt", org.acorn.platform.files.StoredFile.class).setParameter("c", claimId).getResultList();
    }

    /** Actual costs need a receipt before they are paid; attendance rates and mileage do not. */
    static boolean needsReceipt(Claim c) {
        return c.getFares() > 0 || c.getChildcare() > 0 || c.getBackfill() > 0;
    }

    @Transactional
    public Claim approve(Long claimId) {
        Account me = caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        Claim claim = waiting(claimId);
        if (needsReceipt(claim) && receipts(claimId).isEmpty()) {
            throw InvalidInput.of("This claim includes fares, childcare or backfill but has no receipt: return it and ask for one.");
        }
        claim.decide(Claim.Status.APPROVED, null, me.getDisplayName(), clock.instant());
        BodyMeeting m = meetingOf(claim);
        audit.record("payment.claim.approved", target(claim, m, em.find(PartnershipBody.class, m.getBodyId())),
                ClaimCalculator.pounds(claim.getTotal()));
        tell(claim, "Your claim is approved", "Your claim of " + ClaimCalculator.pounds(claim.getTotal()) + " for "
                + m.getTitle() + " (" + m.getMeetsOn() + ") is approved and will be paid by the funder.");
        return claim;
    }

    @Transactional
    public Claim returnClaim(Long claimId, String reason) {
        Account me = caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        Claim claim = waiting(claimId);
        Checks c = new Checks();
        String why = c.text("reason", reason, 1000, true, "the reason for returning it");
        c.done();
        claim.decide(Claim.Status.RETURNED, why, me.getDisplayName(), clock.instant());
        BodyMeeting m = meetingOf(claim);
        audit.record("payment.claim.returned", target(claim, m, em.find(PartnershipBody.class, m.getBodyId())), why);
        tell(claim, "Your claim has been returned", "Your claim of " + ClaimCalculator.pounds(claim.getTotal()) + " for "
                + m.getTitle() + " (" + m.getMeetsOn() + ") was returned:\n\n" + why + "\n\nCorrect it and claim again: "
                + settings.baseUrl() + "/representation/claims.xhtml");
        return claim;
    }

    private void tell(Claim claim, String subject, String text) {
        Account to = em.find(Account.class, claim.getClaimantId());
        if (to != null && to.isActive()) {
            mailer.queue(new MailMessage("claim-" + claim.getId() + "-" + claim.getStatus() + "-" + claim.getVersion(),
                    to.getEmail(), subject, "Hello " + to.getDisplayName() + ",\n\n" + text + "\n", null));
        }
    }

    private Claim waiting(Long id) {
        Claim claim = id == null ? null : em.find(Claim.class, id);
        if (claim == null) throw InvalidInput.of("That claim no longer exists.");
        if (claim.getStatus() != Claim.Status.SUBMITTED) throw InvalidInput.of("That claim has already been decided.");
        return claim;
    }

    private BodyMeeting meetingOf(Claim claim) {
        return em.find(BodyMeeting.class, em.find(Attendance.class, claim.getAttendanceId()).getMeetingId());
    }

    /** A claim as staff and the funder's CSV see it. */
    public record ClaimRow(Claim claim, String claimant, String organisation, String body, BodyMeeting meeting,
                           String scheme, String funder, String capacity) {
        public Claim getClaim() { return claim; }
        public String getClaimant() { return claimant; }
        public String getOrganisation() { return organisation; }
        public String getBody() { return body; }
        public BodyMeeting getMeeting() { return meeting; }
        public String getScheme() { return scheme; }
        public String getCapacity() { return capacity; }
    }

    @Transactional
    public List<ClaimRow> claims(Claim.Status status, Integer year) {
        caller.requireStaff();
        String q = "select c from Claim c where 1 = 1" + (status == null ? "" : " and c.status = :s")
                + (year == null ? "" : " and c.budgetYear = :y") + " order by c.submittedAt desc";
        var query = em.createQuery(q, Claim.class);
        if (status != null) query.setParameter("s", status);
        if (year != null) query.setParameter("y", year);
        List<ClaimRow> rows = new ArrayList<>();
        for (Claim c : query.setMaxResults(2000).getResultList()) {
            Attendance a = em.find(Attendance.class, c.getAttendanceId());
            BodyMeeting m = em.find(BodyMeeting.class, a.getMeetingId());
            Account who = em.find(Account.class, c.getClaimantId());
            org.acorn.directory.Organisation org = who.getOrganisationId() == null ? null
                    : em.find(org.acorn.directory.Organisation.class, who.getOrganisationId());
            PaymentScheme s = em.find(PaymentScheme.class, c.getSchemeId());
            rows.add(new ClaimRow(c, who.getDisplayName(), org == null ? "" : org.getName(),
                    em.find(PartnershipBody.class, m.getBodyId()).getName(), m, s.getName(), s.getFunder(), a.getCapacity().label()));
        }
        return rows;
    }

    /** One scheme's budget and spend in a year (pence). */
    public record BudgetRow(PaymentScheme scheme, long budget, long approved, long pending) {
        public PaymentScheme getScheme() { return scheme; }
        public long getBudget() { return budget; }
        public long getApproved() { return approved; }
        public long getPending() { return pending; }
        public long getRemaining() { return budget - approved; }
        /** Spent as a whole percentage of budget (null with no budget): the Network model's unused budget shows here. */
        public Integer getPercentUsed() { return budget == 0 ? null : (int) Math.round(100.0 * approved / budget); }
    }

    @Transactional
    public List<BudgetRow> budgets(int year) {
        caller.requireStaff();
        List<BudgetRow> rows = new ArrayList<>();
        for (PaymentScheme s : schemes()) {
            long budget = em.createQuery("select b.amount from SchemeBudget b where b.schemeId = :s and b.year = :y", Long.class)
                    .setParameter("s", s.getId()).setParameter("y", year).getResultStream().findFirst().orElse(0L);
            long approved = sum(s.getId(), year, Claim.Status.APPROVED);
            long pending = sum(s.getId(), year, Claim.Status.SUBMITTED);
            if (budget > 0 || approved > 0 || pending > 0 || s.isActive()) rows.add(new BudgetRow(s, budget, approved, pending));
        }
        return rows;
    }

    private long sum(Long schemeId, int year, Claim.Status status) {
        Long v = em.createQuery("select sum(c.total) from Claim c where c.schemeId = :s and c.budgetYear = :y and c.status = :st",
                Long.class).setParameter("s", schemeId).setParameter("y", year).setParameter("st", status).getSingleResult();
        return v == null ? 0 : v;
    }

    public int currentYear() { return FinancialYear.of(today()); }

    static AuditLog.Target target(Claim c, BodyMeeting m, PartnershipBody b) {
        return new AuditLog.Target("claim", c.getId(), b.getName() + " " + m.getMeetsOn());
    }

    public static Set<Capacity> allCapacities() { return EnumSet.allOf(Capacity.class); }
}
