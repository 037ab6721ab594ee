package org.acorn.governance.reportback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.governance.Constituents;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.Constituency;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Seats;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/**
 * Report-backs: a representative on a body writes one after its meeting and publishes it to members (or the
 * public). Publishing emails the organisation admins the seat speaks for; members comment and respond to asks.
 */
@ApplicationScoped
public class ReportBacks {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject Bodies bodies;
    @Inject Seats seats;
    @Inject Constituents constituents;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject org.acorn.platform.security.Throttle throttle;

    /** Issues and comments share one allowance per account (acorn.throttle.represent.per.account). */
    static final String THROTTLE = "represent";

    LocalDate today() { return LocalDate.now(clock.withZone(GovernanceSettings.ZONE)); }

    /** Saves a draft (new when id is null). The author must sit on the body; staff may write on a rep's behalf. */
    @Transactional
    public ReportBack save(Long id, Long bodyId, ReportForm form) {
        Account me = caller.require();
        ReportBack report;
        if (id == null) {
            PartnershipBody body = bodies.get(bodyId);
            if (!bodies.sitsOn(me.getId(), body.getId()) && !caller.isStaff()) {
                throw new AccessDenied("Only the body's representatives can report back from it.");
            }
            report = new ReportBack(body.getId(), null, me.getId(), me.getDisplayName(), clock.instant());
        } else {
            report = mine(id);
            if (report.isPublished()) throw InvalidInput.of("This report-back is already published.");
        }
        Checks c = new Checks();
        BodyMeeting meeting = bodies.meeting(form.meetingId).filter(m -> m.getBodyId().equals(report.getBodyId())).orElse(null);
        c.require("meeting", meeting, "Choose the meeting you are reporting back from.");
        if (meeting != null) c.check(!meeting.getMeetsOn().isAfter(today()), "meeting", "That meeting has not happened yet.");
        String decisions = c.text("decisions", form.decisions, 6000, true, "the decisions made");
        String progress = c.text("progress", form.progress, 4000, false, "progress");
        String information = c.text("information", form.information, 4000, false, "information for the sector");
        String asks = c.text("asks", form.asks, 3000, false, "asks of the sector");
        String issues = c.text("issuesRaised", form.issuesRaised, 3000, false, "issues you raised");
        if (asks != null) {
            c.require("asksDeadline", form.asksDeadline, "Give a deadline for responses to your asks.");
            if (form.asksDeadline != null) {
                c.check(form.asksDeadline.isAfter(today()) && !form.asksDeadline.isAfter(today().plusMonths(6)),
                        "asksDeadline", "The deadline must be after today and within six months.");
            }
        }
        c.done();
        report.setMeetingId(meeting.getId());
        if (id == null) em.persist(report);
        report.write(decisions, progress, information, asks, form.asksDeadline, issues, form.publicReport,
                form.forBulletin, form.forAgenda, clock.instant());
        em.flush();
        audit.record(id == null ? "reportback.drafted" : "reportback.edited", target(report), null);
        return report;
    }

    /** Publishes and tells the organisations the author's seats on the body speak for. */
    @Transactional
    public ReportBack publish(Long id) {
        ReportBack report = mine(id);
        if (report.isPublished()) throw InvalidInput.of("This report-back is already published.");
        report.publish(clock.instant());
        PartnershipBody body = bodies.get(report.getBodyId());
        BodyMeeting meeting = bodies.meeting(report.getMeetingId()).orElseThrow();
        Set<Account> to = new LinkedHashSet<>();
        for (Organisation org : audience(report)) to.addAll(constituents.admins(org.getId()));
        String link = settings.baseUrl() + "/representation/report-back.xhtml?id=" + report.getId();
        String subject = "Report-back: " + body.getName() + " on " + meeting.getMeetsOn();
        for (Account a : to) {
            String text = "Hello " + a.getDisplayName() + ",\n\n" + report.getAuthorName() + " has reported back from "
                    + body.getName() + " (" + meeting.getMeetsOn() + ").\n\nDecisions:\n" + report.getDecisions() + "\n\n"
                    + (report.getAsks() == null ? "" : "Asks of the sector (responses by " + report.getAsksDeadline() + "):\n"
                    + report.getAsks() + "\n\n")
                    + "Read it, comment or respond: " + link + "\n";
            mailer.queue(new MailMessage("reportback-" + report.getId(), a.getEmail(), subject, text, null));
        }
        audit.record("reportback.published", target(report), (report.isPublicReport() ? "public" : "members only")
                + "; notified " + to.size());
        return report;
    }

    /** Member organisations the author's seats on the body speak for (everyone for a sector or theme seat). */
    private List<Organisation> audience(ReportBack report) {
        List<Holding> mine = seats.heldBy(report.getAuthorId()).stream()
                .filter(h -> h.body().getId().equals(report.getBodyId())).toList();
        boolean sectorWide = mine.isEmpty() || mine.stream().anyMatch(h -> h.seat().getConstituency() != Constituency.DISTRICT);
        if (sectorWide) return constituents.organisations(null, true);
        Set<Organisation> orgs = new LinkedHashSet<>();
        for (Holding h : mine) orgs.addAll(constituents.organisations(h.seat().getDistrictId(), true));
        return List.copyOf(orgs);
    }

