package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.bulletins.audience.AudienceRules;
import org.acorn.bulletins.audience.AudienceSpec;
import org.acorn.bulletins.audience.Audiences;
import org.acorn.bulletins.audience.MailingUnsubscribe;
import org.acorn.bulletins.audience.Recipient;
import org.acorn.bulletins.audience.Topic;
import org.acorn.network.Network;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.text.Markdown;
import org.acorn.updates.Updates;

/**
 * Composing and sending bulletins. Co-ordinators (and site administrators) only. Sending freezes the words and
 * queues the bulletin; {@link BulletinAddressing} then writes one recipient row per address (unique per bulletin)
 * and one outbox row per recipient in batches, in the background and resumably, and the outbox delivers each once.
 */
@ApplicationScoped
public class Bulletins {

    public static final String OUTBOX_KIND = "bulletin";
    static final int MAX_INTRO = 20_000;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject Markdown markdown;
    @Inject AuditLog audit;
    @Inject Audiences audiences;
    @Inject MailingUnsubscribe unsubscribe;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject BulletinSettings bulletinSettings;
    @Inject BulletinPolicy policy;
    @Inject Network network;
    @Inject Instance<BulletinItemSource> sources;
    @Inject jakarta.enterprise.event.Event<BulletinAddressing.Queued> queued;

    /**
     * Queued, sent and failed counts of one bulletin's recipients; while it is being addressed, how many have their
     * message in the outbox so far.
     */
    public record Progress(long queued, long sent, long failed, long addressed, boolean addressing) {
        public long getAddressed() { return addressed; }
        public boolean isAddressing() { return addressing; }
        public boolean isDone() { return !addressing && queued == 0; }
        public long getQueued() { return queued; }
        public long getSent() { return sent; }
        public long getFailed() { return failed; }
        public long getTotal() { return queued + sent + failed; }
    }

    // ------------------------------------------------------------------ composing

    private Account coordinator() {
        Account a = caller.require();
        if (!a.hasRole(Role.COORDINATOR) && !a.hasRole(Role.SITE_ADMIN)) throw new AccessDenied("Only co-ordinators write bulletins.");
        return a;
    }

    @Transactional
    public Long create(String title, String audience) {
        Account me = coordinator();
        String t = checkTitle(title);
        String a = checkAudience(audience);
        Bulletin b = new Bulletin(t, a, me.getId(), me.getDisplayName(), clock.instant());
        em.persist(b);
        em.flush();
        audit.record("bulletin.created", target(b), t);
        return b.getId();
    }

