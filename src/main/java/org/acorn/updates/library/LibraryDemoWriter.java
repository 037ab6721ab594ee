package org.acorn.updates.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.updates.UpdateVisibility;

/** Writes demo library resources at start-up (no signed-in caller); used only by org.acorn.demo. */
@ApplicationScoped
public class LibraryDemoWriter {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject FileStore files;

    /** A resource whose versions are the given plain-text documents, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String title, String summary, ResourceCategory category, UpdateVisibility visibility, LocalDate reviewOn,
                    Set<String> tags, String by, Instant at, long downloads, String... versions) {
        LibraryResource r = new LibraryResource(title, summary, category, visibility, reviewOn, tags, at);
        em.persist(r);
        em.flush();
        for (int i = 0; i < versions.length; i++) {
            StoredFile f = files.store(Library.FILE_KIND, title.replaceAll("[^A-Za-z0-9 -]", "") + " v" + (i + 1) + ".txt",
                    new ByteArrayInputStream(versions[i].getBytes(StandardCharsets.UTF_8)), UploadRules.documents(Library.MAX_BYTES));
            em.persist(new LibraryVersion(r.getId(), i + 1, f.getId(), i == 0 ? "First version" : "Revised", by, at));
        }
        em.createQuery("update LibraryResource r set r.downloads = :d where r.id = :id").setParameter("d", downloads)
                .setParameter("id", r.getId()).executeUpdate();
    }
}
