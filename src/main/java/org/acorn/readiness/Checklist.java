package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.network.Network;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/**
 * An organisation's readiness checklist: its admins (or staff on its behalf) send each document with its review or
 * expiry date; a development officer or co-ordinator accepts it or says what needs work. Private to the organisation's
 * admins and staff: anyone else is told the organisation does not exist.
 */
@ApplicationScoped
public class Checklist {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final String FILE_KIND = "readiness";
    private static final Logger LOG = Logger.getLogger(Checklist.class.getName());
    /** A date further ahead than this is a typing mistake, not a ten-year insurance policy. */
    private static final int MAX_YEARS_AHEAD = 10;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject FileStore files;
    @Inject AuditLog audit;
    @Inject ReadinessSettings settings;
    @Inject ReadinessMail mail;
    @Inject Network network;

    public LocalDate today() { return LocalDate.now(clock.withZone(ZONE)); }

    /** One organisation's checklist as its admins and staff see it. */
    public record View(Organisation organisation, OrganisationSize size, Map<ItemKind, ReadinessItem> items,
                       Map<ItemKind, ItemState> states, ReadinessScore.Result score) {
        public Organisation getOrganisation() { return organisation; }
        public OrganisationSize getSize() { return size; }
        public ReadinessScore.Result getScore() { return score; }
    }

