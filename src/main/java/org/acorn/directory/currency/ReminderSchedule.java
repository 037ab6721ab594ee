package org.acorn.directory.currency;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.platform.PlatformStartup.DatabaseReady;

/**
 * The daily reminder pass on every node. Safe when two nodes run it at once: an organisation's cycle number
 * and each email's outbox key are unique, so the second node's transaction for that organisation fails and
 * is rolled back, sending nothing twice.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    static final long FIRST_RUN_MINUTES = 15;
    static final long EVERY_MINUTES = 24 * 60;

    @Resource ManagedScheduledExecutorService executor;
    @Inject ListingReminders reminders;
    @Inject Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::runQuietly, FIRST_RUN_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** One pass over every candidate organisation; returns how many got each action. */
    public Map<ReminderRules.Action, Integer> runOnce() {
        Instant now = clock.instant();
        Map<ReminderRules.Action, Integer> done = new EnumMap<>(ReminderRules.Action.class);
        for (Long id : reminders.candidates(now)) {
            try {
                done.merge(reminders.process(id, now), 1, Integer::sum);
            } catch (RuntimeException e) { // e.g. another node took this organisation's cycle first
                LOG.log(Level.WARNING, "event=listing.reminder.failed organisation=" + id, e);
            }
        }
        LOG.info(() -> "event=listing.reminders.pass " + done);
        return done;
    }

    /** Never throws: an exception would stop the schedule for good. */
    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=listing.reminders.pass.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
