package org.acorn.consortium;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/** The consortium itself: its details, officers, members and the agreement they accept. */
@ApplicationScoped
public class Consortia {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ConsortiumAccess access;
    @Inject AuditLog audit;
    @Inject Clock clock;

    /** What a page shows about an officer. */
    public record OfficerView(Long id, String name, String email, String title) {
        public Long getId() { return id; }
        public String getName() { return name; }
        public String getEmail() { return email; }
        public String getTitle() { return title; }
    }

    /** An organisation's standing with the current agreement. */
    public record MemberView(Long organisationId, String name, boolean acceptedCurrent, String acceptedBy, java.time.Instant acceptedAt) {
        public Long getOrganisationId() { return organisationId; }
        public String getName() { return name; }
        public boolean isAcceptedCurrent() { return acceptedCurrent; }
        public String getAcceptedBy() { return acceptedBy; }
    }

    @Transactional
    public Optional<Consortium> consortium() { return access.consortium(); }

    /** Sets the consortium up (once) or changes its details: co-ordinator or site administrator, or an officer. */
    @Transactional
    public Consortium save(String name, String legalForm, String companyNumber, String purpose, String board,
                           boolean automaticMembership, boolean commissionersMayPost) {
        caller.require();
        Optional<Consortium> existing = access.consortium();
        if (existing.isEmpty() ? !caller.isCoordinatorOrAdmin() : !access.isOfficer()) {
            throw new AccessDenied("Only consortium officers can change the consortium's details.");
        }
        Checks c = new Checks();
        String n = c.text("name", name, 200, true, "the consortium's name");
        String form = c.text("legalForm", legalForm, 80, true, "its legal form (for example Community Interest Company)");
        String number = c.text("companyNumber", companyNumber, 20, false, "the company number");
        if (number != null && !number.toUpperCase(java.util.Locale.ROOT).matches("(\\d{8}|[A-Z]{2}\\d{6})")) {
            c.fail("companyNumber", "Enter the Companies House number: 8 digits, or 2 letters and 6 digits (like SC123456).");
        }
        String p = c.text("purpose", purpose, 4000, false, "the purpose");
        String b = c.text("board", board, 4000, false, "the board");
        c.done();
        // the access bean read it in a transaction of its own: change the copy this transaction manages
        Consortium cons = existing.map(x -> em.find(Consortium.class, x.getId(), jakarta.persistence.LockModeType.OPTIMISTIC))
                .orElseGet(() -> new Consortium(n, form, automaticMembership, clock.instant()));
        Map<String, Object> before = existing.isPresent() ? cons.auditView() : Map.of();
        cons.setName(n);
        cons.setLegalForm(form);
        cons.setCompanyNumber(number == null ? null : number.toUpperCase(java.util.Locale.ROOT));
        cons.setPurpose(p);
        cons.setBoard(b);
        cons.setAutomaticMembership(automaticMembership);
        cons.setCommissionersMayPost(commissionersMayPost);
        if (existing.isEmpty()) em.persist(cons);
        em.flush();
        audit.record(existing.isEmpty() ? "consortium.created" : "consortium.changed", new AuditLog.Target("consortium", cons.getId(), n),
                AuditLog.changes(before, cons.auditView()));
        return cons;
    }

    // ---------------------------------------------------------------- officers

    @Transactional
    public List<OfficerView> officers() {
        return em.createQuery("select o from Officer o where o.endedAt is null order by o.appointedAt", Officer.class).getResultList()
                .stream().map(o -> {
                    Account a = em.find(Account.class, o.getAccountId());
                    return new OfficerView(o.getId(), a.getDisplayName(), a.getEmail(), o.getTitle());
                }).toList();
    }

    /** Appoints the account with that email as an officer: co-ordinator or site administrator only. */
    @Transactional
    public void appoint(String email, String title) {
        caller.require();
        if (!caller.isCoordinatorOrAdmin()) throw new AccessDenied("Only the co-ordinator or a site administrator appoints consortium officers.");
        access.requireConsortium();
        Checks c = new Checks();
        String e = c.email("officerEmail", email, true, "the officer's account email");
        String t = c.text("officerTitle", title, 120, true, "the officer's title (for example Contracts officer)");
        c.done();
        Account a = em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", e)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInput("officerEmail", "No account has that email address."));
        boolean already = !em.createQuery("select o.id from Officer o where o.accountId = :a and o.endedAt is null", Long.class)
                .setParameter("a", a.getId()).getResultList().isEmpty();
        if (already) throw new InvalidInput("officerEmail", a.getDisplayName() + " is already a consortium officer.");
        Officer o = new Officer(a.getId(), t, clock.instant(), caller.require().getId());
        em.persist(o);
        em.flush();
        audit.record("consortium.officer.appointed", new AuditLog.Target("account", a.getId(), a.getDisplayName()), t);
    }

    @Transactional
    public void endAppointment(Long officerId) {
        caller.require();
        if (!caller.isCoordinatorOrAdmin()) throw new AccessDenied("Only the co-ordinator or a site administrator ends appointments.");
        Officer o = officerId == null ? null : em.find(Officer.class, officerId);
        if (o == null || !o.isCurrent()) throw InvalidInput.of("That appointment has already ended.");
        o.end(clock.instant());
        audit.record("consortium.officer.ended", new AuditLog.Target("account", o.getAccountId(), o.getTitle()), null);
    }

    // ---------------------------------------------------------------- members