    /** The organisation, if the caller may see its readiness; otherwise nothing (as if it did not exist). */
    @Transactional
    public Optional<Organisation> readable(Long organisationId) {
        if (organisationId == null || !caller.mayActFor(organisationId)) return Optional.empty();
        return Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    @Transactional
    public Optional<View> view(Long organisationId) {
        return readable(organisationId).map(this::viewOf);
    }

    View viewOf(Organisation org) {
        LocalDate today = today();
        Map<ItemKind, ReadinessItem> items = new EnumMap<>(ItemKind.class);
        Map<ItemKind, ItemState> states = new EnumMap<>(ItemKind.class);
        for (ReadinessItem i : itemsOf(org.getId())) {
            items.put(i.getKind(), i);
            states.put(i.getKind(), i.stateOn(today));
        }
        return new View(org, sizeOf(org), items, states, ReadinessScore.of(states, ItemKind.all()));
    }

    public OrganisationSize sizeOf(Organisation org) {
        int threshold = network.isConfigured() ? network.getProfile().getSmallIncomeThreshold() : 100_000;
        return OrganisationSize.of(org.getIncomeBand(),
                OrganisationSize.paid(org.getStaffFullTime(), org.getStaffPartTime(), org.getStaffSessional()), threshold);
    }

    /** The organisation's checklist rows (no access check: for this feature's services). */
    public List<ReadinessItem> itemsOf(Long organisationId) {
        return em.createQuery("select i from ReadinessItem i where i.organisationId = :o", ReadinessItem.class)
                .setParameter("o", organisationId).getResultList();
    }

    /**
     * Sends (or replaces) the document for one checklist item. It waits for review; a replaced document's file is
     * removed. Refused whole (nothing stored) for an unknown kind, a missing, past or absurd date, an over-long note, or
     * a file that is empty, too large or not a document whatever its name says.
     */
    @Transactional
    public ReadinessItem submit(Long organisationId, String kindName, LocalDate expiresOn, String rawNote, String fileName,
                                InputStream content) {
        return submit(organisationId, kindName, expiresOn, rawNote, fileName, content, ANY_VERSION);
    }

    /** For {@link #submit}: replace whatever is there, without asking what the sender saw. */
    public static final long ANY_VERSION = -2;
    /** For {@link #submit}: the sender saw no document of this kind. */
    public static final long NONE_SHOWN = -1;

    /**
     * As above, but refused when the document of this kind is no longer the one the sender saw ({@code shownVersion}, or
     * {@link #NONE_SHOWN}): two people sending the first document of one kind at the same moment are serialised on the
     * organisation's row, and the later one is told the other arrived first rather than meeting the unique constraint.
     */
    @Transactional
    public ReadinessItem submit(Long organisationId, String kindName, LocalDate expiresOn, String rawNote, String fileName,
                                InputStream content, long shownVersion) {
        Account me = caller.require();
        Organisation org = readable(organisationId).orElseThrow(() -> new AccessDenied("You cannot change this organisation's checklist."));
        ItemKind kind = ItemKind.parse(kindName);
        if (kind == null) throw new ReadinessRefused("kind", "Choose what the document is from the list.");
        LocalDate today = today();
        if (expiresOn == null) throw new ReadinessRefused("expiresOn", "Give the date it must be reviewed or renewed by.");
        if (expiresOn.isBefore(today)) {
            throw new ReadinessRefused("expiresOn", "That date has passed: give the next review or renewal date (an out-of-date document needs renewing first).");
        }
        if (expiresOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new ReadinessRefused("expiresOn", "Give a review or renewal date within the next " + MAX_YEARS_AHEAD + " years.");
        }
        String note = Texts.clean(rawNote, 1000, false, "note", "the note");
        if (content == null) throw new ReadinessRefused("file", "Choose the document to send.");
        // one sender at a time per organisation, so a first document of a kind is inserted once (the locking read also
        // sees a row committed by the sender just before, whatever the database's isolation level)
        em.lock(org, LockModeType.PESSIMISTIC_WRITE);
        ReadinessItem item = em.createQuery("select i from ReadinessItem i where i.organisationId = :o and i.kind = :k", ReadinessItem.class)
                .setParameter("o", org.getId()).setParameter("k", kind).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (shownVersion != ANY_VERSION && (item == null ? shownVersion != NONE_SHOWN : item.getVersion() != shownVersion)) {
            throw new ReadinessRefused.Overtaken(item == null ? null : overtakenMessage(item));
        }
        StoredFile file = files.store(FILE_KIND, fileName, content, UploadRules.documents(settings.documentMaxBytes()));
        Long oldFile = null;
        if (item == null) {
            item = new ReadinessItem(org.getId(), kind);
            item.submit(file.getId(), expiresOn, note, me.getId(), clock.instant());
            em.persist(item);
        } else {
            oldFile = item.getFileId();
            item.submit(file.getId(), expiresOn, note, me.getId(), clock.instant());
        }
        em.flush();
        if (oldFile != null) {
            StoredFile old = em.find(StoredFile.class, oldFile);
            if (old != null) files.delete(old);
        }
        audit.record("readiness.submitted", target(org), onBehalfOf(org), kind.getLabel() + " · " + file.getFileName() + " · until " + expiresOn);
        Long itemId = item.getId();
        LOG.info(() -> "event=readiness.submitted organisation=" + organisationId + " item=" + itemId);
        return item;
    }

    private String overtakenMessage(ReadinessItem item) {
        Account by = item.getSubmittedBy() == null ? null : em.find(Account.class, item.getSubmittedBy());
        return "A " + item.getKind().getLabel().toLowerCase() + " from " + (by == null ? "someone else" : by.getDisplayName())
                + " arrived just before yours, and yours was not saved. It is shown below: to replace it with yours,"
                + " choose your file again and send it.";
    }

    /** Staff accept a document, or say what needs work (a note is then required); the organisation is emailed. */
    @Transactional
    public void review(Long itemId, String outcomeName, String rawNote, long expectedVersion) {
        Account me = caller.requireStaff();
        ReadinessItem item = itemId == null ? null : em.find(ReadinessItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) throw new ReadinessRefused(null, "That document is no longer on the checklist.");
        if (expectedVersion >= 0 && item.getVersion() != expectedVersion) {
            throw new ReadinessRefused(null, "The organisation sent a new document (or someone else reviewed it) while you were looking. Look at it again.");
        }
        ItemState outcome = "ACCEPTED".equals(outcomeName) ? ItemState.ACCEPTED : "NEEDS_WORK".equals(outcomeName) ? ItemState.NEEDS_WORK : null;
        if (outcome == null) throw new ReadinessRefused(null, "Choose to accept the document or to say it needs work.");
        String note = Texts.clean(rawNote, 1000, outcome == ItemState.NEEDS_WORK, "note", "what needs to change");
        Organisation org = em.find(Organisation.class, item.getOrganisationId());
        item.review(outcome, note, me.getId(), me.getDisplayName(), clock.instant());
        em.flush();
        audit.record("readiness.reviewed", target(org), item.getKind().getLabel() + ": " + outcome.getLabel()
                + (note == null ? "" : " · " + note));
        String subject = item.getKind().getLabel() + (outcome == ItemState.ACCEPTED ? " accepted" : " needs work");
        String body = outcome == ItemState.ACCEPTED
                ? me.getDisplayName() + " has checked " + org.getName() + "'s " + item.getKind().getLabel().toLowerCase()
                        + " and accepted it. It counts towards your readiness until " + item.getExpiresOn() + "."
                : me.getDisplayName() + " has looked at " + org.getName() + "'s " + item.getKind().getLabel().toLowerCase()
                        + " and it needs some work before it can be accepted:\n\n" + note + "\n\nSend the revised document from your checklist.";
        mail.sendToOrganisation("readiness-review-" + item.getId() + "-" + item.getVersion(), org.getId(), subject,
                body + "\n\nYour checklist: " + mail.link("/readiness/index.xhtml?org=" + org.getId()));
    }

    /** Whether the caller may download this checklist file: the organisation's admins and staff. */
    @Transactional
    public boolean mayReadFile(Long fileId) {
        List<Long> orgs = em.createQuery("select i.organisationId from ReadinessItem i where i.fileId = :f", Long.class)
                .setParameter("f", fileId).getResultList();
        return !orgs.isEmpty() && caller.mayActFor(orgs.get(0));
    }

    @Transactional
    public Optional<StoredFile> file(ReadinessItem item) {
        return Optional.ofNullable(em.find(StoredFile.class, item.getFileId()));
    }

    /** One organisation's line on the staff overview. */
    public record Row(Organisation organisation, OrganisationSize size, int score, long waiting, long expiringSoon, long expired) {
        public Organisation getOrganisation() { return organisation; }
        public OrganisationSize getSize() { return size; }
        public int getScore() { return score; }
        public long getWaiting() { return waiting; }
        public long getExpiringSoon() { return expiringSoon; }
        public long getExpired() { return expired; }
    }

    /** A document on the staff overview's lists (waiting for review, expiring soon). */
    public record Line(ReadinessItem item, Organisation organisation) {
        public ReadinessItem getItem() { return item; }
        public Organisation getOrganisation() { return organisation; }
    }

    /** The staff overview: every member organisation by score (lowest first), what waits for review, what expires soon. */
    public record Overview(List<Row> rows, List<Line> waiting, List<Line> expiring) {
        public List<Row> getRows() { return rows; }
        public List<Line> getWaiting() { return waiting; }
        public List<Line> getExpiring() { return expiring; }
    }

    @Transactional
    public Overview overview() {
        caller.requireStaff();
        LocalDate today = today();
        int soon = settings.warningDays();
        Map<Long, List<ReadinessItem>> byOrg = new HashMap<>();
        for (ReadinessItem i : em.createQuery("select i from ReadinessItem i", ReadinessItem.class).getResultList()) {
            byOrg.computeIfAbsent(i.getOrganisationId(), k -> new ArrayList<>()).add(i);
        }
        List<Row> rows = new ArrayList<>();
        List<Line> waiting = new ArrayList<>();
        List<Line> expiring = new ArrayList<>();
        for (Organisation org : em.createQuery("select o from Organisation o where o.membershipStatus = :m order by o.nameKey",
                Organisation.class).setParameter("m", MembershipStatus.MEMBER).getResultList()) {
            List<ReadinessItem> items = byOrg.getOrDefault(org.getId(), List.of());
            Map<ItemKind, ItemState> states = new EnumMap<>(ItemKind.class);
            long w = 0, s = 0, x = 0;
            for (ReadinessItem i : items) {
                ItemState st = i.stateOn(today);
                states.put(i.getKind(), st);
                if (st == ItemState.SUBMITTED) {
                    w++;
                    waiting.add(new Line(i, org));
                }
                if (st == ItemState.EXPIRED) x++;
                if (ExpiryRule.expiringSoon(i.getExpiresOn(), today, soon)) {
                    s++;
                    expiring.add(new Line(i, org));
                }
            }
            rows.add(new Row(org, sizeOf(org), ReadinessScore.of(states, ItemKind.all()).percent(), w, s, x));
        }
        rows.sort(java.util.Comparator.comparingInt(Row::score).thenComparing(r -> r.organisation().getNameKey()));
        waiting.sort(java.util.Comparator.comparing(l -> l.item().getSubmittedAt()));
        expiring.sort(java.util.Comparator.comparing(l -> l.item().getExpiresOn()));
        return new Overview(rows, waiting, expiring);
    }

    private String onBehalfOf(Organisation org) {
        return caller.adminsOrganisation(org.getId()) ? null : org.getName();
    }

    static AuditLog.Target target(Organisation org) {
        return new AuditLog.Target("organisation", org.getId(), org.getName());
    }
}
