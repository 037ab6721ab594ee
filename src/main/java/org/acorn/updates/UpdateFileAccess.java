package org.acorn.updates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;

/** A file on an update may be downloaded by whoever may read the update. */
@ApplicationScoped
public class UpdateFileAccess implements FileAccess {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Updates updates;

    @Override public String ownerKind() { return Updates.FILE_KIND; }

    @Override
    @Transactional
    public boolean mayRead(StoredFile file) {
        for (Object id : em.createNativeQuery("select update_id from news_update_file where file_id = ?")
                .setParameter(1, file.getId()).getResultList()) {
            if (updates.readable(((Number) id).longValue()).isPresent()) return true;
        }
        return false;
    }
}
