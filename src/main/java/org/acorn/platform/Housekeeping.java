package org.acorn.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.account.ExpiredTokens;
import org.acorn.platform.config.Settings;
import org.acorn.platform.outbox.OutboxStore;
import org.acorn.platform.security.Throttle;

/**
 * Hourly tidying on every node: throttle counts older than a day and spent or expired one-time links older
 * than a week are deleted, and search index events older than {@code acorn.search.events.kept.days}. Each step is a conditional delete, so two nodes running it at once do no harm
 * (the second finds nothing left); a failed step is logged and tried again next hour.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    static final Duration THROTTLE_KEPT = Duration.ofDays(1);
    static final Duration TOKENS_KEPT = Duration.ofDays(7);
    static final long FIRST_RUN_MINUTES = 5;
    static final long EVERY_MINUTES = 60;

    @Resource ManagedScheduledExecutorService executor;
    @Inject Throttle throttle;
    @Inject ExpiredTokens tokens;
    @Inject Clock clock;
    @Inject OutboxStore outbox;
    @Inject Settings settings;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::runOnce, FIRST_RUN_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** One pass. Never throws: an exception would stop the schedule for good. */
    void runOnce() {
        Instant now = clock.instant();
        try {
            int n = throttle.purgeBefore(now.minus(THROTTLE_KEPT));
            LOG.fine(() -> "event=housekeeping.throttle deleted=" + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=housekeeping.throttle.failed", e);
        }
        try {
            int n = tokens.purge(now.minus(TOKENS_KEPT), now);
            LOG.fine(() -> "event=housekeeping.tokens deleted=" + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=housekeeping.tokens.failed", e);
        }
        try {
            int n = outbox.pruneFollowed(now.minus(settings.searchEventsKept()));
            LOG.fine(() -> "event=housekeeping.index.events deleted=" + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=housekeeping.index.events.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
