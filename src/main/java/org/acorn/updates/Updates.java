package org.acorn.updates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.text.Markdown;
import org.acorn.search.IndexEvents;

/**
 * Writing and reading updates. Co-ordinators (and site administrators) write every kind; a statutory partner
 * officer writes LSCB and partnership updates for the bodies they are linked to (body_officer), nothing else.
 */
@ApplicationScoped
public class Updates {

    public static final String INDEX_KIND = "update";
    public static final String FILE_KIND = "update";
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int MAX_BODY = 30_000;
    static final int MAX_ACTIONS = 20;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject Markdown markdown;
    @Inject AuditLog audit;
    @Inject IndexEvents index;
    @Inject FileStore files;
    @Inject UpdateTags tags;

    // ------------------------------------------------------------------ who may write

    /** The bodies a partner officer may post for (all bodies for co-ordinators). */
    @Transactional
    public List<PartnershipBody> bodiesFor(Account a) {
        if (isEditor(a)) {
            return em.createQuery("select b from PartnershipBody b order by b.name", PartnershipBody.class).getResultList();
        }
        if (!a.hasRole(Role.PARTNER_OFFICER)) return List.of();
        return em.createQuery("select b from PartnershipBody b where b.id in (select o.bodyId from BodyOfficer o"
                + " where o.accountId = :a) order by b.name", PartnershipBody.class).setParameter("a", a.getId()).getResultList();
    }

    static boolean isEditor(Account a) {
        return a.hasRole(Role.COORDINATOR) || a.hasRole(Role.SITE_ADMIN);
    }

    /** Whether this account may write an update of this kind for this body (null for none). */
    public boolean mayWrite(Account a, UpdateKind kind, Long bodyId) {
        if (isEditor(a)) return true;
        if (!a.hasRole(Role.PARTNER_OFFICER) || !kind.fromBody() || bodyId == null) return false;
        return !em.createQuery("select o.bodyId from BodyOfficer o where o.accountId = :a and o.bodyId = :b", Long.class)
                .setParameter("a", a.getId()).setParameter("b", bodyId).getResultList().isEmpty();
    }

    public boolean mayWriteAny(Account a) {
        return isEditor(a) || (a.hasRole(Role.PARTNER_OFFICER) && !bodiesFor(a).isEmpty());
    }

    /** May change an existing update: editors, or the partner officer who may write it. */
    public boolean mayEdit(Account a, NewsUpdate u) {
        return mayWrite(a, u.getKind(), u.getBodyId());
    }

    // ------------------------------------------------------------------ writing

    /** Creates (id null) or edits an update; returns its id. Refuses with a message for the field at fault. */
    @Transactional
    public Long save(Long id, UpdateForm form) {
        Account me = caller.require();
        Instant now = clock.instant();
        UpdateKind kind = parse(UpdateKind.class, form.getKind(), "kind", "Choose what kind of update this is.");
        UpdateVisibility visibility = parse(UpdateVisibility.class, form.getVisibility(), "visibility", "Choose who may read it.");
        String title = form.getTitle() == null ? "" : form.getTitle().strip();
        if (title.isEmpty()) throw new UpdateRefused("title", "Give the update a title.");
        if (title.length() > 200) throw new UpdateRefused("title", "Keep the title under 200 characters.");
        String body = form.getBody() == null ? "" : form.getBody().strip();
        if (body.isEmpty()) throw new UpdateRefused("body", "Write the update.");
        if (body.length() > MAX_BODY) throw new UpdateRefused("body", "Keep the update under " + MAX_BODY + " characters.");
        Long bodyId = form.getBodyId();
        if (kind.fromBody() && bodyId == null) throw new UpdateRefused("partnershipBody", "Choose the board or partnership this update is from.");
        if (bodyId != null && em.find(PartnershipBody.class, bodyId) == null) throw new UpdateRefused("partnershipBody", "That board is not known.");
        if (!mayWrite(me, kind, bodyId)) {
            throw new AccessDenied(me.hasRole(Role.PARTNER_OFFICER)
                    ? "You can post LSCB and partnership updates for your own board only."
                    : "Only co-ordinators and statutory partner officers can post updates.");
        }
        Instant publishAt = now;
        if (form.getPublishAt() != null) {
            publishAt = form.getPublishAt().atZone(ZONE).toInstant();
            if (id == null && publishAt.isBefore(now.minus(Duration.ofMinutes(1)))) {
                throw new UpdateRefused("publishAt", "That time has passed: leave it empty to publish now, or choose a later time.");
            }
        }
        if (kind == UpdateKind.CONSULTATION && form.getClosesOn() == null) {
            throw new UpdateRefused("closesOn", "A consultation needs a closing date.");
        }
        if (kind == UpdateKind.CONSULTATION && id == null && form.getClosesOn().isBefore(now.atZone(ZONE).toLocalDate())) {
            throw new UpdateRefused("closesOn", "The closing date has passed.");
        }
        Set<String> tagSet = tags.checked(form.getTags());
        List<String> actions = actions(kind, form.getKeyActions());
        String html = markdown.html(body);

        NewsUpdate u;
        if (id == null) {
            u = new NewsUpdate(kind, me.getId(), me.getDisplayName(), now);
        } else {
            u = em.find(NewsUpdate.class, id);
            if (u == null || u.isDeleted()) throw new UpdateRefused(null, "That update no longer exists.");
            if (!mayEdit(me, u)) throw new AccessDenied("You cannot edit this update.");
            if (form.getVersion() >= 0 && form.getVersion() != u.getVersion()) {
                throw new UpdateRefused(null, "Someone else changed this update while you were editing. Reload it and make your change again.");
            }
            em.persist(new UpdateRevision(u, me.getDisplayName(), now));
        }
        u.write(title, body, html, bodyId, visibility, publishAt, kind == UpdateKind.CONSULTATION ? form.getClosesOn() : null,
                tagSet, now);
        if (id == null) em.persist(u);
        em.flush();
        if (kind == UpdateKind.BRIEFING) replaceActions(u.getId(), actions);
        audit.record(id == null ? "update.created" : "update.edited", new AuditLog.Target("update", u.getId(), title),
                kind.label() + ", " + visibility.getLabel() + (publishAt.isAfter(now) ? ", publishes " + publishAt : ""));
        index.changed(INDEX_KIND, String.valueOf(u.getId()));
        return u.getId();
    }

