package org.acorn.meetings;

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
import org.acorn.meetings.minutes.ActionLog;
import org.acorn.platform.PlatformStartup.DatabaseReady;

/** Every node, every {@code acorn.meetings.pass.minutes}: action reminders (keyed, so nodes together send once). */
@ApplicationScoped
public class MeetingsSchedule {

    private static final Logger LOG = Logger.getLogger(MeetingsSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject ActionLog actions;
    @Inject MeetingsSettings settings;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        long every = settings.passMinutes() * 60L;
        schedule = executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.SECONDS);
    }

    /** One pass; never throws (that would stop the schedule). */
    public void runOnce() {
        try {
            int n = actions.remind();
            LOG.fine(() -> "event=meetings.reminders queued=" + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=meetings.reminders.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
