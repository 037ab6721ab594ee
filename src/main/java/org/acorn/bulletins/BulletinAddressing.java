package org.acorn.bulletins;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.bulletins.audience.Recipient;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.config.NodeName;

/**
 * Addresses queued bulletins in the background: works out the audience, then writes recipient rows and their
 * outbox messages in batches, each batch its own transaction. Woken after the commit that queued a bulletin, at
 * start-up and by every schedule pass, so a node that died half-way is resumed by the next one whose lease is free
 * (at once by the same installation started again: its lease is in its own name).
 * Resuming is idempotent: addresses that already have a row are skipped (and (bulletin, email) is unique).
 */
@ApplicationScoped
public class BulletinAddressing {

    private static final Logger LOG = Logger.getLogger(BulletinAddressing.class.getName());
    static final int BATCH = 250;

    /** Fired in the transaction that queued a bulletin; observed after commit. */
    public record Queued(Long bulletinId) { }

    @Resource ManagedExecutorService executor;
    @Inject BulletinQueue queue;

    @Inject NodeName node;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopping;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        wake();
    }

    void start(@Observes DatabaseReady ready) {
        wake();
    }

    /** Asks for a pass in the background; a pass already running goes round once more. */
    public void wake() {
        again.set(true);
        if (!stopping) executor.execute(this::addressPending);
    }

    /** Addresses every queued bulletin this node can take the lease on. */
    void addressPending() {
        while (!stopping && again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                for (Long id : queue.unaddressed()) address(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event=bulletin.addressing.failed", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void address(Long id) {
        if (!queue.claim(id, node.get())) return;
        Set<String> done = queue.addressedEmails(id);
        List<Recipient> audience = queue.audience(id);
        int written = 0;
        for (int i = 0; i < audience.size() && !stopping; i += BATCH) {
            List<Recipient> batch = audience.subList(i, Math.min(audience.size(), i + BATCH)).stream()
                    .filter(r -> done.add(r.key())).toList();
            if (!queue.write(id, node.get(), batch)) return; // the lease was lost (this node stalled): the holder goes on
            written += batch.size();
        }
        if (stopping) return; // the lease runs out and another pass (here after restart, or another node) finishes
        queue.addressed(id, node.get());
        int n = written;
        LOG.info(() -> "event=bulletin.addressed id=" + id + " written=" + n);
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
