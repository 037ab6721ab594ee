package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.platform.account.Account;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRefused;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Throttle;

/**
 * Files attached to posts: documents and pictures, size-capped and type-checked by content by the platform's
 * file store, downloadable by whoever may read the post (this bean is the store's {@link FileAccess} for "forum").
 */
@ApplicationScoped
public class Attachments implements FileAccess {

    public static final String OWNER_KIND = "forum";
    public static final int MAX_PER_POST = 5;

    /** An attachment as a post shows it. */
    public record Shown(String name, String path, String size) implements Serializable { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject FileStore files;
    @Inject Caller caller;
    @Inject ForumReaders readers;
    @Inject ForumSettings settings;
    @Inject Throttle throttle;
    @Inject Clock clock;

    @Override
    public String ownerKind() { return OWNER_KIND; }

    @Override
    @Transactional
    public boolean mayRead(StoredFile file) {
        List<Attachment> found = em.createQuery("select a from Attachment a where a.fileId = :f", Attachment.class)
                .setParameter("f", file.getId()).getResultList();
        if (found.isEmpty()) return false;
        ForumPost p = em.find(ForumPost.class, found.get(0).getPostId());
        ForumTopic t = p == null ? null : em.find(ForumTopic.class, p.getTopicId());
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        ForumReader r = readers.of(caller.account().orElse(null));
        return p != null && ForumAccess.mayReadTopic(r, c, t) && ForumAccess.maySeeBody(r, c, p);
    }

    /** Attaches an upload to a post its author (or a moderator) may edit. */
    @Transactional
    public StoredFile attach(Long postId, String fileName, InputStream content) {
        Account a = caller.require();
        ForumReader r = readers.of(a);
        ForumPost p = postId == null ? null : em.find(ForumPost.class, postId);
        ForumTopic t = p == null ? null : em.find(ForumTopic.class, p.getTopicId());
        ForumCategory c = t == null ? null : em.find(ForumCategory.class, t.getCategoryId());
        if (p == null || !ForumAccess.mayReadTopic(r, c, t)) throw ForumRefused.of("That post does not exist or is not open to you.");
        if (!ForumAccess.mayEdit(r, c, t, p)) throw ForumRefused.of("You can only attach files to your own posts.");
        if (content == null || fileName == null || fileName.isBlank()) throw ForumRefused.field("file", "Choose a file to attach.");
        long already = em.createQuery("select count(a) from Attachment a where a.postId = :p", Long.class)
                .setParameter("p", postId).getSingleResult();
        if (already >= MAX_PER_POST) throw ForumRefused.field("file", "A post can have at most " + MAX_PER_POST + " files.");
        if (!ForumAccess.mayModerate(r, c)) {
            if (throttle.exceeded("forum-post", "account", String.valueOf(a.getId()))) {
                throw ForumRefused.of("You have posted several times in the last few minutes. Please wait a little before posting again.");
            }
            throttle.count("forum-post", "account", String.valueOf(a.getId()));
        }
        try {
            StoredFile f = files.store(OWNER_KIND, fileName, content, UploadRules.documents(settings.attachmentMaxBytes()));
            em.flush(); // the stored file's id
            em.persist(new Attachment(postId, f.getId(), clock.instant()));
            return f;
        } catch (UploadRefused e) {
            throw ForumRefused.field("file", e.getMessage());
        }
    }

    /** The files of these posts, by post id, in one query. */
    @Transactional
    public Map<Long, List<Shown>> of(Collection<Long> postIds) {
        Map<Long, List<Shown>> out = new HashMap<>();
        if (postIds.isEmpty()) return out;
        for (Object[] row : em.createQuery("select a.postId, f from Attachment a, StoredFile f where f.id = a.fileId"
                        + " and a.postId in :p order by a.id", Object[].class).setParameter("p", postIds).getResultList()) {
            StoredFile f = (StoredFile) row[1];
            out.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add(new Shown(f.getFileName(), f.getPath(), f.getSizeLabel()));
        }
        return out;
    }

    public Optional<Long> topicOf(Long postId) {
        return Optional.ofNullable(postId == null ? null : em.find(ForumPost.class, postId)).map(ForumPost::getTopicId);
    }
}
