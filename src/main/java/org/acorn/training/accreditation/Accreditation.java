package org.acorn.training.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.training.booking.Booking;
import org.acorn.training.certificate.CertificateCode;
import org.acorn.training.certificate.Expiry;
import org.acorn.training.course.Run;

/**
 * The volunteer accreditation scheme. Organisation admins enrol their volunteers (who need no account); assessors —
 * people network staff appoint — sign off assessed modules and award accreditation once every module is met, never
 * for their own organisation's volunteers. Courses attended count for their modules by themselves. Accreditation
 * lapses after the programme's period unless renewed. Staff keep the programme: its modules, which course meets
 * each, and how long accreditation lasts.
 */
@ApplicationScoped
public class Accreditation implements org.acorn.training.certificate.CodeLookup {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject AuditLog audit;

    /** An enrolment with its progress, for pages. */
    public static final class Row {
        private final Enrolment enrolment;
        private final Progress progress;
        private final String organisation;
        Row(Enrolment e, Progress p, String organisation) {
            this.enrolment = e;
            this.progress = p;
            this.organisation = organisation;
        }
        public Enrolment getEnrolment() { return enrolment; }
        public Progress getProgress() { return progress; }
        public String getOrganisation() { return organisation; }
    }

    public LocalDate today() { return LocalDate.ofInstant(clock.instant(), Run.LONDON); }

