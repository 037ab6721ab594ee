package org.acorn.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.config.NodeName;
import org.acorn.platform.config.Settings;

/**
 * Runs outbox messages after commit: woken straight after a commit that queued something, and polling
 * as a safety net (messages left by a crash, retries, other nodes' rows). Safe to run on every node.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject OutboxStore store;
    @Inject Instance<OutboxHandler> handlers;
    @Inject Settings settings;
    @Inject NodeName node;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private ScheduledFuture<?> poller;

    void start(@Observes DatabaseReady ready) {
        // leases in this node's name are from before a crash: nothing here holds them now
        int released = store.release(node.get());
        if (released > 0) LOG.info(() -> "event=outbox.leases.released count=" + released);
        long every = settings.outboxPollMillis();
        poller = executor.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
    }

    /** Ask for a pass now (called after a commit that queued messages). */
    public void wake() {
        if (!stopping) executor.execute(this::drain);
    }

    void drain() {
        if (stopping || !running.compareAndSet(false, true)) return;
        try {
            Map<String, OutboxHandler> byKind = handlers.stream()
                    .collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
            List<Long> due;
            while (!stopping && !(due = store.due(50)).isEmpty()) {
                for (Long id : due) {
                    if (stopping) return;
                    store.claim(id, node.get()).ifPresent(message -> run(message, byKind.get(message.getKind())));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=outbox.pass.failed", e);
        } finally {
            running.set(false);
        }
    }

    private void run(OutboxMessage message, OutboxHandler handler) {
        try {
            if (handler == null) throw new IllegalStateException("no handler for kind " + message.getKind());
            handler.handle(message.getPayload());
            store.done(message.getId());
        } catch (Exception e) {
            LOG.warning(() -> "event=outbox.message.failed id=" + message.getId() + " kind=" + message.getKind()
                    + " attempt=" + message.getAttempts() + " error=" + e.getClass().getSimpleName());
            store.failed(message.getId(), message.getAttempts(), e.getClass().getSimpleName() + ": " + e.getMessage(),
                    e instanceof PermanentFailure);
        }
    }

    /** Graceful shutdown: stop taking new work; a message mid-send finishes or its lease expires. */
    @PreDestroy
    void stop() {
        stopping = true;
        if (poller != null) poller.cancel(false);
    }
}
