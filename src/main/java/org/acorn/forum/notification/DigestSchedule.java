package org.acorn.forum.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.forum.Subscription.Mode;
import org.acorn.platform.PlatformStartup.DatabaseReady;

/** Every hour on every node: the digests that are due, and old unsubscribe links cleared away. */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject Digests digests;
    @Inject Unsubscribe unsubscribe;
    @Inject java.time.Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::runQuietly, 10, 60, TimeUnit.MINUTES);
    }

    /** One pass: daily digests for everyone due, weekly ones on the weekly day. Returns how many were queued. */
    public int runOnce() {
        java.time.Instant now = java.time.Instant.now(clock);
        int sent = 0;
        for (Long id : digests.subscribers(Mode.DAILY)) {
            if (sendQuietly(id, Mode.DAILY, now)) sent++;
        }
        if (digests.weeklyDay(now)) {
            for (Long id : digests.subscribers(Mode.WEEKLY)) {
                if (sendQuietly(id, Mode.WEEKLY, now)) sent++;
            }
        }
        return sent;
    }

    private boolean sendQuietly(Long id, Mode period, java.time.Instant now) {
        try {
            return digests.send(id, period, now);
        } catch (RuntimeException e) { // another node took this person's digest first
            LOG.log(Level.WARNING, "event=forum.digest.failed account=" + id, e);
            return false;
        }
    }

    private void runQuietly() {
        try {
            int sent = runOnce();
            int purged = unsubscribe.purge();
            LOG.info(() -> "event=forum.digests.pass sent=" + sent + " purged=" + purged);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=forum.digests.pass.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
