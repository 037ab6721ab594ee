package org.acorn.governance.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.acorn.platform.files.FileAccess;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** Who may download a claim's receipt: the claimant, co-ordinators and site administrators. */
@ApplicationScoped
public class ReceiptAccess implements FileAccess {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;

    @Override
    public String ownerKind() { return ClaimReceipt.OWNER_KIND; }

    @Override
    @Transactional
    public boolean mayRead(StoredFile file) {
        if (caller.has(Role.COORDINATOR) || caller.has(Role.SITE_ADMIN)) return true;
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        if (me == null) return false;
        return em.createQuery("select count(r) from ClaimReceipt r, Claim c where r.claimId = c.id and r.storedFileId = :f"
                + " and c.claimantId = :me", Long.class).setParameter("f", file.getId()).setParameter("me", me).getSingleResult() > 0;
    }
}