    @Transactional
    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.title", Programme.class).getResultList();
    }

    @Transactional
    public List<Module> modules(Long programmeId) {
        return em.createQuery("select m from Module m where m.programmeId = :p order by m.sortOrder", Module.class)
                .setParameter("p", programmeId).getResultList();
    }

    /** Staff and assessors see every enrolment; an organisation's admin their own volunteers; anyone else none. */
    @Transactional
    public List<Row> rows(Long programmeId) {
        List<Enrolment> list;
        if (caller.isStaff() || isAssessor()) {
            list = em.createQuery("select e from Enrolment e where e.programmeId = :p order by e.personName", Enrolment.class)
                    .setParameter("p", programmeId).getResultList();
        } else if (caller.adminsOrganisation(caller.organisationId())) {
            list = em.createQuery("select e from Enrolment e where e.programmeId = :p and e.organisationId = :o order by e.personName", Enrolment.class)
                    .setParameter("p", programmeId).setParameter("o", caller.organisationId()).getResultList();
        } else {
            return List.of();
        }
        List<Module> modules = modules(programmeId);
        List<Row> out = new ArrayList<>();
        for (Enrolment e : list) out.add(new Row(e, progress(e, modules), em.find(Organisation.class, e.getOrganisationId()).getName()));
        return out;
    }

    Progress progress(Enrolment e, List<Module> modules) {
        Set<Long> credited = new HashSet<>(em.createQuery("select c.moduleId from Credit c where c.enrolmentId = :e", Long.class)
                .setParameter("e", e.getId()).getResultList());
        Set<Long> attended = new HashSet<>(em.createQuery("select r.courseId from Booking b, Run r where r.id = b.runId and b.personKey = :k"
                        + " and b.attendance = :a", Long.class)
                .setParameter("k", e.getPersonKey()).setParameter("a", Booking.Attendance.ATTENDED).getResultList());
        return Progress.of(modules, credited, attended, e.getValidUntil(), today());
    }

    @Transactional
    public long accreditedIn(Long organisationId) {
        return em.createQuery("select count(e) from Enrolment e where e.organisationId = :o and e.validUntil >= :today", Long.class)
                .setParameter("o", organisationId).setParameter("today", today()).getSingleResult();
    }

    /** An organisation's admin enrols a volunteer (staff may enrol for the organisation named). */
    @Transactional
    public Enrolment enrol(Long programmeId, Long organisationId, String name, String email) {
        Account me = caller.require();
        Long org = caller.isStaff() && organisationId != null ? organisationId : caller.organisationId();
        if (org == null || !caller.mayActFor(org)) throw new AccessDenied("Only an organisation's admin can enrol its volunteers.");
        Programme p = programmeId == null ? null : em.find(Programme.class, programmeId);
        if (p == null) throw InvalidInput.of("That programme no longer exists.");
        Checks c = new Checks();
        String n = c.text("name", name, 160, true, "the volunteer's name");
        String e = c.email("email", email, false, "the volunteer's email");
        c.done();
        Enrolment enrolment = new Enrolment(p.getId(), org, n, e, me.getId(), clock.instant());
        boolean exists = !em.createQuery("select e.id from Enrolment e where e.programmeId = :p and e.personKey = :k", Long.class)
                .setParameter("p", p.getId()).setParameter("k", enrolment.getPersonKey()).getResultList().isEmpty();
        if (exists) throw new InvalidInput("name", n + " is already enrolled on this programme.");
        em.persist(enrolment);
        em.flush();
        audit.record("accreditation.enrolled", new AuditLog.Target("accreditation_enrolment", enrolment.getId(), n), p.getTitle());
        return enrolment;
    }

    /** An assessor signs off assessed work for one module. */
    @Transactional
    public Credit signOff(Long enrolmentId, Long moduleId, String evidence) {
        Account me = requireAssessor();
        Enrolment e = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) throw InvalidInput.of("That enrolment no longer exists.");
        independent(me, e);
        Checks c = new Checks();
        Module m = moduleId == null ? null : em.find(Module.class, moduleId);
        c.check(m != null && m.getProgrammeId().equals(e.getProgrammeId()), "module", "Choose a module of this programme.");
        String ev = c.text("evidence", evidence, 1000, true, "what the assessed work was");
        c.done();
        boolean done = !em.createQuery("select c.id from Credit c where c.enrolmentId = :e and c.moduleId = :m", Long.class)
                .setParameter("e", e.getId()).setParameter("m", m.getId()).getResultList().isEmpty();
        if (done) throw new InvalidInput("module", "“" + m.getTitle() + "” is already signed off for " + e.getPersonName() + ".");
        Credit credit = new Credit(e.getId(), m.getId(), ev, me.getId(), clock.instant());
        em.persist(credit);
        audit.record("accreditation.signed-off", new AuditLog.Target("accreditation_enrolment", e.getId(), e.getPersonName()), m.getTitle() + ": " + ev);
        return credit;
    }

    /** An assessor awards (or renews) accreditation once every module is met. */
    @Transactional
    public Enrolment award(Long enrolmentId) {
        Account me = requireAssessor();
        Enrolment e = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) throw InvalidInput.of("That enrolment no longer exists.");
        independent(me, e);
        Programme p = em.find(Programme.class, e.getProgrammeId());
        Progress progress = progress(e, modules(p.getId()));
        if (progress.getStatus() == Progress.Status.ACCREDITED) throw InvalidInput.of(e.getPersonName() + " is already accredited until " + e.getValidUntil() + ".");
        if (!progress.mayAward()) {
            throw InvalidInput.of(e.getPersonName() + " has met " + progress.getMetCount() + " of " + progress.getModules() + " modules; all are needed first.");
        }
        e.award(me.getId(), clock.instant(), Expiry.validUntil(today(), p.getValidMonths()), CertificateCode.generate());
        audit.record("accreditation.awarded", new AuditLog.Target("accreditation_enrolment", e.getId(), e.getPersonName()), "until " + e.getValidUntil());
        return e;
    }

    @Transactional
    public Optional<Programme> programme(Long id) { return id == null ? Optional.empty() : Optional.ofNullable(em.find(Programme.class, id)); }

    // ---------------------------------------------------------------- assessors

    /** An assessor with their name, for the programme page. */
    public record AssessorRow(Assessor assessor, String name, String email, String organisation) {
        public Long getId() { return assessor.getId(); }
        public String getName() { return name; }
        public String getEmail() { return email; }
        public String getOrganisation() { return organisation; }
    }

    /** The caller holds an assessor's appointment. */
    @Transactional
    public boolean isAssessor() {
        return caller.account().map(a -> !em.createQuery("select x.id from Assessor x where x.accountId = :a", Long.class)
                .setParameter("a", a.getId()).getResultList().isEmpty()).orElse(false);
    }

    private Account requireAssessor() {
        Account me = caller.require();
        if (!isAssessor()) throw new AccessDenied("Only an assessor appointed by network staff can sign off modules and award accreditation.");
        return me;
    }

    /** An assessor does not assess their own organisation's volunteers: the scheme's assurance rests on it. */
    private static void independent(Account me, Enrolment e) {
        if (me.getOrganisationId() != null && me.getOrganisationId().equals(e.getOrganisationId())) {
            throw InvalidInput.of(e.getPersonName() + " volunteers with your own organisation, so another assessor must assess them.");
        }
    }

    @Transactional
    public List<AssessorRow> assessors() {
        List<AssessorRow> out = new ArrayList<>();
        for (Assessor x : em.createQuery("select x from Assessor x order by x.appointedAt, x.id", Assessor.class).getResultList()) {
            Account a = em.find(Account.class, x.getAccountId());
            Organisation o = a.getOrganisationId() == null ? null : em.find(Organisation.class, a.getOrganisationId());
            out.add(new AssessorRow(x, a.getDisplayName(), a.getEmail(), o == null ? null : o.getName()));
        }
        return out;
    }

    /** Staff appoint an assessor by their account's email. */
    @Transactional
    public Assessor appoint(String email) {
        Account me = caller.requireStaff();
        Checks c = new Checks();
        String e = c.email("email", email, true, "the assessor's account email");
        c.done();
        Account a = em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", e)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInput("email", "No one with an account uses " + e + ". They need an account first."));
        boolean already = !em.createQuery("select x.id from Assessor x where x.accountId = :a", Long.class).setParameter("a", a.getId())
                .getResultList().isEmpty();
        if (already) throw new InvalidInput("email", a.getDisplayName() + " is already an assessor.");
        Assessor x = new Assessor(a.getId(), me.getId(), clock.instant());
        em.persist(x);
        em.flush();
        audit.record("accreditation.assessor.appointed", new AuditLog.Target("account", a.getId(), a.getDisplayName()), e);
        return x;
    }

    /** Staff end an appointment; sign-offs and awards already made stand. */
    @Transactional
    public void release(Long assessorId) {
        caller.requireStaff();
        Assessor x = assessorId == null ? null : em.find(Assessor.class, assessorId);
        if (x == null) throw InvalidInput.of("That assessor's appointment has already ended.");
        Account a = em.find(Account.class, x.getAccountId());
        em.remove(x);
        audit.record("accreditation.assessor.released", new AuditLog.Target("account", a.getId(), a.getDisplayName()), a.getEmail());
    }

    // ---------------------------------------------------------------- the programme (staff)

    /** Staff create the scheme's programme (one per network) or change its title, summary and period. */
    @Transactional
    public Programme saveProgramme(Long id, String title, String summary, String validMonths) {
        caller.requireStaff();
        Checks c = new Checks();
        String t = c.text("title", title, 200, true, "the programme's title");
        String s = c.text("summary", summary, 2000, true, "what the programme is");
        Integer months = null;
        String m = validMonths == null ? "" : validMonths.strip();
        if (!m.matches("\\d{1,3}") || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 120) {
            c.fail("validMonths", "Enter how many months accreditation lasts, from 1 to 120.");
        } else {
            months = Integer.parseInt(m);
        }
        Programme p = id == null ? null : em.find(Programme.class, id);
        if (id != null && p == null) c.fail("title", "That programme no longer exists.");
        if (id == null) c.check(programmes().isEmpty(), "title", "The network already has a programme; change it instead.");
        c.done();
        if (p == null) {
            p = new Programme(t, s, months, clock.instant());
            em.persist(p);
            em.flush();
            audit.record("accreditation.programme.created", new AuditLog.Target("accreditation_programme", p.getId(), t), months + " months");
        } else {
            String before = p.getTitle() + ", " + p.getValidMonths() + " months";
            p.change(t, s, months);
            audit.record("accreditation.programme.updated", new AuditLog.Target("accreditation_programme", p.getId(), t), before + " → " + t + ", " + months + " months");
        }
        return p;
    }

    /** Staff add a module ({@code moduleId} null) or change one: its title, the course that meets it (none: assessed work), its place. */
    @Transactional
    public Module saveModule(Long programmeId, Long moduleId, String title, Long courseId, String position) {
        caller.requireStaff();
        Programme p = programmeId == null ? null : em.find(Programme.class, programmeId);
        if (p == null) throw InvalidInput.of("That programme no longer exists.");
        Checks c = new Checks();
        String t = c.text("title", title, 200, true, "the module's title");
        if (courseId != null) c.check(em.find(org.acorn.training.course.Course.class, courseId) != null, "course", "Choose a course from the list.");
        Module m = moduleId == null ? null : em.find(Module.class, moduleId);
        if (moduleId != null) c.check(m != null && m.getProgrammeId().equals(p.getId()), "module", "Choose a module of this programme.");
        String pos = position == null ? "" : position.strip();
        Integer order = null;
        if (pos.isEmpty()) order = m != null ? m.getSortOrder() : modules(p.getId()).size() + 1;
        else if (!pos.matches("\\d{1,2}") || Integer.parseInt(pos) < 1) c.fail("position", "Enter the module's place in the list as a number from 1 to 99.");
        else order = Integer.parseInt(pos);
        c.done();
        if (m == null) {
            m = new Module(p.getId(), t, courseId, order);
            em.persist(m);
            em.flush();
            audit.record("accreditation.module.added", new AuditLog.Target("accreditation_module", m.getId(), t), courseId == null ? "assessed work" : "course " + courseId);
        } else {
            String before = m.getTitle() + (m.getCourseId() == null ? " (assessed)" : " (course " + m.getCourseId() + ")");
            m.change(t, courseId, order);
            audit.record("accreditation.module.updated", new AuditLog.Target("accreditation_module", m.getId(), t), before + " → "
                    + t + (courseId == null ? " (assessed)" : " (course " + courseId + ")"));
        }
        return m;
    }

    // ---------------------------------------------------------------- certificates

    /** An awarded enrolment for its certificate: for the volunteer (signed in with the enrolled email), their organisation's admin, assessors and staff. */
    @Transactional
    public Optional<Enrolment> awarded(Long enrolmentId) {
        Enrolment e = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        if (e == null || e.getCode() == null) return Optional.empty();
        boolean self = e.getPersonEmail() != null && caller.account().map(a -> e.getPersonEmail().equalsIgnoreCase(a.getEmail())).orElse(false);
        if (!self && !caller.isStaff() && !isAssessor() && !caller.adminsOrganisation(e.getOrganisationId())) return Optional.empty();
        return Optional.of(e);
    }

    /** The caller's own awarded accreditations (enrolled under the email they sign in with), newest first. */
    @Transactional
    public List<Enrolment> mineAwarded() {
        return caller.account().map(a -> em.createQuery("select e from Enrolment e where lower(e.personEmail) = :m"
                        + " and e.code is not null order by e.awardedAt desc", Enrolment.class)
                .setParameter("m", a.getEmail().toLowerCase(java.util.Locale.ROOT)).getResultList()).orElse(List.of());
    }

    /** The public check for accreditation certificates (called by the certificate check once the code is well formed). */
    @Override
    public Optional<org.acorn.training.certificate.Certificates.Check> find(String code, LocalDate today) {
        Enrolment e = em.createQuery("select e from Enrolment e where e.code = :c", Enrolment.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
        if (e == null || e.getValidUntil() == null) return Optional.empty();
        Programme p = em.find(Programme.class, e.getProgrammeId());
        var outcome = e.getValidUntil().isBefore(today) ? org.acorn.training.certificate.Certificates.Outcome.EXPIRED
                : org.acorn.training.certificate.Certificates.Outcome.VALID;
        return Optional.of(new org.acorn.training.certificate.Certificates.Check(outcome, "accreditation", e.getPersonName(), p.getTitle(),
                LocalDate.ofInstant(e.getAwardedAt(), Run.LONDON), e.getValidUntil()));
    }
}