    private ReportBack mine(Long id) {
        Account me = caller.require();
        ReportBack report = id == null ? null : em.find(ReportBack.class, id);
        if (report == null) throw InvalidInput.of("That report-back no longer exists.");
        if (!report.getAuthorId().equals(me.getId()) && !caller.isStaff()) {
            throw new AccessDenied("Only its author or network staff can change a report-back.");
        }
        return report;
    }

    /** A report-back if this reader may see it: published to the public, to signed-in members, or its author's draft. */
    @Transactional
    public Optional<ReportBack> visible(Long id) {
        ReportBack r = id == null ? null : em.find(ReportBack.class, id);
        if (r == null) return Optional.empty();
        if (r.isPublished() && (r.isPublicReport() || caller.isSignedIn())) return Optional.of(r);
        Long me = caller.account().map(Account::getId).orElse(null);
        return r.getAuthorId().equals(me) || caller.isStaff() ? Optional.of(r) : Optional.empty();
    }

    @Transactional
    public List<ReportBack> publishedFor(Long bodyId) {
        return em.createQuery("select r from ReportBack r where r.bodyId = :b and r.status = :p"
                        + (caller.isSignedIn() ? "" : " and r.publicReport = true") + " order by r.publishedAt desc", ReportBack.class)
                .setParameter("b", bodyId).setParameter("p", ReportBack.Status.PUBLISHED).getResultList();
    }

    @Transactional
    public List<ReportBack> recent(int max) {
        return em.createQuery("select r from ReportBack r where r.status = :p"
                        + (caller.isSignedIn() ? "" : " and r.publicReport = true") + " order by r.publishedAt desc", ReportBack.class)
                .setParameter("p", ReportBack.Status.PUBLISHED).setMaxResults(max).getResultList();
    }

    @Transactional
    public List<ReportBack> byAuthor(Long accountId) {
        return em.createQuery("select r from ReportBack r where r.authorId = :a order by r.updatedAt desc", ReportBack.class)
                .setParameter("a", accountId).getResultList();
    }

    /** Published report-backs offered for the next bulletin or network meeting agenda (staff pick them up). */
    @Transactional
    public List<ReportBack> offered(boolean bulletin, int max) {
        caller.requireStaff();
        return em.createQuery("select r from ReportBack r where r.status = :p and "
                        + (bulletin ? "r.forBulletin" : "r.forAgenda") + " = true order by r.publishedAt desc", ReportBack.class)
                .setParameter("p", ReportBack.Status.PUBLISHED).setMaxResults(max).getResultList();
    }

    @Transactional
    public List<ReportComment> comments(Long reportId) {
        return em.createQuery("select c from ReportComment c where c.reportId = :r order by c.createdAt", ReportComment.class)
                .setParameter("r", reportId).getResultList();
    }

    /** A signed-in member comments, or responds to the asks before their deadline; a response tells the author. */
    @Transactional
    public ReportComment comment(Long reportId, String text, boolean responseToAsk) {
        Account me = caller.require();
        if (throttle.exceeded(THROTTLE, "account", String.valueOf(me.getId()))) {
            throw InvalidInput.of("You have posted a lot in the last few minutes. Please wait a little and try again.");
        }
        throttle.count(THROTTLE, "account", String.valueOf(me.getId()));
        ReportBack report = visible(reportId).filter(ReportBack::isPublished)
                .orElseThrow(() -> InvalidInput.of("That report-back is not open for comments."));
        Checks c = new Checks();
        String body = c.text("text", text, 3000, true, "your comment");
        if (responseToAsk) {
            c.check(report.getAsks() != null, "text", "This report-back has no asks to respond to.");
            c.check(report.getAsksDeadline() == null || !today().isAfter(report.getAsksDeadline()), "text",
                    "The deadline for responses has passed.");
        }
        c.done();
        Organisation org = me.getOrganisationId() == null ? null : em.find(Organisation.class, me.getOrganisationId());
        ReportComment comment = new ReportComment(reportId, me.getId(), me.getDisplayName(), org == null ? null : org.getName(),
                responseToAsk, body, clock.instant());
        em.persist(comment);
        em.flush();
        if (responseToAsk && !report.getAuthorId().equals(me.getId())) {
            Account author = em.find(Account.class, report.getAuthorId());
            mailer.queue(new MailMessage("reportback-response-" + comment.getId(), author.getEmail(),
                    "A response to your asks of the sector", me.getDisplayName()
                    + (org == null ? "" : " (" + org.getName() + ")") + " responded to your report-back:\n\n" + body
                    + "\n\n" + settings.baseUrl() + "/representation/report-back.xhtml?id=" + reportId + "\n", null));
        }
        audit.record(responseToAsk ? "reportback.responded" : "reportback.commented", target(report), null);
        return comment;
    }

    static AuditLog.Target target(ReportBack r) {
        return new AuditLog.Target("reportback", r.getId(), "report-back " + r.getId());
    }
}
