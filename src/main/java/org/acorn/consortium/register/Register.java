package org.acorn.consortium.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.consortium.OfficerMail;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/** The dispute log (members raise, officers handle and resolve) and the risk register (officers keep, members read). */
@ApplicationScoped
public class Register {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ConsortiumAccess access;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject OfficerMail officerMail;

    public record DisputeView(Dispute dispute, String organisation, String opportunity) {
        public Dispute getDispute() { return dispute; }
        public String getOrganisation() { return organisation; }
        public String getOpportunity() { return opportunity; }
    }

    /** Officers and staff see every dispute; a member sees its own organisation's. */
    @Transactional
    public List<DisputeView> disputes() {
        access.requireMembersArea();
        boolean all = access.isOfficer() || caller.isStaff();
        List<Dispute> list = all
                ? em.createQuery("select d from Dispute d order by d.raisedAt desc", Dispute.class).getResultList()
                : em.createQuery("select d from Dispute d where d.organisationId = :o order by d.raisedAt desc", Dispute.class)
                        .setParameter("o", caller.organisationId()).getResultList();
        return list.stream().map(d -> new DisputeView(d, em.find(Organisation.class, d.getOrganisationId()).getName(),
                d.getOpportunityId() == null ? null : em.find(Opportunity.class, d.getOpportunityId()).getTitle())).toList();
    }

    @Transactional
    public Dispute raise(Long opportunityId, String subject, String description) {
        Account me = caller.require();
        if (!access.isMember()) throw new AccessDenied("Disputes are raised by member organisations of the consortium.");
        Checks c = new Checks();
        String s = c.text("subject", subject, 200, true, "what the dispute is about");
        String d = c.text("description", description, 4000, true, "what happened and what you ask for");
        if (opportunityId != null && em.find(Opportunity.class, opportunityId) == null) c.fail("opportunity", "Choose a contract from the list.");
        c.done();
        Dispute dispute = new Dispute(me.getOrganisationId(), me.getId(), opportunityId, s, d, clock.instant());
        em.persist(dispute);
        em.flush();
        audit.record("consortium.dispute.raised", new AuditLog.Target("consortium_dispute", dispute.getId(), s), null);
        officerMail.tell("dispute-" + dispute.getId(), "Dispute raised: " + s,
                em.find(Organisation.class, me.getOrganisationId()).getName() + " has raised a dispute: " + s + "\n\n" + d
                        + "\n\nRecord how it is handled and resolved in the register:", "/consortium/register.xhtml");
        return dispute;
    }

    @Transactional
    public void handle(Long disputeId, String handling, String resolution) {
        access.requireOfficer();
        Dispute d = disputeId == null ? null : em.find(Dispute.class, disputeId);
        if (d == null) throw InvalidInput.of("That dispute no longer exists.");
        if (d.getStatus() == Dispute.Status.RESOLVED) throw InvalidInput.of("That dispute is already resolved.");
        Checks c = new Checks();
        String h = c.text("handling", handling, 4000, false, "how it is being handled");
        String r = c.text("resolution", resolution, 4000, false, "the resolution");
        c.check(h != null || r != null, "handling", "Say how it is being handled, or how it was resolved.");
        c.done();
        Long me = caller.require().getId();
        if (h != null) d.handle(h, me);
        if (r != null) d.resolve(r, me, clock.instant());
        audit.record(r != null ? "consortium.dispute.resolved" : "consortium.dispute.handled", new AuditLog.Target("consortium_dispute", d.getId(), d.getSubject()), r != null ? r : h);
    }

    @Transactional
    public List<Risk> risks() {
        access.requireMembersArea();
        // open risks first, the highest score (likelihood × impact) first among them
        return em.createQuery("select r from Risk r order by r.id", Risk.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Risk::isOpen).reversed().thenComparing(Comparator.comparingInt(Risk::getScore).reversed()))
                .toList();
    }

    /** A new risk (riskId null) or a review of one. */
    @Transactional
    public Risk saveRisk(Long riskId, String title, String description, String likelihood, String impact, String owner, String mitigation, boolean open) {
        access.requireOfficer();
        Checks c = new Checks();
        String t = c.text("riskTitle", title, 200, true, "the risk");
        String d = c.text("riskDescription", description, 2000, false, "the description");
        int l = score(c, "likelihood", likelihood, "likelihood");
        int i = score(c, "impact", impact, "impact");
        String o = c.text("owner", owner, 200, true, "who owns the risk");
        String m = c.text("mitigation", mitigation, 2000, true, "how it is mitigated");
        Risk r = riskId == null ? new Risk(clock.instant()) : em.find(Risk.class, riskId);
        if (r == null) c.fail("riskTitle", "That risk no longer exists.");
        c.done();
        r.set(t, d, l, i, o, m, open, clock.instant());
        if (riskId == null) em.persist(r);
        em.flush();
        audit.record(riskId == null ? "consortium.risk.added" : "consortium.risk.reviewed", new AuditLog.Target("consortium_risk", r.getId(), t),
                "likelihood " + l + ", impact " + i + (open ? "" : ", closed"));
        return r;
    }

    private static int score(Checks c, String field, String typed, String label) {
        if (typed == null || !typed.strip().matches("[1-5]")) {
            c.fail(field, "Give the " + label + " a score from 1 (low) to 5 (high).");
            return 1;
        }
        return Integer.parseInt(typed.strip());
    }
}