    private static List<String> actions(UpdateKind kind, String text) {
        if (kind != UpdateKind.BRIEFING || text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip().replaceFirst("^[-*]\\s*", "");
            if (l.isEmpty()) continue;
            if (l.length() > 300) throw new UpdateRefused("keyActions", "Keep each key action under 300 characters.");
            out.add(l);
        }
        if (out.size() > MAX_ACTIONS) throw new UpdateRefused("keyActions", "A briefing can list up to " + MAX_ACTIONS + " key actions.");
        return out;
    }

    private void replaceActions(Long updateId, List<String> labels) {
        List<KeyAction> old = actions(updateId);
        List<String> oldLabels = old.stream().map(KeyAction::getLabel).toList();
        if (oldLabels.equals(labels)) return; // ticks stay when the list did not change
        for (KeyAction a : old) {
            em.createNativeQuery("delete from key_action_tick where action_id = ?").setParameter(1, a.getId()).executeUpdate();
            em.remove(a);
        }
        for (int i = 0; i < labels.size(); i++) em.persist(new KeyAction(updateId, labels.get(i), i));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new UpdateRefused(field, message);
        }
    }

    /** Takes an update off the site (lists, feeds, search, digests, bulletins) until it is published again. */
    @Transactional
    public void unpublish(Long id) {
        Account me = caller.require();
        NewsUpdate u = changeable(id, me);
        if (u.isWithdrawn()) throw new UpdateRefused(null, "This update is already unpublished.");
        Instant now = clock.instant();
        em.persist(new UpdateRevision(u, me.getDisplayName(), now, "Unpublished"));
        u.withdrawn(now);
        audit.record("update.unpublished", new AuditLog.Target("update", u.getId(), u.getTitle()), null);
        index.changed(INDEX_KIND, String.valueOf(u.getId()));
    }

    /** Puts an unpublished update back where it was (its emails, already sent or not, are not sent again). */
    @Transactional
    public void republish(Long id) {
        Account me = caller.require();
        NewsUpdate u = changeable(id, me);
        if (!u.isWithdrawn()) throw new UpdateRefused(null, "This update is published already.");
        Instant now = clock.instant();
        em.persist(new UpdateRevision(u, me.getDisplayName(), now, "Published again"));
        u.republished(now);
        audit.record("update.republished", new AuditLog.Target("update", u.getId(), u.getTitle()), null);
        index.changed(INDEX_KIND, String.valueOf(u.getId()));
    }

    /**
     * Deletes an update: gone from every page for everyone. The row stays (marked deleted) so the audit trail and
     * its edit history still say what it was; its files stay with it, unreachable.
     */
    @Transactional
    public void delete(Long id, boolean confirmed) {
        Account me = caller.require();
        NewsUpdate u = changeable(id, me);
        if (!confirmed) throw new UpdateRefused("confirm", "Tick the box to confirm: a deleted update cannot be brought back here.");
        Instant now = clock.instant();
        em.persist(new UpdateRevision(u, me.getDisplayName(), now, "Deleted"));
        u.deleted(now);
        audit.record("update.deleted", new AuditLog.Target("update", u.getId(), u.getTitle()), u.getKind().label());
        index.changed(INDEX_KIND, String.valueOf(u.getId()));
    }

    private NewsUpdate changeable(Long id, Account me) {
        NewsUpdate u = id == null ? null : em.find(NewsUpdate.class, id);
        if (u == null || u.isDeleted()) throw new UpdateRefused(null, "That update no longer exists.");
        if (!mayEdit(me, u)) throw new AccessDenied("You cannot change this update.");
        return u;
    }

    /** Adds an image or document to an update; the type is read from the bytes, whatever the name says. */
    @Transactional
    public StoredFile attach(Long updateId, String fileName, InputStream content, boolean image) {
        Account me = caller.require();
        NewsUpdate u = em.find(NewsUpdate.class, updateId);
        if (u == null) throw new UpdateRefused(null, "That update no longer exists.");
        if (!mayEdit(me, u)) throw new AccessDenied("You cannot edit this update.");
        StoredFile f = files.store(FILE_KIND, fileName, content,
                image ? UploadRules.images(5L * 1024 * 1024) : UploadRules.documents(10L * 1024 * 1024));
        em.createNativeQuery("insert into news_update_file (update_id, file_id, image) values (?, ?, ?)")
                .setParameter(1, updateId).setParameter(2, f.getId()).setParameter(3, image).executeUpdate();
        audit.record("update.file.added", new AuditLog.Target("update", updateId, u.getTitle()), f.getFileName());
        return f;
    }

    // ------------------------------------------------------------------ reading

    /** The update if the caller may read it now (scheduled ones only for those who may edit them). */
    @Transactional
    public Optional<NewsUpdate> readable(Long id) {
        if (id == null) return Optional.empty();
        NewsUpdate u = em.find(NewsUpdate.class, id);
        if (u == null || u.isDeleted()) return Optional.empty();
        if (caller.account().map(a -> mayEdit(a, u)).orElse(false)) return Optional.of(u);
        if (!u.isPublishedAt(clock.instant())) return Optional.empty();
        return UpdateReaders.of(caller).contains(u.getVisibility()) ? Optional.of(u) : Optional.empty();
    }

    /** Published updates the caller may read, newest first; any filter may be null. */
    @Transactional
    public List<NewsUpdate> list(UpdateKind kind, Long bodyId, String tag, int max) {
        return list(UpdateReaders.of(caller), kind, bodyId, tag, max);
    }

    @Transactional
    public List<NewsUpdate> list(Collection<UpdateVisibility> visible, UpdateKind kind, Long bodyId, String tag, int max) {
        StringBuilder q = new StringBuilder("select u from NewsUpdate u" + (tag != null ? " join u.tags tg" : "")
                + " where u.publishAt <= :now and u.visibility in :v and u.withdrawnAt is null and u.deletedAt is null");
        if (kind != null) q.append(" and u.kind = :k");
        if (bodyId != null) q.append(" and u.bodyId = :b");
        if (tag != null) q.append(" and tg = :t");
        q.append(" order by u.publishAt desc, u.id desc");
        var query = em.createQuery(q.toString(), NewsUpdate.class).setParameter("now", clock.instant())
                .setParameter("v", visible);
        if (kind != null) query.setParameter("k", kind);
        if (bodyId != null) query.setParameter("b", bodyId);
        if (tag != null) query.setParameter("t", tag);
        return query.setMaxResults(max).getResultList();
    }

    /** Updates published since a time, oldest first (for bulletins and digests). */
    @Transactional
    public List<NewsUpdate> publishedBetween(Instant from, Instant to, Collection<UpdateVisibility> visible) {
        return em.createQuery("select u from NewsUpdate u where u.publishAt > :from and u.publishAt <= :to"
                        + " and u.visibility in :v and u.withdrawnAt is null and u.deletedAt is null order by u.publishAt, u.id", NewsUpdate.class)
                .setParameter("from", from).setParameter("to", to).setParameter("v", visible).getResultList();
    }

    /** The caller's own scheduled (not yet published) updates, for the author's list. */
    @Transactional
    public List<NewsUpdate> scheduled() {
        Account me = caller.require();
        return em.createQuery("select u from NewsUpdate u where u.publishAt > :now and u.deletedAt is null order by u.publishAt", NewsUpdate.class)
                .setParameter("now", clock.instant()).getResultList().stream().filter(u -> mayEdit(me, u)).toList();
    }

    @Transactional
    public List<UpdateRevision> history(Long updateId) {
        return em.createQuery("select r from UpdateRevision r where r.updateId = :u order by r.editedAt desc, r.id desc",
                UpdateRevision.class).setParameter("u", updateId).getResultList();
    }

    @Transactional
    public List<KeyAction> actions(Long updateId) {
        return em.createQuery("select a from KeyAction a where a.updateId = :u order by a.sortOrder", KeyAction.class)
                .setParameter("u", updateId).getResultList();
    }

    /** The ids of the actions the caller has ticked. */
    @Transactional
    public Set<Long> ticked(Long updateId) {
        Optional<Account> me = caller.account();
        if (me.isEmpty()) return Set.of();
        List<?> rows = em.createNativeQuery("select t.action_id from key_action_tick t join key_action a on a.id = t.action_id"
                + " where a.update_id = ? and t.account_id = ?").setParameter(1, updateId).setParameter(2, me.get().getId())
                .getResultList();
        Set<Long> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(((Number) r).longValue()));
        return out;
    }

    /** Saves which of a briefing's key actions the caller has done. */
    @Transactional
    public void tick(Long updateId, Collection<Long> done) {
        Account me = caller.require();
        NewsUpdate u = readable(updateId).orElseThrow(() -> new UpdateRefused(null, "That briefing is not available."));
        for (KeyAction a : actions(u.getId())) {
            em.createNativeQuery("delete from key_action_tick where action_id = ? and account_id = ?")
                    .setParameter(1, a.getId()).setParameter(2, me.getId()).executeUpdate();
            if (done.contains(a.getId())) {
                em.createNativeQuery("insert into key_action_tick (action_id, account_id, ticked_at) values (?, ?, ?)")
                        .setParameter(1, a.getId()).setParameter(2, me.getId())
                        .setParameter(3, java.sql.Timestamp.from(clock.instant())).executeUpdate();
            }
        }
    }

    /** The files of an update: images first. */
    @Transactional
    public List<UpdateFile> files(Long updateId) {
        List<?> rows = em.createNativeQuery("select f.file_id, f.image from news_update_file f where f.update_id = ? order by f.image desc, f.file_id")
                .setParameter(1, updateId).getResultList();
        List<UpdateFile> out = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            StoredFile f = em.find(StoredFile.class, ((Number) row[0]).longValue());
            if (f != null) out.add(new UpdateFile(f, Boolean.TRUE.equals(row[1]) || (row[1] instanceof Number n && n.intValue() == 1)));
        }
        return out;
    }

    /** A file on an update, for pages. */
    public static final class UpdateFile implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final String name;
        private final String size;
        private final boolean image;

        UpdateFile(StoredFile f, boolean image) {
            this.path = f.getPath();
            this.name = f.getFileName();
            this.size = f.getSizeLabel();
            this.image = image;
        }

        public String getPath() { return path; }
        public String getName() { return name; }
        public String getSize() { return size; }
        public boolean isImage() { return image; }
    }

    /** Not yet published: its time is still to come. */
    public boolean isScheduled(NewsUpdate u) {
        return u.getPublishAt().isAfter(clock.instant());
    }

    /** Names of bodies by id, for lists. */
    @Transactional
    public Map<Long, String> bodyNames() {
        Map<Long, String> out = new java.util.HashMap<>();
        for (PartnershipBody b : em.createQuery("select b from PartnershipBody b", PartnershipBody.class).getResultList()) {
            out.put(b.getId(), b.getName());
        }
        return out;
    }

    /** Marks an update's emails as queued; false when another pass did it first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markNotified(Long id) {
        return em.createQuery("update NewsUpdate u set u.notifiedAt = :now where u.id = :id and u.notifiedAt is null")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate() == 1;
    }

    /** Published updates whose emails have not gone yet. */
    @Transactional
    public List<Long> dueForNotice() {
        return em.createQuery("select u.id from NewsUpdate u where u.notifiedAt is null and u.publishAt <= :now and u.withdrawnAt is null and u.deletedAt is null order by u.id", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(100).getResultList();
    }

    @Transactional
    public Optional<NewsUpdate> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(NewsUpdate.class, id));
    }

    /** Retries an edit that lost an optimistic-lock race as a clear message rather than an error page. */
    static UpdateRefused conflict(OptimisticLockException e) {
        return new UpdateRefused(null, "Someone else changed this update at the same moment. Reload it and try again.");
    }
}
