package org.acorn.consortium.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.consortium.opportunity.Lot;
import org.acorn.consortium.opportunity.Opportunities;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.consortium.opportunity.Stage;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/**
 * The decision to bid and the bid team's workspace. Everything here is for the team only — the partner
 * organisations' people and the consortium's officers — and every method checks that before it reads or writes.
 */
@ApplicationScoped
public class Bids {

    public static final String FILE_KIND = "consortium-bid";
    static final long DOCUMENT_MAX_BYTES = 10L * 1024 * 1024;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM 'at' HH:mm", Locale.UK).withZone(Opportunity.LONDON);
    public static final List<String> CHECKLIST_LABELS = List.of("Method statement agreed by every partner", "Pricing schedule completed and checked",
            "Policies, insurance and accounts attached", "Declarations signed by the consortium", "Submitted through the commissioner's portal");

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ConsortiumAccess access;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject FileStore files;
    @Inject Opportunities opportunities;
    @Inject BidMail mail;
    @Inject org.acorn.search.IndexEvents indexEvents;

    /** A partner with its organisation's name. */
    public record PartnerView(Partner partner, String organisation) {
        public Partner getPartner() { return partner; }
        public String getOrganisation() { return organisation; }
    }

    /** A person who may own a task: the partners' people and the officers. */
    public record Person(Long id, String name) implements java.io.Serializable {
        public Long getId() { return id; }
        public String getName() { return name; }
    }

    /** A document with its versions (newest first) and their files, and who holds it. */
    public record DocumentView(BidDocument document, List<VersionView> versions, String lockedByName) {
        public BidDocument getDocument() { return document; }
        public List<VersionView> getVersions() { return versions; }
        public String getLockedByName() { return lockedByName; }
    }

    public record VersionView(DocumentVersion version, StoredFile file, String by) {
        public DocumentVersion getVersion() { return version; }
        public StoredFile getFile() { return file; }
        public String getBy() { return by; }
    }

    // ---------------------------------------------------------------- the decision

    @Transactional
    public Optional<Bid> ofOpportunity(Long opportunityId) {
        return em.createQuery("select b from Bid b where b.opportunityId = :o", Bid.class).setParameter("o", opportunityId).getResultStream().findFirst();
    }

    /** Organisations that expressed interest in the opportunity: whom the officers choose partners from. */
    @Transactional
    public List<Opportunities.Choice> candidates(Long opportunityId) {
        List<Opportunities.Choice> out = new ArrayList<>();
        for (Long id : opportunities.interestedOrganisations(opportunityId)) {
            Organisation o = em.find(Organisation.class, id);
            out.add(new Opportunities.Choice(id, o.getName()));
        }
        out.sort(java.util.Comparator.comparing(Opportunities.Choice::label));
        return out;
    }

    /** Officers decide to bid, naming the lead partner and the partners (from the members that expressed interest). */
    @Transactional
    public Bid decideToBid(Long opportunityId, Long leadOrgId, List<Long> partnerIds) {
        access.requireOfficer();
        Account me = caller.require();
        Opportunity o = opportunities.load(opportunityId).map(x -> em.find(Opportunity.class, x.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> InvalidInput.of("That opportunity no longer exists."));
        if (o.getStage() != Stage.OPEN) throw InvalidInput.of("The consortium has already decided about “" + o.getTitle() + "”.");
        Set<Long> interested = new LinkedHashSet<>(opportunities.interestedOrganisations(o.getId()));
        Checks c = new Checks();
        c.require("lead", leadOrgId, "Choose the lead partner.");
        Set<Long> team = new LinkedHashSet<>();
        if (leadOrgId != null) team.add(leadOrgId);
        if (partnerIds != null) team.addAll(partnerIds);
        for (Long id : team) {
            if (!interested.contains(id) || !access.isMemberOrganisation(id)) {
                c.fail("partners", "Partners are chosen from the members that expressed interest.");
                break;
            }
        }
        c.done();
        Bid bid = new Bid(o.getId(), leadOrgId, me.getId(), clock.instant());
        em.persist(bid);
        em.flush();
        Map<Long, String> lotsByOrg = lotsByOrganisation(o.getId());
        for (Long id : team) {
            String lots = lotsByOrg.getOrDefault(id, "");
            em.persist(new Partner(bid.getId(), id, (id.equals(leadOrgId) ? "Lead partner" : "Delivery partner") + (lots.isEmpty() ? "" : ": " + lots)));
            em.flush();
        }
        for (int i = 0; i < CHECKLIST_LABELS.size(); i++) {
            em.persist(new Check(bid.getId(), CHECKLIST_LABELS.get(i), i + 1));
            em.flush();
        }
        o.setStage(Stage.BIDDING);
        indexEvents.changed(org.acorn.consortium.opportunity.OpportunitySource.KIND, String.valueOf(o.getId()));
        audit.record("consortium.bid.decided", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()),
                "lead " + em.find(Organisation.class, leadOrgId).getName() + "; " + team.size() + " partners");
        mail.teamFormed(bid, o, teamAddresses(bid));
        return bid;
    }

