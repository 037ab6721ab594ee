package org.acorn.directory.openreferral;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.acorn.platform.PlatformStartup.DatabaseReady;

/**
 * Gives every published record a UUID. Entities take a random one when created; rows written before the V6
 * migration (or by SQL since) have none, and get a random one here at start-up: SQL has no portable random UUID,
 * and ids derived from row numbers would repeat between portals.
 */
@ApplicationScoped
public class OpenReferralIds {

    private static final Logger LOG = Logger.getLogger(OpenReferralIds.class.getName());
    /** The tables whose rows the API publishes. Constants, never user input. */
    private static final List<String> TABLES = List.of("organisation", "service", "service_location", "taxonomy", "taxonomy_term");

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Transactional
    void onReady(@Observes @Priority(50) DatabaseReady ready) {
        for (String table : TABLES) {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT id FROM " + table + " WHERE uuid IS NULL").getResultList();
            for (Object id : ids) {
                em.createNativeQuery("UPDATE " + table + " SET uuid = ? WHERE id = ? AND uuid IS NULL")
                        .setParameter(1, UUID.randomUUID().toString()).setParameter(2, ((Number) id).longValue())
                        .executeUpdate();
            }
            if (!ids.isEmpty()) LOG.info("event=openreferral.ids.filled table=" + table + " count=" + ids.size());
        }
    }
}
