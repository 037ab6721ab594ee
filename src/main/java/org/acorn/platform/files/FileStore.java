package org.acorn.platform.files;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Keeps uploaded files under {@code <data dir>/files}, outside the web root, named by a random key. A file is
 * measured while it is copied (so an oversized one is never kept whole), its type is read from its bytes, and
 * its row is written in the caller's transaction: if that rolls back, the bytes are deleted too.
 */
@ApplicationScoped
public class FileStore {

    private static final Tika TIKA = new Tika();
    private static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject Caller caller;
    @Inject Clock clock;
    @Resource TransactionSynchronizationRegistry transactions;

    /**
     * Stores an upload for a feature.
     *
     * @throws UploadRefused when it is empty, too large or not of an accepted type; nothing is kept then
     */
    @Transactional
    public StoredFile store(String ownerKind, String fileName, InputStream content, UploadRules rules) {
        String name = cleanName(fileName);
        Path temp = null;
        try {
            Files.createDirectories(tempDir());
            temp = Files.createTempFile(tempDir(), "upload", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(content, out, rules.maxBytes());
            }
            if (size < 0) throw new UploadRefused("“" + name + "” is larger than " + rules.maxInWords() + ".");
            if (size == 0) throw new UploadRefused("“" + name + "” is empty.");
            String type = mediaType(temp, name);
            if (!rules.accepts(type)) {
                throw new UploadRefused("“" + name + "” is not " + rules.allowedInWords() + ".");
            }
            String key = Tokens.newPublicId();
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            deleteIfRolledBack(target);
            StoredFile file = new StoredFile(key, ownerKind, name, type, size, HexFormat.of().formatHex(sha.digest()),
                    uploader(), clock.instant());
            em.persist(file);
            em.flush(); // callers link the file by id in the same transaction
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) deleteQuietly(temp);
        }
    }

    /** Who is uploading; nobody when there is no request (demo data written at start-up). */
    private Long uploader() {
        try {
            return caller.account().map(a -> a.getId()).orElse(null);
        } catch (jakarta.enterprise.context.ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    public Optional<StoredFile> find(String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) return Optional.empty();
        return em.createQuery("select f from StoredFile f where f.key = :k", StoredFile.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(pathOf(file.getKey()));
    }

    /** Removes the row now and the bytes once the transaction has committed. */
    @Transactional
    public void delete(StoredFile file) {
        StoredFile managed = em.find(StoredFile.class, file.getId());
        if (managed == null) return;
        em.remove(managed);
        Path bytes = pathOf(managed.getKey());
        transactions.registerInterposedSynchronization(afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) deleteQuietly(bytes);
        }));
    }

    /** The name as shown and offered on download: no folders, no control characters, at most 200 characters. */
    static String cleanName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) name = "file";
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    /** Copies up to max bytes; -1 when there was more. */
    static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) return -1;
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The type from the bytes; the name only refines it (a .docx is a kind of zip), never overrides it. */
    static String mediaType(Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return TIKA.getDetector().detect(in, metadata).getBaseType().toString();
        }
    }

    private Path root() { return settings.dataDir().resolve("files"); }
    private Path tempDir() { return root().resolve("incoming"); }
    private Path pathOf(String key) { return root().resolve(key.substring(0, 2)).resolve(key); }

    private void deleteIfRolledBack(Path bytes) {
        transactions.registerInterposedSynchronization(afterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) deleteQuietly(bytes);
        }));
    }

    private static Synchronization afterCompletion(java.util.function.IntConsumer action) {
        return new Synchronization() {
            @Override public void beforeCompletion() { }
            @Override public void afterCompletion(int status) { action.accept(status); }
        };
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // an orphan file costs disk space only; its row is gone or was never written
        }
    }
}
