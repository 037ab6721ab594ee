package org.acorn.updates.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.updates.UpdateReaders;
import org.acorn.updates.UpdateRefused;
import org.acorn.updates.UpdateTags;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;

/**
 * The resource library: co-ordinators add guidance and templates and new versions of them; anyone the resource's
 * visibility allows downloads the current (or an older) version, and each download is counted.
 */
@ApplicationScoped
public class Library {

    public static final String FILE_KIND = "library";
    static final long MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject FileStore files;
    @Inject UpdateTags tags;
    @Inject AuditLog audit;

    private Account editor() {
        Account a = caller.require();
        if (!a.hasRole(Role.COORDINATOR) && !a.hasRole(Role.SITE_ADMIN)) throw new AccessDenied("Only co-ordinators keep the library.");
        return a;
    }

    /** Adds a resource with its first version; returns its id. */
    @Transactional
    public Long add(String title, String summary, String category, String visibility, LocalDate reviewOn, Collection<String> tagKeys,
                    String fileName, InputStream content) {
        Account me = editor();
        Details d = details(title, summary, category, visibility, reviewOn, tagKeys);
        if (content == null) throw new UpdateRefused("file", "Choose the file.");
        Instant now = clock.instant();
        String t = d.title();
        LibraryResource r = new LibraryResource(t, d.summary(), d.category(), d.visibility(), d.reviewOn(), d.tags(), now);
        em.persist(r);
        em.flush();
        StoredFile f = files.store(FILE_KIND, fileName, content, UploadRules.documents(MAX_BYTES));
        em.persist(new LibraryVersion(r.getId(), 1, f.getId(), "First version", me.getDisplayName(), now));
        audit.record("library.added", new AuditLog.Target("library", r.getId(), t), f.getFileName());
        return r.getId();
    }

    private record Details(String title, String summary, ResourceCategory category, UpdateVisibility visibility, LocalDate reviewOn,
                           Set<String> tags) { }

