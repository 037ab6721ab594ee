package org.acorn.bulletins;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.bulletins.digest.UpdateMailing;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.updates.Updates;

/**
 * Every pass (acorn.bulletins.pass.seconds) on every node: scheduled bulletins that are due are started, queued
 * bulletins left half-addressed by a node that died are resumed, sent ones
 * are closed, updates that have reached their publishing time are announced, and the weekly digest goes out once
 * its day and hour come. Each step is safe when two nodes run it at once (conditional updates, unique keys).
 */
@ApplicationScoped
public class BulletinSchedule {

    private static final Logger LOG = Logger.getLogger(BulletinSchedule.class.getName());
    static final int DIGEST_BATCH = 200;

    @Resource ManagedScheduledExecutorService executor;
    @Inject Bulletins bulletins;
    @Inject BulletinAddressing addressing;
    @Inject SendSlots.SlotStore slots;
    @Inject Updates updates;
    @Inject UpdateMailing mailing;
    @Inject BulletinSettings settings;
    @Inject Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        int every = settings.passSeconds();
        schedule = executor.scheduleWithFixedDelay(this::runQuietly, Math.min(every, 20), every, TimeUnit.SECONDS);
    }

    void runOnce() {
        for (Long id : bulletins.due()) {
            try {
                int n = bulletins.startScheduled(id);
                LOG.info(() -> "event=bulletin.started id=" + id + " recipients=" + n);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event=bulletin.start.failed id=" + id, e);
            }
        }
        addressing.wake(); // resumes a bulletin whose addressing node died (its lease has run out)
        bulletins.finishSending();
        slots.prune(clock.millis() - 3_600_000L);
        for (Long id : updates.dueForNotice()) {
            try {
                mailing.announce(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event=update.announce.failed id=" + id, e);
            }
        }
        Instant moment = mailing.digestMoment(clock.instant());
        if (moment != null) {
            List<UpdateMailing.Planned> plan = mailing.plan(moment);
            int sent = 0;
            for (int i = 0; i < plan.size(); i += DIGEST_BATCH) {
                try {
                    sent += mailing.queue(plan.subList(i, Math.min(plan.size(), i + DIGEST_BATCH)), moment);
                } catch (RuntimeException e) { // another node queued some of these first: the next pass plans again
                    LOG.log(Level.FINE, "event=update.digest.batch.skipped", e);
                }
            }
            if (sent > 0) {
                int n = sent;
                LOG.info(() -> "event=update.digests.queued count=" + n);
            }
        }
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=bulletin.pass.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
