package org.acorn.training;

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
import org.acorn.training.booking.Bookings;

/** Every node, every {@code acorn.training.pass.seconds}: lapsed offers passed on, reminders a week and a day before,
 * warnings before training lapses, feedback requests after a run. */
@ApplicationScoped
public class TrainingSchedule {

    private static final Logger LOG = Logger.getLogger(TrainingSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject Bookings bookings;
    @Inject TrainingSettings settings;
    @Inject org.acorn.training.feedback.Feedbacks feedbacks;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        long every = settings.passSeconds();
        schedule = executor.scheduleWithFixedDelay(this::runOnce, 5, every, TimeUnit.SECONDS);
    }

    /** One pass; never throws (that would stop the schedule). */
    public void runOnce() {
        try {
            int lapsed = bookings.lapseOffers();
            int reminded = bookings.remind();
            int expiring = bookings.remindExpiring();
            int feedback = feedbacks.askAfterRuns();
            LOG.fine(() -> "event=training.pass lapsed=" + lapsed + " reminded=" + reminded + " expiring=" + expiring + " feedback=" + feedback);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=training.pass.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