    /** Checks what an editor typed about a resource; refuses with a message for the field at fault. */
    private Details details(String title, String summary, String category, String visibility, LocalDate reviewOn,
                            Collection<String> tagKeys) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) throw new UpdateRefused("title", "Give the resource a title (up to 200 characters).");
        String s = summary == null ? "" : summary.strip();
        if (s.length() > 2000) throw new UpdateRefused("summary", "Keep the summary under 2,000 characters.");
        ResourceCategory c;
        UpdateVisibility v;
        try {
            c = ResourceCategory.valueOf(category == null ? "" : category);
            v = UpdateVisibility.valueOf(visibility == null ? "" : visibility);
        } catch (IllegalArgumentException e) {
            throw new UpdateRefused("category", "Choose a category and who may read it from the lists.");
        }
        if (reviewOn == null) throw new UpdateRefused("reviewOn", "Give a date to review it by.");
        if (reviewOn.isBefore(LocalDate.now(clock.withZone(Updates.ZONE)))) throw new UpdateRefused("reviewOn", "The review date has passed: choose a later one.");
        return new Details(t, s, c, v, reviewOn, tags.checked(tagKeys));
    }

    /**
     * Changes a resource's details (title, summary, kind, who may read it, review date, tags); what they were is kept
     * as a revision and the change is audited. The files are untouched: a new file is a new version.
     */
    @Transactional
    public void edit(Long resourceId, String title, String summary, String category, String visibility, LocalDate reviewOn,
                     Collection<String> tagKeys, long expectedVersion) {
        Account me = editor();
        LibraryResource r = resourceId == null ? null : em.find(LibraryResource.class, resourceId);
        if (r == null) throw new UpdateRefused(null, "That resource no longer exists.");
        if (expectedVersion >= 0 && expectedVersion != r.getVersion()) {
            throw new UpdateRefused(null, "Someone else changed this resource while you were editing. Reload it and make your change again.");
        }
        Details d = details(title, summary, category, visibility, reviewOn, tagKeys);
        Instant now = clock.instant();
        String before = r.getTitle() + " · " + r.getVisibility().name() + " · review " + r.getReviewOn();
        em.persist(new LibraryRevision(r, me.getDisplayName(), now));
        r.edit(d.title(), d.summary(), d.category(), d.visibility(), d.reviewOn(), d.tags(), now);
        audit.record("library.edited", new AuditLog.Target("library", r.getId(), d.title()),
                before + " → " + d.title() + " · " + d.visibility().name() + " · review " + d.reviewOn());
    }

    @Transactional
    public List<LibraryRevision> history(Long resourceId) {
        return em.createQuery("select r from LibraryRevision r where r.resourceId = :r order by r.editedAt desc, r.id desc",
                LibraryRevision.class).setParameter("r", resourceId).getResultList();
    }

    /** A new version of a resource (the old ones stay downloadable); optionally a new review date. */
    @Transactional
    public int addVersion(Long resourceId, String note, LocalDate nextReview, String fileName, InputStream content) {
        Account me = editor();
        LibraryResource r = resourceId == null ? null : em.find(LibraryResource.class, resourceId);
        if (r == null) throw new UpdateRefused(null, "That resource no longer exists.");
        if (note != null && note.length() > 500) throw new UpdateRefused("note", "Keep the note under 500 characters.");
        if (content == null) throw new UpdateRefused("file", "Choose the file.");
        StoredFile f = files.store(FILE_KIND, fileName, content, UploadRules.documents(MAX_BYTES));
        int number = versions(resourceId).stream().mapToInt(LibraryVersion::getNumber).max().orElse(0) + 1;
        em.persist(new LibraryVersion(resourceId, number, f.getId(), note == null || note.isBlank() ? null : note.strip(),
                me.getDisplayName(), clock.instant()));
        if (nextReview != null) r.reviewed(nextReview, clock.instant());
        else r.touched(clock.instant());
        audit.record("library.version.added", new AuditLog.Target("library", r.getId(), r.getTitle()), "version " + number);
        return number;
    }

    /** Resources the caller may read, by category then title; tag may be null. */
    @Transactional
    public List<LibraryResource> list(String tag) {
        Set<UpdateVisibility> v = UpdateReaders.of(caller);
        String q = "select r from LibraryResource r" + (tag == null ? "" : " join r.tags tg") + " where r.visibility in :v"
                + (tag == null ? "" : " and tg = :t")
                + " order by r.category, r.title";
        var query = em.createQuery(q, LibraryResource.class).setParameter("v", v);
        if (tag != null) query.setParameter("t", tag);
        return query.getResultList();
    }

    @Transactional
    public Optional<LibraryResource> readable(Long id) {
        LibraryResource r = id == null ? null : em.find(LibraryResource.class, id);
        if (r == null || !UpdateReaders.of(caller).contains(r.getVisibility())) return Optional.empty();
        return Optional.of(r);
    }

    @Transactional
    public List<LibraryVersion> versions(Long resourceId) {
        return em.createQuery("select v from LibraryVersion v where v.resourceId = :r order by v.number desc", LibraryVersion.class)
                .setParameter("r", resourceId).getResultList();
    }

    /** Counts a download and gives the file's path (the newest version when {@code number} is null). */
    @Transactional
    public Optional<String> download(Long resourceId, Integer number) {
        Optional<LibraryResource> r = readable(resourceId);
        if (r.isEmpty()) return Optional.empty();
        Optional<LibraryVersion> v = versions(resourceId).stream().filter(x -> number == null || x.getNumber() == number).findFirst();
        if (v.isEmpty()) return Optional.empty();
        StoredFile f = em.find(StoredFile.class, v.get().getFileId());
        if (f == null) return Optional.empty();
        em.createQuery("update LibraryResource r set r.downloads = r.downloads + 1 where r.id = :id").setParameter("id", resourceId)
                .executeUpdate();
        return Optional.of(f.getPath());
    }

    @Transactional
    public Optional<StoredFile> file(Long fileId) {
        return Optional.ofNullable(em.find(StoredFile.class, fileId));
    }

    /** Whether the caller may read the resource a library file belongs to. */
    @Transactional
    public boolean mayReadFile(Long fileId) {
        for (Long rid : em.createQuery("select v.resourceId from LibraryVersion v where v.fileId = :f", Long.class)
                .setParameter("f", fileId).getResultList()) {
            if (readable(rid).isPresent()) return true;
        }
        return false;
    }
}
