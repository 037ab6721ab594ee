package org.acorn.directory.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.directory.Freshness;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.config.Settings;
import org.acorn.search.IndexEvents;

/**
 * The verified-status facet is fixed when a listing is indexed; time moves it on. Once a day this asks
 * for the listings that crossed the asking or the unverified limit recently to be indexed again. The window is
 * as long as index events are kept, so a node that was down misses none (a node down longer rebuilds).
 * Running on two nodes only indexes a few listings twice.
 */
@ApplicationScoped
public class FreshnessReindex {

    private static final Logger LOG = Logger.getLogger(FreshnessReindex.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Resource ManagedScheduledExecutorService executor;
    @Inject IndexEvents indexEvents;
    @Inject Settings settings;
    @Inject Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::runSafely, 10, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void runSafely() {
        try {
            int n = run();
            LOG.info(() -> "event=search.freshness.reindexed listings=" + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=search.freshness.failed", e);
        }
    }

    @Transactional
    public int run() {
        Instant now = clock.instant();
        Freshness f = Freshness.from(settings);
        Duration window = settings.searchEventsKept().plusDays(1);
        int n = 0;
        for (Instant limit : List.of(f.askBefore(now), f.flagBefore(now))) {
            n += mark("service", "select s.id from Service s where s.lastVerifiedAt > :from and s.lastVerifiedAt <= :to",
                    limit.minus(window), limit);
            n += mark("organisation", "select o.id from Organisation o where o.lastVerifiedAt > :from and o.lastVerifiedAt <= :to",
                    limit.minus(window), limit);
        }
        return n;
    }

    private int mark(String kind, String query, Instant from, Instant to) {
        List<Long> ids = em.createQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getResultList();
        ids.forEach(id -> indexEvents.changed(kind, id.toString()));
        return ids.size();
    }

    @PreDestroy
    void stop() {
        if (schedule != null) schedule.cancel(false);
    }
}
