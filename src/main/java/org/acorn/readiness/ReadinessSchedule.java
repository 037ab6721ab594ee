package org.acorn.readiness;

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
import org.acorn.platform.PlatformStartup.DatabaseReady;

/** Every node, every {@code acorn.readiness.pass.seconds}: reminders before checklist documents expire. */
@ApplicationScoped
public class ReadinessSchedule {

    private static final Logger LOG = Logger.getLogger(ReadinessSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject ExpiryReminders reminders;
    @Inject ReadinessSettings settings;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::runOnce, 7, settings.passSeconds(), TimeUnit.SECONDS);
    }

    /** One pass; never throws (that would stop the schedule). */
    public void runOnce() {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=readiness.pass.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