    private static String checkTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) throw new BulletinRefused("title", "Give the bulletin a title, e.g. “Weekly email update, 3 December”.");
        if (t.length() > 200) throw new BulletinRefused("title", "Keep the title under 200 characters.");
        return t;
    }

    private static String checkAudience(String audience) {
        return AudienceSpec.parse(audience).map(AudienceSpec::format)
                .orElseThrow(() -> new BulletinRefused("audience", "Choose who the bulletin goes to from the list."));
    }

    @Transactional
    public void write(Long id, String title, String intro, String audience) {
        coordinator();
        Bulletin b = editable(id);
        if (intro != null && intro.length() > MAX_INTRO) throw new BulletinRefused("intro", "Keep the introduction under " + MAX_INTRO + " characters.");
        b.write(checkTitle(title), intro == null ? "" : intro.strip(), checkAudience(audience), clock.instant());
    }

    private Bulletin editable(Long id) {
        Bulletin b = id == null ? null : em.find(Bulletin.class, id);
        if (b == null) throw new BulletinRefused(null, "That bulletin no longer exists.");
        if (!b.isEditable()) throw new BulletinRefused(null, "This bulletin is " + b.getStatus().getLabel().toLowerCase() + " and can no longer be changed.");
        return b;
    }

    @Transactional
    public Optional<Bulletin> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Bulletin.class, id));
    }

    @Transactional
    public List<Bulletin> all() {
        coordinator();
        return em.createQuery("select b from Bulletin b order by b.createdAt desc, b.id desc", Bulletin.class).setMaxResults(200).getResultList();
    }

    /** Sent bulletins, newest first: the public archive. */
    @Transactional
    public List<Bulletin> archive() {
        return em.createQuery("select b from Bulletin b where b.status in :s order by b.sentAt desc, b.id desc", Bulletin.class)
                .setParameter("s", List.of(Bulletin.Status.SENT, Bulletin.Status.SENDING)).setMaxResults(200).getResultList();
    }

    @Transactional
    public List<BulletinSection> sections(Long bulletinId) {
        return em.createQuery("select s from BulletinSection s where s.bulletinId = :b order by s.sortOrder, s.id", BulletinSection.class)
                .setParameter("b", bulletinId).getResultList();
    }

    @Transactional
    public List<BulletinItem> items(Long sectionId) {
        return em.createQuery("select i from BulletinItem i where i.sectionId = :s order by i.sortOrder, i.id", BulletinItem.class)
                .setParameter("s", sectionId).getResultList();
    }

    /** What is new since the last bulletin was sent (or the look-back period), less what this bulletin already has. */
    @Transactional
    public List<ItemCandidate> whatIsNew(Long bulletinId) {
        coordinator();
        Instant now = clock.instant();
        Instant last = em.createQuery("select b from Bulletin b where b.status = :s and b.id <> :id order by b.sentAt desc", Bulletin.class)
                .setParameter("s", Bulletin.Status.SENT).setParameter("id", bulletinId).setMaxResults(1).getResultStream()
                .map(Bulletin::getSentAt).findFirst().orElse(null);
        Instant from = last != null ? last : now.minus(Duration.ofDays(bulletinSettings.lookbackDays()));
        Set<String> picked = picked(bulletinId);
        List<BulletinItemSource> ordered = sources.stream().sorted(Comparator.comparingInt(BulletinItemSource::order)).toList();
        List<ItemCandidate> out = new ArrayList<>();
        for (BulletinItemSource s : ordered) {
            for (ItemCandidate c : s.since(from, now)) if (!picked.contains(c.getKey())) out.add(c);
        }
        return out;
    }

    private Set<String> picked(Long bulletinId) {
        return em.createQuery("select i from BulletinItem i where i.sectionId in (select s.id from BulletinSection s where s.bulletinId = :b)",
                BulletinItem.class).setParameter("b", bulletinId).getResultList().stream()
                .map(i -> i.getSource() + ":" + i.getSourceId()).collect(Collectors.toSet());
    }

    /** Adds the picked candidates (by key "source:id"), each under its section; keys not on offer are ignored. */
    @Transactional
    public int add(Long bulletinId, List<String> keys) {
        coordinator();
        Bulletin b = editable(bulletinId);
        if (keys == null || keys.isEmpty()) throw new BulletinRefused(null, "Tick the items to add.");
        Map<String, ItemCandidate> offered = new LinkedHashMap<>();
        whatIsNew(bulletinId).forEach(c -> offered.put(c.getKey(), c));
        List<BulletinSection> sections = new ArrayList<>(sections(bulletinId));
        int added = 0;
        for (String key : keys) {
            ItemCandidate c = offered.get(key);
            if (c == null) continue;
            BulletinSection s = sections.stream().filter(x -> x.getHeading().equals(c.section())).findFirst().orElse(null);
            if (s == null) {
                s = new BulletinSection(bulletinId, c.section(), sections.size());
                em.persist(s);
                em.flush();
                sections.add(s);
            }
            em.persist(new BulletinItem(s.getId(), c, items(s.getId()).size()));
            em.flush();
            added++;
        }
        if (added == 0) throw new BulletinRefused(null, "Those items are no longer on offer (already added, or withdrawn).");
        b.changed(clock.instant());
        return added;
    }

    /** Moves a section up (-1) or down (+1). */
    @Transactional
    public void moveSection(Long bulletinId, Long sectionId, int by) {
        coordinator();
        editable(bulletinId).changed(clock.instant());
        List<BulletinSection> list = new ArrayList<>(sections(bulletinId));
        int i = indexOf(list.stream().map(BulletinSection::getId).toList(), sectionId);
        int j = i + Integer.signum(by);
        if (i < 0 || j < 0 || j >= list.size()) return;
        java.util.Collections.swap(list, i, j);
        for (int k = 0; k < list.size(); k++) list.get(k).sortOrder(k);
    }

    /** Moves an item up or down within its section. */
    @Transactional
    public void moveItem(Long bulletinId, Long itemId, int by) {
        coordinator();
        editable(bulletinId).changed(clock.instant());
        BulletinItem item = ownItem(bulletinId, itemId);
        List<BulletinItem> list = new ArrayList<>(items(item.getSectionId()));
        int i = indexOf(list.stream().map(BulletinItem::getId).toList(), itemId);
        int j = i + Integer.signum(by);
        if (i < 0 || j < 0 || j >= list.size()) return;
        java.util.Collections.swap(list, i, j);
        for (int k = 0; k < list.size(); k++) list.get(k).sortOrder(k);
    }

    @Transactional
    public void removeItem(Long bulletinId, Long itemId) {
        coordinator();
        editable(bulletinId).changed(clock.instant());
        BulletinItem item = ownItem(bulletinId, itemId);
        Long sectionId = item.getSectionId();
        em.remove(item);
        em.flush();
        if (items(sectionId).isEmpty()) em.remove(em.find(BulletinSection.class, sectionId));
    }

    private BulletinItem ownItem(Long bulletinId, Long itemId) {
        BulletinItem item = itemId == null ? null : em.find(BulletinItem.class, itemId);
        BulletinSection s = item == null ? null : em.find(BulletinSection.class, item.getSectionId());
        if (s == null || !s.getBulletinId().equals(bulletinId)) throw new BulletinRefused(null, "That item is not in this bulletin.");
        return item;
    }

    private static int indexOf(List<Long> ids, Long id) {
        return id == null ? -1 : ids.indexOf(id);
    }

    // ------------------------------------------------------------------ rendering

    /** The bulletin as recipients see it, before personalising. */
    @Transactional
    public BulletinRender.Frozen render(Bulletin b) {
        List<BulletinRender.Section> sections = new ArrayList<>();
        for (BulletinSection s : sections(b.getId())) {
            sections.add(new BulletinRender.Section(s.getHeading(), items(s.getId()).stream()
                    .map(i -> new BulletinRender.Item(i.getTitle(), i.getSummary(), i.getLink())).toList()));
        }
        return BulletinRender.render(content(b, sections));
    }

    BulletinRender.Content content(Bulletin b, List<BulletinRender.Section> sections) {
        return new BulletinRender.Content(networkName(), b.getTitle(), markdown.html(b.getIntroMarkdown()),
                markdown.plain(b.getIntroMarkdown()), sections, archiveUrl(b.getId()), settings.baseUrl() + "/bulletins/emails.xhtml");
    }

    public String archiveUrl(Long id) { return settings.baseUrl() + "/bulletins/bulletin.xhtml?id=" + id; }

    /** The preview: the same rendering as a real send, personalised for the co-ordinator looking at it. */
    @Transactional
    public BulletinRender.Frozen preview(Long id) {
        Account me = coordinator();
        Bulletin b = find(id).orElseThrow(() -> new BulletinRefused(null, "That bulletin no longer exists."));
        BulletinRender.Frozen f = b.getHtmlFrozen() != null ? frozen(b) : render(b);
        return BulletinRender.personalise(f, me.getDisplayName(), settings.baseUrl() + MailingUnsubscribe.PATH + "?t=(your-own-link)");
    }

    private BulletinRender.Frozen frozen(Bulletin b) {
        return new BulletinRender.Frozen("[" + BulletinRender.oneLine(networkName()) + "] " + BulletinRender.oneLine(b.getTitle()),
                b.getHtmlFrozen(), b.getTextFrozen());
    }

    /** The copy kept at sending (the archive shows it as sent), with a neutral greeting. */
    @Transactional
    public Optional<BulletinRender.Frozen> archived(Long id) {
        return find(id).filter(b -> b.getHtmlFrozen() != null)
                .map(b -> BulletinRender.personalise(frozen(b), "member", settings.baseUrl() + "/bulletins/emails.xhtml"));
    }

    String networkName() {
        try {
            return network.getProfile().getName();
        } catch (RuntimeException e) {
            return "Acorn";
        }
    }

    // ------------------------------------------------------------------ approval, test, send

    /** A test copy to the co-ordinator's own address, through the outbox like any other email. */
    @Transactional
    public String testSend(Long id) {
        Account me = coordinator();
        Bulletin b = find(id).orElseThrow(() -> new BulletinRefused(null, "That bulletin no longer exists."));
        BulletinRender.Frozen f = b.getHtmlFrozen() != null ? frozen(b) : render(b);
        if (BulletinRender.isEmpty(content(b, sectionsOf(b)))) throw new BulletinRefused(null, emptyMessage());
        String stop = unsubscribe.link(me.getId(), null, Topic.BULLETIN.name());
        BulletinRender.Frozen mine = BulletinRender.personalise(f, me.getDisplayName(), stop);
        mailer.queue(new MailMessage("bulletin-test-" + b.getId() + "-" + clock.millis(), me.getEmail(), "[Test] " + mine.subject(),
                mine.text(), mine.html(), headers(stop)));
        audit.record("bulletin.test.sent", target(b), me.getEmail());
        return me.getEmail();
    }

    private List<BulletinRender.Section> sectionsOf(Bulletin b) {
        List<BulletinRender.Section> out = new ArrayList<>();
        for (BulletinSection s : sections(b.getId())) {
            out.add(new BulletinRender.Section(s.getHeading(), items(s.getId()).stream()
                    .map(i -> new BulletinRender.Item(i.getTitle(), i.getSummary(), i.getLink())).toList()));
        }
        return out;
    }

    static String emptyMessage() {
        return "The bulletin is empty: write an introduction or add items from what is new first.";
    }

    public Map<String, String> headers(String stopLink) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("List-Unsubscribe", "<" + stopLink + ">");
        h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        h.put("List-Id", "Bulletins <bulletins." + settings.baseUrl().replaceAll("^https?://", "").replaceAll("[^A-Za-z0-9.-]", "") + ">");
        return h;
    }

    @Transactional
    public void submitForApproval(Long id) {
        coordinator();
        Bulletin b = editable(id);
        checkSendable(b);
        b.status(Bulletin.Status.AWAITING_APPROVAL);
        audit.record("bulletin.approval.asked", target(b), null);
    }

    /** A second co-ordinator approves: not the one who wrote it. */
    @Transactional
    public void approve(Long id) {
        Account me = coordinator();
        Bulletin b = find(id).orElseThrow(() -> new BulletinRefused(null, "That bulletin no longer exists."));
        if (b.getStatus() != Bulletin.Status.AWAITING_APPROVAL) throw new BulletinRefused(null, "This bulletin is not waiting for approval.");
        if (me.getId().equals(b.getCreatedBy())) throw new BulletinRefused(null, "A second co-ordinator must approve it: not the one who wrote it.");
        b.status(Bulletin.Status.APPROVED);
        b.approvedBy(me.getId());
        audit.record("bulletin.approved", target(b), null);
    }

    private AudienceRules.Lists checkSendable(Bulletin b) {
        if (BulletinRender.isEmpty(content(b, sectionsOf(b)))) throw new BulletinRefused(null, emptyMessage());
        AudienceRules.Lists lists = audiences.lists(AudienceSpec.parse(b.getAudience()).orElseThrow(), Topic.BULLETIN);
        if (lists.email().isEmpty()) {
            throw new BulletinRefused("audience", "Nobody in “" + audiences.describe(b.getAudience()) + "” can get it by email"
                    + (lists.post().isEmpty() ? "" : " (" + lists.post().size() + " asked for post: see the print list)")
                    + (lists.phone().isEmpty() ? "" : " (" + lists.phone().size() + " asked for a phone call: see the call list)")
                    + ". Choose another audience.");
        }
        return lists;
    }

    private void checkApproved(Bulletin b) {
        if (policy.approvalRequired() && b.getStatus() != Bulletin.Status.APPROVED) {
            throw new BulletinRefused(null, "A second co-ordinator must approve this bulletin before it is sent.");
        }
    }

    /** Sends at a set time (network time); the schedule starts it then. */
    @Transactional
    public void schedule(Long id, LocalDateTime at) {
        coordinator();
        Bulletin b = editable(id);
        if (at == null) throw new BulletinRefused("when", "Give a date and time to send it, or send it now.");
        Instant when = at.atZone(Updates.ZONE).toInstant();
        if (!when.isAfter(clock.instant())) throw new BulletinRefused("when", "That time has passed. Choose a later time, or send it now.");
        checkSendable(b);
        checkApproved(b);
        b.schedule(when);
        audit.record("bulletin.scheduled", target(b), String.valueOf(when));
    }

    /** Sends now: queues the bulletin for the addressing job; returns how many it will go to. */
    @Transactional
    public int sendNow(Long id) {
        coordinator();
        Bulletin b = editable(id);
        int n = checkSendable(b).email().size();
        checkApproved(b);
        queue(b, n);
        audit.record("bulletin.sent", target(b), n + " recipients");
        return n;
    }

    /** Scheduled bulletins that are due; started by the schedule (no caller). */
    @Transactional
    public List<Long> due() {
        return em.createQuery("select b.id from Bulletin b where b.status = :s and b.scheduledAt <= :now", Long.class)
                .setParameter("s", Bulletin.Status.SCHEDULED).setParameter("now", clock.instant()).getResultList();
    }

    /** Starts a due scheduled bulletin. A bulletin whose audience has emptied since stays scheduled with a log line. */
    @Transactional
    public int startScheduled(Long id) {
        Bulletin b = em.find(Bulletin.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (b == null || b.getStatus() != Bulletin.Status.SCHEDULED) return 0;
        int n = audiences.lists(AudienceSpec.parse(b.getAudience()).orElseThrow(), Topic.BULLETIN).email().size();
        if (n == 0) throw new BulletinRefused(null, "Nobody in the audience can get it by email any more.");
        queue(b, n);
        audit.record("bulletin.sent", target(b), n + " recipients (scheduled)");
        return n;
    }

    /**
     * Freezes the words and marks the bulletin queued; the addressing job (after commit, in the background) writes
     * the recipient rows and their outbox messages, so a co-ordinator's request does not wait for thousands of rows.
     */
    int queue(Bulletin b, int expected) {
        BulletinRender.Frozen f = render(b);
        b.freeze(f.html(), f.text());
        b.queued(expected, clock.instant());
        queued.fire(new BulletinAddressing.Queued(b.getId()));
        return expected;
    }

    /**
     * Queued, sent and failed. While the addressing job is still writing rows, those it has not reached yet count
     * as queued (the total is the audience counted at Send now).
     */
    @Transactional
    public Progress progress(Long id) {
        Bulletin b = em.find(Bulletin.class, id);
        long q = 0, s = 0, f = 0;
        for (Object[] row : em.createQuery("select r.status, count(r) from BulletinRecipient r where r.bulletinId = :b group by r.status",
                Object[].class).setParameter("b", id).getResultList()) {
            long c = ((Number) row[1]).longValue();
            switch ((String) row[0]) {
                case BulletinRecipient.SENT -> s = c;
                case BulletinRecipient.FAILED -> f = c;
                default -> q = c;
            }
        }
        long addressed = q + s + f;
        boolean addressing = b != null && b.getStatus() == Bulletin.Status.SENDING && !b.isAddressed();
        long expected = b == null || b.getExpected() == null ? addressed : b.getExpected();
        if (addressing && expected > addressed) q += expected - addressed;
        return new Progress(q, s, f, addressing ? addressed : q + s + f, addressing);
    }

    /** Failed recipients of a bulletin with the reason, for the co-ordinator. */
    @Transactional
    public List<BulletinRecipient> failures(Long id) {
        coordinator();
        return em.createQuery("select r from BulletinRecipient r where r.bulletinId = :b and r.status = :f order by r.id", BulletinRecipient.class)
                .setParameter("b", id).setParameter("f", BulletinRecipient.FAILED).setMaxResults(500).getResultList();
    }

    /** Organisations in the bulletin's audience (all members when {@code id} is null) that asked for post: the print list. */
    @Transactional
    public List<Recipient> printList(Long id) {
        coordinator();
        return audiences.printList(audienceOf(id));
    }

    /** Organisations in the audience (all members when {@code id} is null) that asked to be rung: the call list. */
    @Transactional
    public List<Recipient> callList(Long id) {
        coordinator();
        return audiences.callList(audienceOf(id));
    }

    /** The audience preview: how many get it by email, post and phone, and who is left out. */
    @Transactional
    public Audiences.Summary audienceSummary(Long id) {
        coordinator();
        return audiences.summary(audienceOf(id), Topic.BULLETIN);
    }

    private AudienceSpec audienceOf(Long id) {
        if (id == null) return AudienceSpec.parse("all").orElseThrow();
        Bulletin b = find(id).orElseThrow(() -> new BulletinRefused(null, "That bulletin no longer exists."));
        return AudienceSpec.parse(b.getAudience()).orElseThrow();
    }

    /**
     * Marks sending bulletins with nothing left queued as sent (called by the schedule and the pages). A conditional
     * update, so two callers at once (two nodes, a page and the schedule) do not trip over each other.
     */
    @Transactional
    public void finishSending() {
        for (Long id : em.createQuery("select b.id from Bulletin b where b.status = :s and b.expandedAt is not null", Long.class)
                .setParameter("s", Bulletin.Status.SENDING).getResultList()) {
            if (progress(id).queued() > 0) continue;
            em.createQuery("update Bulletin b set b.status = :sent, b.sentAt = :now, b.version = b.version + 1"
                            + " where b.id = :id and b.status = :sending")
                    .setParameter("sent", Bulletin.Status.SENT).setParameter("now", clock.instant())
                    .setParameter("id", id).setParameter("sending", Bulletin.Status.SENDING).executeUpdate();
        }
    }

    private static AuditLog.Target target(Bulletin b) {
        return new AuditLog.Target("bulletin", b.getId(), b.getTitle());
    }
}
