package org.acorn.governance.issue;

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
import org.acorn.governance.Checks;
import org.acorn.governance.Constituents;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.PartnershipBody;
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
 * The two-way issue log: members raise issues for their representatives on a body, or for the network; staff
 * and the body's representatives move them through the stages, and the raiser is emailed at each one.
 */
@ApplicationScoped
public class IssueLog {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject Bodies bodies;
    @Inject Constituents constituents;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject org.acorn.platform.security.Throttle throttle;

    /** Issues and comments share one allowance per account (acorn.throttle.represent.per.account). */
    static final String THROTTLE = "represent";

    LocalDate today() { return LocalDate.now(clock.withZone(GovernanceSettings.ZONE)); }

    @Transactional
    public RaisedIssue raise(String title, String description, Long bodyId, boolean publicIssue) {
        Account me = caller.require();
        if (throttle.exceeded(THROTTLE, "account", String.valueOf(me.getId()))) {
            throw InvalidInput.of("You have posted a lot in the last few minutes. Please wait a little and try again.");
        }
        throttle.count(THROTTLE, "account", String.valueOf(me.getId()));
        Checks c = new Checks();
        String t = c.text("title", title, 200, true, "a short title");
        String d = c.text("description", description, 4000, true, "what the issue is");
        PartnershipBody body = null;
        if (bodyId != null) {
            body = bodies.find(bodyId).orElse(null);
            c.require("body", body, "Choose a body from the list.");
        }
        c.done();
        RaisedIssue issue = new RaisedIssue(t, d, me.getId(), me.getDisplayName(), me.getOrganisationId(),
                body == null ? null : body.getId(), publicIssue, clock.instant());
        em.persist(issue);
        em.flush();
        em.persist(new IssueStage(issue.getId(), IssueStep.RAISED, "Raised by " + me.getDisplayName() + ".", today(),
                me.getDisplayName(), clock.instant()));
        Set<String> handlers = new LinkedHashSet<>();
        if (body != null) {
            em.createQuery("select t from SeatTerm t, Seat s where t.seatId = s.id and s.bodyId = :b and t.currentSlot is not null"
                    + " and t.accountId is not null", SeatTerm.class).setParameter("b", body.getId()).getResultList()
                    .forEach(term -> handlers.add(em.find(Account.class, term.getAccountId()).getEmail()));
        }
        constituents.coordinators().forEach(a -> handlers.add(a.getEmail()));
        for (String to : handlers) {
            mailer.queue(new MailMessage("issue-raised-" + issue.getId(), to, "Issue raised: " + t,
                    me.getDisplayName() + " raised an issue" + (body == null ? " for the network" : " for " + body.getName())
                            + ":\n\n" + t + "\n\n" + d + "\n\n" + link(issue) + "\n", null));
        }
        audit.record("issue.raised", target(issue), body == null ? "for the network" : "for " + body.getName());
        return issue;
    }

    /** Whether the caller may move the issue on: staff, or a representative on its body (any rep if it has none). */
    @Transactional
    public boolean mayHandle(RaisedIssue issue) {
        Long me = caller.account().map(Account::getId).orElse(null);
        if (me == null) return false;
        if (caller.isStaff()) return true;
        if (!caller.has(Role.REPRESENTATIVE)) return false;
        return issue.getBodyId() == null || bodies.sitsOn(me, issue.getBodyId());
    }

    @Transactional
    public RaisedIssue advance(Long issueId, IssueStep next, String note, LocalDate happenedOn) {
        Account me = caller.require();
        RaisedIssue issue = issueId == null ? null : em.find(RaisedIssue.class, issueId);
        if (issue == null) throw InvalidInput.of("That issue no longer exists.");
        if (!mayHandle(issue)) throw new AccessDenied("Only network staff and the body's representatives can move this issue on.");
        Checks c = new Checks();
        c.require("stage", next, "Choose the stage the issue has reached.");
        if (next != null) c.check(issue.getStage().mayMoveTo(next), "stage",
                issue.getStage() == IssueStep.CLOSED ? "This issue is closed." : "Choose a stage after \"" + issue.getStage().label() + "\".");
        String n = c.text("note", note, 2000, true, "a note on what happened");
        LocalDate on = happenedOn == null ? today() : happenedOn;
        c.check(!on.isAfter(today()), "happenedOn", "The date cannot be in the future.");
        c.check(!on.isBefore(LocalDate.ofInstant(issue.getCreatedAt(), GovernanceSettings.ZONE)), "happenedOn",
                "The date cannot be before the issue was raised.");
        c.done();
        IssueStep before = issue.getStage();
        issue.moveTo(next, clock.instant());
        em.persist(new IssueStage(issue.getId(), next, n, on, me.getDisplayName(), clock.instant()));
        Account raiser = em.find(Account.class, issue.getRaisedBy());
        if (raiser != null && raiser.isActive()) {
            mailer.queue(new MailMessage("issue-" + issue.getId() + "-" + next.name(), raiser.getEmail(),
                    "Your issue: " + next.label(), "Hello " + raiser.getDisplayName() + ",\n\nYour issue \"" + issue.getTitle()
                    + "\" has moved on: " + next.label() + " (" + on + ").\n\n" + n + "\n\nFollow it: " + link(issue) + "\n", null));
        }
        audit.record("issue.stage", target(issue), before.label() + " → " + next.label());
        return issue;
    }

    @Transactional
    public Optional<RaisedIssue> visible(Long id) {
        RaisedIssue issue = id == null ? null : em.find(RaisedIssue.class, id);
        if (issue == null) return Optional.empty();
        return issue.isPublicIssue() || caller.isSignedIn() ? Optional.of(issue) : Optional.empty();
    }

    @Transactional
    public List<IssueStage> stages(Long issueId) {
        return em.createQuery("select s from IssueStage s where s.issueId = :i order by s.recordedAt, s.id", IssueStage.class)
                .setParameter("i", issueId).getResultList();
    }

    /** Issues the reader may see, newest activity first; optionally one stage only. */
    @Transactional
    public List<RaisedIssue> list(IssueStep stage) {
        String q = "select i from RaisedIssue i where 1 = 1" + (caller.isSignedIn() ? "" : " and i.publicIssue = true")
                + (stage == null ? "" : " and i.stage = :s") + " order by i.updatedAt desc";
        var query = em.createQuery(q, RaisedIssue.class);
        if (stage != null) query.setParameter("s", stage);
        return query.setMaxResults(200).getResultList();
    }

    private String link(RaisedIssue issue) {
        return settings.baseUrl() + "/representation/issue.xhtml?id=" + issue.getId();
    }

    static AuditLog.Target target(RaisedIssue i) {
        return new AuditLog.Target("issue", i.getId(), i.getTitle());
    }
}