    @Transactional
    public void notPursued(Long opportunityId, String reason) {
        access.requireOfficer();
        Opportunity o = opportunities.load(opportunityId).orElseThrow(() -> InvalidInput.of("That opportunity no longer exists."));
        if (o.getStage() != Stage.OPEN) throw InvalidInput.of("The consortium has already decided about “" + o.getTitle() + "”.");
        Checks c = new Checks();
        String r = c.text("reason", reason, 1000, true, "why the consortium will not bid");
        c.done();
        em.find(Opportunity.class, o.getId()).setStage(Stage.NOT_PURSUED);
        indexEvents.changed(org.acorn.consortium.opportunity.OpportunitySource.KIND, String.valueOf(o.getId()));
        audit.record("consortium.bid.not-pursued", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()), r);
    }

    private Map<Long, String> lotsByOrganisation(Long opportunityId) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select i.organisationId, l.lotNo from Interest i, Lot l"
                + " where i.lotId = l.id and l.opportunityId = :o order by l.lotNo", Object[].class).setParameter("o", opportunityId).getResultList()) {
            out.merge((Long) row[0], "lot " + row[1], (a, b) -> a + ", " + b);
        }
        return out;
    }

    // ---------------------------------------------------------------- who is in the team

    /** The caller is in the bid team: an officer, or someone from a partner organisation. */
    @Transactional
    public boolean inTeam(Bid bid) {
        if (!caller.isSignedIn()) return false;
        if (access.isOfficer()) return true;
        Long org = caller.organisationId();
        return org != null && partnerOrganisations(bid.getId()).contains(org);
    }

    /**
     * The workspace for a member of its team; for anyone else (signed in) the same answer as an unknown id, so a bid's
     * existence is not given away by trying numbers.
     */
    @Transactional
    public Optional<Bid> workspace(Long bidId) {
        caller.require();
        Bid b = bidId == null ? null : em.find(Bid.class, bidId);
        if (b == null || !inTeam(b)) return Optional.empty();
        return Optional.of(b);
    }

    private Bid requireTeam(Long bidId) {
        caller.require();
        Bid b = bidId == null ? null : em.find(Bid.class, bidId);
        if (b == null || !inTeam(b)) throw new AccessDenied("Only the bid team can do that.");
        return b;
    }

    @Transactional
    public Set<Long> partnerOrganisations(Long bidId) {
        return new LinkedHashSet<>(em.createQuery("select p.organisationId from Partner p where p.bidId = :b order by p.id", Long.class)
                .setParameter("b", bidId).getResultList());
    }

    @Transactional
    public List<PartnerView> partners(Long bidId) {
        requireTeam(bidId);
        return em.createQuery("select p from Partner p where p.bidId = :b order by p.id", Partner.class).setParameter("b", bidId).getResultList()
                .stream().map(p -> new PartnerView(p, em.find(Organisation.class, p.getOrganisationId()).getName())).toList();
    }

    /** Everyone who may own a task or receive the team's emails: partners' active accounts and the officers. */
    @Transactional
    public List<Person> people(Long bidId) {
        Set<Long> orgs = partnerOrganisations(bidId);
        List<Account> accounts = new ArrayList<>(em.createQuery("select a from Account a where a.organisationId in :o order by a.displayName", Account.class)
                .setParameter("o", orgs).getResultList());
        accounts.addAll(em.createQuery("select a from Account a, Officer o where o.accountId = a.id and o.endedAt is null", Account.class)
                .getResultList());
        Map<Long, Person> out = new LinkedHashMap<>();
        accounts.stream().filter(Account::isActive).forEach(a -> out.putIfAbsent(a.getId(), new Person(a.getId(), a.getDisplayName())));
        return new ArrayList<>(out.values());
    }

    Set<String> teamAddresses(Bid bid) {
        Set<String> out = new LinkedHashSet<>();
        for (Person p : people(bid.getId())) out.add(em.find(Account.class, p.id()).getEmail());
        return out;
    }

    @Transactional
    public void setRole(Long bidId, Long partnerId, String role) {
        access.requireOfficer();
        Partner p = partnerId == null ? null : em.find(Partner.class, partnerId);
        if (p == null || !p.getBidId().equals(bidId)) throw InvalidInput.of("That partner is not in this bid.");
        Checks c = new Checks();
        String r = c.text("role", role, 200, true, "the partner's role");
        c.done();
        p.setRole(r);
    }

    // ---------------------------------------------------------------- tasks

    @Transactional
    public List<BidTask> tasks(Long bidId) {
        requireTeam(bidId);
        return em.createQuery("select t from BidTask t where t.bidId = :b order by t.dueOn, t.id", BidTask.class).setParameter("b", bidId).getResultList();
    }

    @Transactional
    public BidTask addTask(Long bidId, String title, Long ownerId, String dueOn) {
        Bid b = requireTeam(bidId);
        Checks c = new Checks();
        String t = c.text("taskTitle", title, 300, true, "what needs doing");
        c.check(ownerId != null && people(b.getId()).stream().anyMatch(p -> p.id().equals(ownerId)), "taskOwner", "Choose someone in the bid team.");
        LocalDate due = null;
        try {
            due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        c.check(due != null, "taskDue", "Enter the date it is due, like 2026-05-14.");
        c.done();
        BidTask task = new BidTask(b.getId(), t, ownerId, due);
        em.persist(task);
        em.flush();
        return task;
    }

    @Transactional
    public void taskDone(Long bidId, Long taskId) {
        Bid b = requireTeam(bidId);
        BidTask t = taskId == null ? null : em.find(BidTask.class, taskId);
        if (t == null || !t.getBidId().equals(b.getId())) throw InvalidInput.of("That task is not in this bid.");
        if (!t.isDone()) t.done(clock.instant());
    }

    // ---------------------------------------------------------------- documents with versions and check-out

    @Transactional
    public List<DocumentView> documents(Long bidId) {
        requireTeam(bidId);
        List<DocumentView> out = new ArrayList<>();
        for (BidDocument d : em.createQuery("select d from BidDocument d where d.bidId = :b order by d.id", BidDocument.class)
                .setParameter("b", bidId).getResultList()) {
            List<VersionView> versions = em.createQuery("select v from DocumentVersion v where v.documentId = :d order by v.versionNo desc", DocumentVersion.class)
                    .setParameter("d", d.getId()).getResultList().stream()
                    .map(v -> new VersionView(v, em.find(StoredFile.class, v.getFileId()), name(v.getUploadedBy()))).toList();
            out.add(new DocumentView(d, versions, d.isLocked() ? name(d.getLockedBy()) : null));
        }
        return out;
    }

    /** A new document in the bid with its first version. */
    @Transactional
    public BidDocument addDocument(Long bidId, String title, String fileName, InputStream content, String note) {
        Bid b = requireTeam(bidId);
        Checks c = new Checks();
        String t = c.text("docTitle", title, 200, true, "the document's title");
        String n = c.text("docNote", note, 500, false, "the note");
        c.done();
        BidDocument d = new BidDocument(b.getId(), t);
        em.persist(d);
        em.flush();
        saveVersion(d, fileName, content, n);
        return d;
    }

    /** Takes the document to work on; refused while someone else holds it (and says who, since when). */
    @Transactional
    public void checkOut(Long documentId) {
        Account me = caller.require();
        BidDocument d = lockedRow(documentId);
        if (d.isLocked()) {
            if (d.getLockedBy().equals(me.getId())) throw InvalidInput.of("You already have “" + d.getTitle() + "” checked out.");
            throw InvalidInput.of(name(d.getLockedBy()) + " has had “" + d.getTitle() + "” checked out since " + AT.format(d.getLockedAt())
                    + ". Wait until they check it in, or ask them.");
        }
        d.lock(me.getId(), clock.instant());
    }

    /** Lets the document go without a new version: its holder, or an officer freeing a forgotten check-out. */
    @Transactional
    public void release(Long documentId) {
        Account me = caller.require();
        BidDocument d = lockedRow(documentId);
        if (!d.isLocked()) return;
        if (!d.getLockedBy().equals(me.getId()) && !access.isOfficer()) throw new AccessDenied("Only the person who checked it out (or an officer) can release it.");
        if (!d.getLockedBy().equals(me.getId())) {
            audit.record("consortium.bid.document.released", new AuditLog.Target("consortium_bid_document", d.getId(), d.getTitle()), "held by " + name(d.getLockedBy()));
        }
        d.unlock();
    }

    /**
     * Saves a new version. {@code basedOn} is the version the person started from: if another version was saved since,
     * nothing is saved and they are told whose it is, so their work is not laid over someone else's. The row is locked
     * for the check, so two people saving at the same moment are taken one after the other and the second is refused.
     */
    @Transactional
    public DocumentVersion checkIn(Long documentId, int basedOn, String fileName, InputStream content, String note) {
        Account me = caller.require();
        BidDocument d = lockedRow(documentId);
        if (d.isLocked() && !d.getLockedBy().equals(me.getId())) {
            throw InvalidInput.of(name(d.getLockedBy()) + " has “" + d.getTitle() + "” checked out since " + AT.format(d.getLockedAt())
                    + ": nothing was saved. Keep your copy and add your changes once they check it in.");
        }
        if (basedOn != d.getCurrentVersion()) {
            DocumentVersion latest = em.createQuery("select v from DocumentVersion v where v.documentId = :d and v.versionNo = :n", DocumentVersion.class)
                    .setParameter("d", d.getId()).setParameter("n", d.getCurrentVersion()).getSingleResult();
            throw InvalidInput.of("Version " + d.getCurrentVersion() + " of “" + d.getTitle() + "” was saved by " + name(latest.getUploadedBy()) + " on "
                    + AT.format(latest.getUploadedAt()) + " after you opened version " + basedOn
                    + ": nothing was saved. Download version " + d.getCurrentVersion() + ", add your changes to it and save again.");
        }
        Checks c = new Checks();
        String n = c.text("note", note, 500, false, "the note");
        c.done();
        DocumentVersion v = saveVersion(d, fileName, content, n);
        d.unlock();
        return v;
    }

    private DocumentVersion saveVersion(BidDocument d, String fileName, InputStream content, String note) {
        StoredFile f = files.store(FILE_KIND, fileName, content, UploadRules.documents(DOCUMENT_MAX_BYTES));
        int next = d.getCurrentVersion() + 1;
        DocumentVersion v = new DocumentVersion(d.getId(), next, f.getId(), note, caller.require().getId(), clock.instant());
        em.persist(v);
        d.advance(next);
        em.flush();
        audit.record("consortium.bid.document.version", new AuditLog.Target("consortium_bid_document", d.getId(), d.getTitle()), "version " + next);
        return v;
    }

    private BidDocument lockedRow(Long documentId) {
        BidDocument d = documentId == null ? null : em.find(BidDocument.class, documentId);
        if (d == null) throw InvalidInput.of("That document no longer exists.");
        requireTeam(d.getBidId());
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        return d;
    }

    /** Whether the caller may download this file: a version of a document of a bid whose team they are in. */
    @Transactional
    public boolean mayRead(StoredFile file) {
        List<Long> bids = em.createQuery("select d.bidId from DocumentVersion v, BidDocument d where v.documentId = d.id and v.fileId = :f", Long.class)
                .setParameter("f", file.getId()).getResultList();
        return !bids.isEmpty() && inTeam(em.find(Bid.class, bids.get(0)));
    }

    // ---------------------------------------------------------------- discussion and checklist

    public record PostView(BidPost post, String author) {
        public BidPost getPost() { return post; }
        public String getAuthor() { return author; }
    }

    @Transactional
    public List<PostView> posts(Long bidId) {
        requireTeam(bidId);
        return em.createQuery("select p from BidPost p where p.bidId = :b order by p.postedAt, p.id", BidPost.class).setParameter("b", bidId)
                .getResultList().stream().map(p -> new PostView(p, name(p.getAuthorId()))).toList();
    }

    @Transactional
    public void post(Long bidId, String body) {
        Bid b = requireTeam(bidId);
        Checks c = new Checks();
        String text = c.text("message", body, 4000, true, "your message");
        c.done();
        em.persist(new BidPost(b.getId(), caller.require().getId(), text, clock.instant()));
    }

    @Transactional
    public List<Check> checklist(Long bidId) {
        requireTeam(bidId);
        return em.createQuery("select c from Check c where c.bidId = :b order by c.sortOrder", Check.class).setParameter("b", bidId).getResultList();
    }

    @Transactional
    public void tick(Long bidId, Long checkId, boolean done) {
        Bid b = requireTeam(bidId);
        Check c = checkId == null ? null : em.find(Check.class, checkId);
        if (c == null || !c.getBidId().equals(b.getId())) throw InvalidInput.of("That item is not on this bid's checklist.");
        if (done) c.tick(caller.require().getId(), clock.instant());
        else c.untick();
    }

    // ---------------------------------------------------------------- evidence from members' profiles

    public record EvidenceView(Evidence evidence, String organisation) {
        public Evidence getEvidence() { return evidence; }
        public String getOrganisation() { return organisation; }
    }

    @Transactional
    public List<EvidenceView> evidence(Long bidId) {
        requireTeam(bidId);
        return em.createQuery("select e from Evidence e where e.bidId = :b order by e.id", Evidence.class).setParameter("b", bidId).getResultList()
                .stream().map(e -> new EvidenceView(e, em.find(Organisation.class, e.getOrganisationId()).getName())).toList();
    }

    /** Pulls a partner's profile into the bid as it stands now: services, people, accreditation and current training. */
    @Transactional
    public Evidence pullEvidence(Long bidId, Long organisationId) {
        Bid b = requireTeam(bidId);
        if (organisationId == null || !partnerOrganisations(b.getId()).contains(organisationId)) {
            throw new InvalidInput("evidenceOrg", "Choose one of the bid's partners.");
        }
        Organisation org = em.find(Organisation.class, organisationId);
        Evidence e = new Evidence(b.getId(), organisationId, ProfileEvidence.summary(org, serviceNames(organisationId),
                accreditedVolunteers(organisationId), currentCertificates(organisationId)), caller.require().getId(), clock.instant());
        em.persist(e);
        return e;
    }

    private List<String> serviceNames(Long org) {
        return em.createQuery("select s.name from Service s where s.organisationId = :o and s.status <> :closed order by s.name", String.class)
                .setParameter("o", org).setParameter("closed", ServiceStatus.CLOSED).getResultList();
    }

    private long accreditedVolunteers(Long org) {
        return em.createQuery("select count(e) from Enrolment e where e.organisationId = :o and e.awardedAt is not null"
                + " and (e.validUntil is null or e.validUntil >= :today)", Long.class)
                .setParameter("o", org).setParameter("today", LocalDate.ofInstant(clock.instant(), Opportunity.LONDON)).getSingleResult();
    }

    private long currentCertificates(Long org) {
        return em.createQuery("select count(c) from Certificate c, Booking b where c.bookingId = b.id and b.organisationId = :o"
                + " and c.revokedAt is null and (c.validUntil is null or c.validUntil >= :today)", Long.class)
                .setParameter("o", org).setParameter("today", LocalDate.ofInstant(clock.instant(), Opportunity.LONDON)).getSingleResult();
    }

    // ---------------------------------------------------------------- submission and outcome

    /** The bid went in: officers, once every checklist item is ticked. */
    @Transactional
    public void submitted(Long bidId) {
        access.requireOfficer();
        Bid b = requireTeam(bidId);
        Opportunity o = em.find(Opportunity.class, b.getOpportunityId(), LockModeType.PESSIMISTIC_WRITE);
        if (o.getStage() != Stage.BIDDING) throw InvalidInput.of("This bid is already " + o.getStage().getLabel().toLowerCase(Locale.UK) + ".");
        long open = checklist(bidId).stream().filter(c -> !c.isDone()).count();
        if (open > 0) throw InvalidInput.of(open + " item" + (open == 1 ? " is" : "s are") + " still open on the submission checklist.");
        b.submitted(clock.instant());
        o.setStage(Stage.SUBMITTED);
        indexEvents.changed(org.acorn.consortium.opportunity.OpportunitySource.KIND, String.valueOf(o.getId()));
        audit.record("consortium.bid.submitted", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()), null);
    }

    /** Won or lost, with the commissioner's feedback (required when lost, so the next bid can learn from it). */
    @Transactional
    public void outcome(Long bidId, boolean won, String feedback) {
        access.requireOfficer();
        Bid b = requireTeam(bidId);
        Opportunity o = em.find(Opportunity.class, b.getOpportunityId(), LockModeType.PESSIMISTIC_WRITE);
        if (o.getStage() != Stage.SUBMITTED) throw InvalidInput.of("Record the outcome once the bid has been submitted.");
        Checks c = new Checks();
        String f = c.text("feedback", feedback, 4000, !won, "the commissioner's feedback");
        c.done();
        b.outcome(f, clock.instant());
        o.setStage(won ? Stage.WON : Stage.LOST);
        indexEvents.changed(org.acorn.consortium.opportunity.OpportunitySource.KIND, String.valueOf(o.getId()));
        audit.record(won ? "consortium.bid.won" : "consortium.bid.lost", new AuditLog.Target("consortium_opportunity", o.getId(), o.getTitle()), f);
        mail.outcome(b, o, won, teamAddresses(b));
    }

    String name(Long accountId) {
        Account a = accountId == null ? null : em.find(Account.class, accountId);
        return a == null ? "someone" : a.getDisplayName();
    }
}
