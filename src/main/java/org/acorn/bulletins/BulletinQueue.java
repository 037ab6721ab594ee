package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.acorn.bulletins.audience.AudienceSpec;
import org.acorn.bulletins.audience.Audiences;
import org.acorn.bulletins.audience.MailingUnsubscribe;
import org.acorn.bulletins.audience.Recipient;
import org.acorn.bulletins.audience.Topic;
import org.acorn.platform.outbox.Outbox;

/** The addressing job's short transactions: claim a bulletin, write a batch of recipients, mark it addressed. */
@ApplicationScoped
public class BulletinQueue {

    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Audiences audiences;
    @Inject MailingUnsubscribe unsubscribe;
    @Inject Outbox outbox;

    /** Queued bulletins whose recipients are not all written yet (whatever their lease: claim decides). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> unaddressed() {
        return em.createQuery("select b.id from Bulletin b where b.status = :s and b.expandedAt is null order by b.id", Long.class)
                .setParameter("s", Bulletin.Status.SENDING).getResultList();
    }

    /** Takes (or renews) the lease for this node; false when another node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(Long id, String node) {
        Instant now = clock.instant();
        return em.createQuery("update Bulletin b set b.expandLease = :until, b.leaseOwner = :node where b.id = :id"
                        + " and b.status = :s and b.expandedAt is null and (b.expandLease is null or b.expandLease < :now or b.leaseOwner = :node)")
                .setParameter("until", now.plus(LEASE)).setParameter("node", node).setParameter("id", id)
                .setParameter("s", Bulletin.Status.SENDING).setParameter("now", now).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> addressedEmails(Long id) {
        Set<String> out = new HashSet<>();
        em.createQuery("select r.email from BulletinRecipient r where r.bulletinId = :b", String.class).setParameter("b", id)
                .getResultStream().forEach(e -> out.add(e.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The bulletin's email list as the audience stands now (choices and refusals applied). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Recipient> audience(Long id) {
        Bulletin b = em.find(Bulletin.class, id);
        return audiences.lists(AudienceSpec.parse(b.getAudience()).orElseThrow(), Topic.BULLETIN).email();
    }

    /** One batch: a recipient row, a stop link and an outbox message each; renews the lease. False: lease lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean write(Long id, String node, List<Recipient> batch) {
        if (!renew(id, node)) return false;
        for (Recipient r : batch) {
            BulletinRecipient row = new BulletinRecipient(id, r.accountId(), r.email().strip(), r.name());
            em.persist(row);
            em.flush(); // the outbox key needs the row's id
            String stop = unsubscribe.link(r.accountId(), r.contactId(), Topic.BULLETIN.name());
            // the row is new, so is its message: no look-up for an existing key (thousands per bulletin)
            outbox.enqueueNew(Bulletins.OUTBOX_KIND, Json.createObjectBuilder().add("r", row.getId()).add("u", stop).build().toString());
        }
        em.flush();
        em.clear();
        return true;
    }

    private boolean renew(Long id, String node) {
        Instant now = clock.instant();
        return em.createQuery("update Bulletin b set b.expandLease = :until where b.id = :id and b.leaseOwner = :node"
                        + " and b.expandedAt is null")
                .setParameter("until", now.plus(LEASE)).setParameter("id", id).setParameter("node", node).executeUpdate() == 1;
    }

    /** Every recipient is written: the total becomes the real count, and the schedule may close it when all are done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addressed(Long id, String node) {
        long n = em.createQuery("select count(r) from BulletinRecipient r where r.bulletinId = :b", Long.class).setParameter("b", id)
                .getSingleResult();
        em.createQuery("update Bulletin b set b.expandedAt = :now, b.expected = :n, b.expandLease = null, b.version = b.version + 1"
                        + " where b.id = :id and b.leaseOwner = :node and b.expandedAt is null")
                .setParameter("now", clock.instant()).setParameter("n", (int) n).setParameter("id", id).setParameter("node", node)
                .executeUpdate();
    }
}
