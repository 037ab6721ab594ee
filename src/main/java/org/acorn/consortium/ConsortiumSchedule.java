package org.acorn.consortium;

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
import org.acorn.consortium.bid.BidReminders;
import org.acorn.platform.PlatformStartup.DatabaseReady;

/** Every node, every {@code acorn.consortium.pass.seconds}: bid task and deadline reminders. */
@ApplicationScoped
public class ConsortiumSchedule {

    private static final Logger LOG = Logger.getLogger(ConsortiumSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject BidReminders reminders;
    @Inject ConsortiumSettings settings;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::runOnce, 7, settings.passSeconds(), TimeUnit.SECONDS);
    }

    /** One pass; never throws (that would stop the schedule). */
    public void runOnce() {
        try {
            int tasks = reminders.tasksDue();
            int deadlines = reminders.deadlines();
            LOG.fine(() -> "event=consortium.pass tasks=" + tasks + " deadlines=" + deadlines);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=consortium.pass.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