    /** Member organisations of the consortium, by name, with where each stands with the current agreement. */
    @Transactional
    public List<MemberView> members() {
        Consortium cons = access.requireConsortium();
        List<Organisation> orgs = cons.isAutomaticMembership()
                ? em.createQuery("select o from Organisation o where o.membershipStatus = :m order by o.nameKey", Organisation.class)
                        .setParameter("m", MembershipStatus.MEMBER).getResultList()
                : em.createQuery("select o from Organisation o, ConsortiumMember m where m.organisationId = o.id and o.membershipStatus = :m order by o.nameKey",
                        Organisation.class).setParameter("m", MembershipStatus.MEMBER).getResultList();
        Optional<Agreement> current = currentAgreement();
        Map<Long, Acceptance> accepted = new HashMap<>();
        current.ifPresent(a -> em.createQuery("select x from Acceptance x where x.agreementId = :a", Acceptance.class)
                .setParameter("a", a.getId()).getResultList().forEach(x -> accepted.put(x.getOrganisationId(), x)));
        return orgs.stream().map(o -> {
            Acceptance x = accepted.get(o.getId());
            String by = x == null ? null : Optional.ofNullable(em.find(Account.class, x.getAccountId())).map(Account::getDisplayName).orElse("");
            return new MemberView(o.getId(), o.getName(), x != null, by, x == null ? null : x.getAcceptedAt());
        }).toList();
    }

    @Transactional
    public long memberCount() {
        Consortium cons = access.consortium().orElse(null);
        if (cons == null) return 0;
        return cons.isAutomaticMembership()
                ? em.createQuery("select count(o) from Organisation o where o.membershipStatus = :m", Long.class)
                        .setParameter("m", MembershipStatus.MEMBER).getSingleResult()
                : em.createQuery("select count(m) from ConsortiumMember m, Organisation o where m.organisationId = o.id and o.membershipStatus = :m", Long.class)
                        .setParameter("m", MembershipStatus.MEMBER).getSingleResult();
    }

    /** The caller's organisation opts in (where membership is not automatic): its organisation admin, or staff for it. */
    @Transactional
    public void optIn(Long organisationId) {
        Account me = caller.requireMayActFor(organisationId);
        Consortium cons = access.requireConsortium();
        if (cons.isAutomaticMembership()) throw InvalidInput.of("Every member of the network is already a member of the consortium.");
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null || org.getMembershipStatus() != MembershipStatus.MEMBER) {
            throw InvalidInput.of("Only member organisations of the network can join the consortium.");
        }
        if (access.isMemberOrganisation(organisationId)) throw InvalidInput.of(org.getName() + " is already a member of the consortium.");
        em.persist(new Member(organisationId, clock.instant(), me.getId()));
        em.flush();
        audit.record("consortium.member.joined", new AuditLog.Target("organisation", organisationId, org.getName()), null);
    }

    // ---------------------------------------------------------------- the agreement

    @Transactional
    public Optional<Agreement> currentAgreement() {
        return em.createQuery("select a from Agreement a order by a.versionNo desc", Agreement.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public List<Agreement> agreementVersions() {
        return em.createQuery("select a from Agreement a order by a.versionNo desc", Agreement.class).getResultList();
    }

    /** A new version of the agreement; members are asked to accept it again. Officers only. */
    @Transactional
    public Agreement publishAgreement(String body, String changeNote) {
        access.requireOfficer();
        access.requireConsortium();
        Checks c = new Checks();
        String b = c.text("agreementBody", body, 20000, true, "the agreement's text");
        String n = c.text("changeNote", changeNote, 500, false, "what changed");
        c.done();
        int next = currentAgreement().map(a -> a.getVersionNo() + 1).orElse(1);
        Agreement a = new Agreement(next, b, n, clock.instant(), caller.require().getId());
        em.persist(a);
        em.flush();
        audit.record("consortium.agreement.published", new AuditLog.Target("consortium_agreement", a.getId(), "version " + next), n);
        return a;
    }

    /**
     * The caller accepts the given version for their organisation (its organisation admin). The version is the one the
     * page showed: if a newer one was published meanwhile, nothing is recorded and they are asked to read it first.
     */
    @Transactional
    public void accept(Long agreementId) {
        Account me = caller.require();
        Long org = me.getOrganisationId();
        if (org == null || !caller.adminsOrganisation(org) || !access.isMemberOrganisation(org)) {
            throw new AccessDenied("The agreement is accepted by a member organisation's admin.");
        }
        Agreement current = currentAgreement().orElseThrow(() -> InvalidInput.of("There is no agreement to accept yet."));
        if (!current.getId().equals(agreementId)) {
            throw InvalidInput.of("A newer version of the agreement (version " + current.getVersionNo() + ") has been published: please read it before accepting.");
        }
        boolean already = !em.createQuery("select x.id from Acceptance x where x.agreementId = :a and x.organisationId = :o", Long.class)
                .setParameter("a", agreementId).setParameter("o", org).getResultList().isEmpty();
        if (already) throw InvalidInput.of("Your organisation has already accepted version " + current.getVersionNo() + ".");
        em.persist(new Acceptance(agreementId, org, me.getId(), clock.instant()));
        em.flush();
        audit.record("consortium.agreement.accepted", new AuditLog.Target("organisation", org, "version " + current.getVersionNo()), null);
    }

    /** The version the caller's organisation last accepted, if any. */
    @Transactional
    public Optional<Integer> acceptedVersion(Long organisationId) {
        if (organisationId == null) return Optional.empty();
        return em.createQuery("select max(a.versionNo) from Acceptance x, Agreement a where x.agreementId = a.id and x.organisationId = :o", Integer.class)
                .setParameter("o", organisationId).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }
}
