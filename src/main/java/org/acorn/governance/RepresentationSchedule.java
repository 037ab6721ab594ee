package org.acorn.governance;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.governance.election.ElectionMail;
import org.acorn.governance.election.Elections;
import org.acorn.governance.election.Election;
import org.acorn.governance.reportback.ReportBackReminders;
import org.acorn.platform.PlatformStartup.DatabaseReady;

/**
 * Every node, every {@code acorn.governance.pass.minutes}: election stage emails (nominations open, voting
 * open) and report-back reminders. Both are keyed in the outbox, so nodes running it together send once.
 */
@ApplicationScoped
public class RepresentationSchedule {

    private static final Logger LOG = Logger.getLogger(RepresentationSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject Elections elections;
    @Inject ElectionMail electionMail;
    @Inject ReportBackReminders reminders;
    @Inject GovernanceSettings settings;
    @Inject Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        // first pass one interval after start: a restart does not need to catch up at once (the emails are keyed)
        long every = settings.passMinutes() * 60L;
        schedule = executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.SECONDS);
    }

    /** One pass; never throws (that would stop the schedule). */
    public void runOnce() {
        try {
            for (Election e : elections.all()) {
                if (e.getStatus() == Election.Status.SCHEDULED) electionMail.stageNotices(e, clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=representation.elections.failed", e);
        }
        try {
            int n = reminders.remind();
            LOG.fine(() -> "event=representation.reminders queued=" + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=representation.reminders.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
