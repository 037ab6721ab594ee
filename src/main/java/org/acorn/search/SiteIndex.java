package org.acorn.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.config.Settings;

/**
 * This node's index at {@code <data dir>/index}: opened when the database is ready, rebuilt from every
 * {@link SearchSource} when it is new, unreadable or further behind than the events still kept, then kept in
 * step by the {@link IndexFollower}. Each node has its own index, so two nodes never share files.
 */
@ApplicationScoped
public class SiteIndex {

    private static final Logger LOG = Logger.getLogger(SiteIndex.class.getName());
    /** An event written longer ago than this has committed or never will. */
    static final Duration SETTLE = Duration.ofSeconds(10);
    /** The pseudo-kind of the event that says the synonyms changed. */
    public static final String SYNONYMS = "synonyms";

    @Inject Settings settings;
    @Inject Instance<SearchSource> sources;
    @Inject IndexEventLog events;
    @Inject Synonyms synonyms;
    @Inject Clock clock;
    @Resource ManagedScheduledExecutorService executor;

    /** Held while the index is written in sequence (following or rebuilding), so changes apply in order. */
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong progress = new AtomicLong();
    private volatile SearchIndex index;
    private volatile Instant lastRebuildAt;
    private volatile long lastRebuildCount;
    private volatile String lastRebuildError;

    /** What the search admin page shows about this node's index. */
    public record Status(long documents, long lastApplied, long waiting, boolean rebuilding, long progress,
            Instant lastRebuildAt, long lastRebuildCount, String lastRebuildError) { }

    void start(@Observes @Priority(500) DatabaseReady ready) {
        Path path = settings.dataDir().resolve("index");
        boolean fresh = false;
        try {
            index = SearchIndex.open(path, analyzer());
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "event=search.index.unreadable action=rebuild", unreadable);
            deleteQuietly(path);
            try {
                index = SearchIndex.open(path, analyzer());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the search index in " + path, e);
            }
            fresh = true;
        }
        long applied = index.lastAppliedSequence();
        long oldest = events.oldest();
        boolean oldLayout = !index.layoutCurrent();
        if (fresh || oldLayout || (applied == 0 && index.documentCount() == 0) || applied < oldest) {
            LOG.info(() -> "event=search.index.rebuild reason="
                    + (oldLayout ? "layout" : applied < oldest && applied > 0 ? "behind" : "new"));
            rebuild();
        }
    }

    SiteAnalyzer analyzer() {
        SiteAnalyzer a = SiteAnalyzer.withSynonyms(synonyms.lines());
        if (!a.rejectedLines().isEmpty()) LOG.warning(() -> "event=search.synonyms.rejected lines=" + a.rejectedLines().size());
        return a;
    }

    /** Takes the administrators' current synonyms into use on this node. */
    void reloadSynonyms() {
        index.useAnalyzer(analyzer());
    }

    public SearchResults search(SearchRequest request) throws IOException { return open().search(request); }

    /** Every id the request matches, unordered (see {@link SearchIndex#ids}). */
    public Set<String> ids(SearchRequest request) throws IOException { return open().ids(request); }

    public List<Suggestion> suggest(String typed, Set<Visibility> readerMaySee, Set<String> readerGroups, int count)
            throws IOException {
        return open().suggest(typed, readerMaySee, readerGroups, count);
    }

    /** The sources by kind, in a stable order. */
    public Map<String, SearchSource> sources() {
        Map<String, SearchSource> byKind = new LinkedHashMap<>();
        sources.stream().sorted(Comparator.comparing(SearchSource::kind)).forEach(s -> byKind.put(s.kind(), s));
        return byKind;
    }

    Optional<SearchSource> source(String kind) { return Optional.ofNullable(sources().get(kind)); }

    SearchIndex open() {
        SearchIndex i = index;
        if (i == null) throw new IllegalStateException("the search index is not open yet");
        return i;
    }

    ReentrantLock writing() { return writing; }

    /**
     * Starts a rebuild in the background; false when one is already running. Searches keep using the old
     * index until the new one is complete.
     */
    public boolean rebuildInBackground() {
        // claimed here, not in the task: the page answering the request must already show the rebuild running
        if (!rebuilding.compareAndSet(false, true)) return false;
        progress.set(0);
        try {
            executor.submit(this::rebuildClaimed);
        } catch (RuntimeException e) {
            rebuilding.set(false);
            throw e;
        }
        return true;
    }

    /** Rebuilds now, in this thread. Events written before the sources are read need not be applied again. */
    void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) return;
        progress.set(0);
        rebuildClaimed();
    }

    private void rebuildClaimed() {
        writing.lock();
        try {
            long covered = events.settledUpTo(clock.instant().minus(SETTLE));
            // each source reads inside its own transaction; flatMap closes each stream when done
            Stream<SearchDocument> all = sources().values().stream().flatMap(SearchSource::all);
            long started = System.nanoTime();
            long count = open().rebuild(all, progress::set, covered);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "event=search.rebuilt documents=" + count + " millis=" + millis);
            lastRebuildCount = count;
            lastRebuildError = null;
        } catch (IOException | RuntimeException e) {
            lastRebuildError = e.getClass().getSimpleName();
            LOG.log(Level.WARNING, "event=search.rebuild.failed", e);
        } finally {
            lastRebuildAt = clock.instant();
            writing.unlock();
            rebuilding.set(false);
        }
    }

    public Status status() {
        SearchIndex i = open();
        long applied = i.lastAppliedSequence();
        return new Status(i.documentCount(), applied, events.waiting(applied), rebuilding.get(), progress.get(),
                lastRebuildAt, lastRebuildCount, lastRebuildError);
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) return;
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warning(() -> "event=search.index.delete.failed file=" + p.getFileName());
                }
            });
        } catch (IOException e) {
            LOG.warning("event=search.index.delete.failed");
        }
    }

    @PreDestroy
    void close() {
        SearchIndex i = index;
        if (i == null) return;
        try {
            // wait briefly for a write in progress; the index is crash-safe if it must be cut short
            if (writing.tryLock(5, TimeUnit.SECONDS)) writing.unlock();
            i.close();
        } catch (IOException | InterruptedException e) {
            LOG.log(Level.WARNING, "event=search.index.close.failed", e);
        }
    }
}
