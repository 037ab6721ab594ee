package org.acorn.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.config.Settings;

/**
 * Keeps this node's index in step with the index events: applies every event after the index's last applied
 * sequence, in order, in batches. Woken straight after a commit on this node (and waited for, so the
 * request's redirect already finds the change), and polling for other nodes' changes and anything missed.
 */
@ApplicationScoped
public class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    static final int BATCH = 200;
    /** How long a saving request waits for its change to be searchable before going on without it. */
    static final long WAIT_SECONDS = 10;

    @Inject SiteIndex site;
    @Inject IndexEventLog events;
    @Inject Clock clock;
    @Inject Settings settings;
    @Resource ManagedScheduledExecutorService executor;

    private volatile boolean stopping;
    private ScheduledFuture<?> poller;

    void start(@Observes @Priority(600) DatabaseReady ready) {
        long every = settings.outboxPollMillis();
        poller = executor.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }

    void poll() {
        if (stopping || !site.writing().tryLock()) return; // a rebuild or another pass is writing
        try {
            catchUp();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "event=search.follow.failed", e);
        } finally {
            site.writing().unlock();
        }
    }

    /** After a commit on this node that changed a searchable record: make it searchable before the response. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexEvents.Changed changed) {
        if (stopping) return;
        try {
            executor.submit(() -> applyNow(changed.keys())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // the poller applies it shortly; the save itself has succeeded
            LOG.log(Level.WARNING, "event=search.follow.late keys=" + changed.keys().size(), e);
        }
    }

    private Void applyNow(Set<DocumentKey> keys) throws IOException, InterruptedException {
        if (!site.writing().tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) return null;
        try {
            if (!catchUp()) {
                // an earlier event is still in flight elsewhere: show these records' new state now, in turn later
                Batch b = read(keys);
                site.open().refresh(b.upserts, b.deletes);
            }
            return null;
        } finally {
            site.writing().unlock();
        }
    }

    /** Applies every event that is ready; true when nothing is left waiting. Caller holds the writing lock. */
    boolean catchUp() throws IOException {
        SearchIndex index = site.open();
        while (!stopping) {
            long applied = index.lastAppliedSequence();
            List<IndexEventLog.Entry> fetched = events.after(applied, BATCH);
            if (fetched.isEmpty()) return true;
            List<IndexEventLog.Entry> ready = EventOrder.ready(applied, fetched, events::rowsBetween,
                    clock.instant().minus(SiteIndex.SETTLE));
            if (ready.isEmpty()) return false;
            apply(index, ready);
            if (ready.size() < fetched.size()) return false;
        }
        return false;
    }

    private void apply(SearchIndex index, List<IndexEventLog.Entry> batch) throws IOException {
        Set<DocumentKey> keys = new LinkedHashSet<>();
        for (IndexEventLog.Entry e : batch) {
            DocumentKey key = IndexEvents.key(e.payload());
            if (key == null) {
                LOG.warning(() -> "event=search.follow.unreadable sequence=" + e.sequence());
            } else {
                keys.add(key);
            }
        }
        if (keys.removeIf(k -> SiteIndex.SYNONYMS.equals(k.kind()))) site.reloadSynonyms();
        Batch b = read(keys);
        long last = batch.get(batch.size() - 1).sequence();
        index.apply(last, b.upserts, b.deletes);
        LOG.fine(() -> "event=search.follow.applied sequence=" + last + " documents=" + keys.size());
    }

    private record Batch(List<SearchDocument> upserts, List<DocumentKey> deletes) { }

    /** Each record as its source has it now; gone, unlisted or of a kind no source has any more: removed. */
    private Batch read(java.util.Collection<DocumentKey> keys) {
        List<SearchDocument> upserts = new ArrayList<>();
        List<DocumentKey> deletes = new ArrayList<>();
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        for (DocumentKey key : keys) {
            if (SiteIndex.SYNONYMS.equals(key.kind())) site.reloadSynonyms();
            else idsByKind.computeIfAbsent(key.kind(), k -> new ArrayList<>()).add(key.id());
        }
        // each source reads its records in one go: an import's thousands of events are a few queries
        idsByKind.forEach((kind, ids) -> {
            Map<String, SearchDocument> now = site.source(kind).map(s -> s.some(ids)).orElse(Map.of());
            for (String id : ids) {
                SearchDocument d = now.get(id);
                if (d != null) upserts.add(d);
                else deletes.add(new DocumentKey(kind, id));
            }
        });
        return new Batch(upserts, deletes);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (poller != null) poller.cancel(false);
    }
}
