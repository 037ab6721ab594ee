package org.acorn.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * This node's search index: a Lucene index in a directory (in production {@code <ACORN_DATA_DIR>/index}).
 * Writes are serialised; reads are near-real-time through a {@link SearcherManager} and never wait for writes.
 *
 * <p>The index is a cache of the database. {@link #apply} records the outbox sequence it has applied in the
 * same commit as the change, so after a crash or restart the node catches up from the sequence after
 * {@link #lastAppliedSequence()} and nothing is applied twice or skipped.
 */
public final class SearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final String SEQUENCE = "acorn.outbox.sequence";
    /** How documents are laid out in the index; an index written with another layout is rebuilt at start. */
    static final String LAYOUT = "acorn.index.layout";
    static final String CURRENT_LAYOUT = "7"; // 2: a doc-values field per facet dimension; 3: body scored through "all"; 4: ids in doc values; 5: gaps between values; 6: typos matched on "all"; 7: reader groups
    /** Fewer exact hits than this and spelling-tolerant matching is tried. */
    static final int FEW_HITS = 3;
    private static final int FACET_VALUES = 50;

    private final Directory directory;
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private final Object writeLock = new Object();
    private final TitleSuggester suggester;
    private final Snippets snippets;
    private volatile SiteAnalyzer analyzer;
    private volatile TextQueries textQueries;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private long lastApplied;
    private volatile boolean suggestionsStale = true;
    private volatile FacetState facetState;

    /** The facet ordinals of one reader, per dimension (sorted by name, the order a page shows them in). */
    private record FacetState(IndexReader reader, SortedMap<String, SortedSetDocValuesReaderState> byDim) { }

    private SearchIndex(Directory directory, SiteAnalyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.textQueries = new TextQueries(analyzer);
        this.snippets = new Snippets();
        this.suggester = new TitleSuggester(analyzer);
        openWriter();
    }

    /** Opens (or creates) the index in {@code path}. */
    public static SearchIndex open(Path path, SiteAnalyzer analyzer) throws IOException {
        Files.createDirectories(path);
        return new SearchIndex(new MMapDirectory(path), analyzer);
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer.forIndex())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // a rebuild of 100,000 listings flushes a few large segments rather than many small ones
                .setRAMBufferSizeMB(48)
                // flushed segments stay as they are: copying each into a compound file is work a rebuild repeats
                .setUseCompoundFile(false);
        writer = new IndexWriter(directory, config);
        lastApplied = sequenceIn(writer);
        searchers = new SearcherManager(writer, null);
    }

    private static long sequenceIn(IndexWriter writer) {
        String sequence = commitData(writer, SEQUENCE);
        return sequence == null ? 0 : Long.parseLong(sequence);
    }

    private static String commitData(IndexWriter writer, String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) return e.getValue();
            }
        }
        return null;
    }

    /** False when the index holds documents laid out by an older version of Acorn: it must be rebuilt. */
    public boolean layoutCurrent() {
        synchronized (writeLock) {
            return countDocs() == 0 || CURRENT_LAYOUT.equals(commitData(writer, LAYOUT));
        }
    }

    /** Synonyms edited by an administrator: only queries change, so no reindex is needed. */
    public void useAnalyzer(SiteAnalyzer newAnalyzer) {
        // the index-time chain carries no synonyms and is the same for every SiteAnalyzer
        this.textQueries = new TextQueries(newAnalyzer);
        this.analyzer = newAnalyzer;
    }

    /** The outbox sequence of the last change this index holds (0 for a new index). */
    public long lastAppliedSequence() {
        synchronized (writeLock) {
            return lastApplied;
        }
    }

    /**
     * Applies the changes of one outbox event and records its sequence in the same commit. An event at or
     * below the recorded sequence was applied already and is ignored, so redelivery is harmless.
     *
     * @return false when the event had been applied before
     */
    public boolean apply(long sequence, Collection<SearchDocument> upserts, Collection<DocumentKey> deletes)
            throws IOException {
        synchronized (writeLock) {
            if (sequence <= lastApplied) return false;
            for (DocumentKey key : deletes) writer.deleteDocuments(new Term(IndexFields.KEY, key.term()));
            for (SearchDocument d : upserts) {
                writer.updateDocument(new Term(IndexFields.KEY, d.key().term()), IndexFields.toLucene(d, facetsConfig, analyzer.plain()));
            }
            commit(sequence);
            return true;
        }
    }

    /**
     * Writes the records' current state without moving the recorded sequence: for a change this node has just
     * committed but cannot apply in order yet (an earlier event is still in flight). The event is applied
     * again in its turn, reading the same or a newer state.
     */
    public void refresh(Collection<SearchDocument> upserts, Collection<DocumentKey> deletes) throws IOException {
        synchronized (writeLock) {
            for (DocumentKey key : deletes) writer.deleteDocuments(new Term(IndexFields.KEY, key.term()));
            for (SearchDocument d : upserts) {
                writer.updateDocument(new Term(IndexFields.KEY, d.key().term()), IndexFields.toLucene(d, facetsConfig, analyzer.plain()));
            }
            commit(lastApplied);
        }
    }

    /**
     * Replaces the whole index with {@code documents}. Readers keep seeing the old index until the new one is
     * complete; if the rebuild fails the old index stays. The recorded sequence is kept: each event is applied
     * by reading the record's current state, so replaying later events over a rebuild is harmless.
     */
    public long rebuild(Stream<SearchDocument> documents, RebuildProgress progress) throws IOException {
        return rebuild(documents, progress, 0);
    }

    /**
     * As {@link #rebuild(Stream, RebuildProgress)}, and records {@code coveredSequence} when it is higher than
     * the current one: the caller read the sources after every event up to it had committed, so those events
     * need not be applied again. Events after it are, harmlessly.
     */
    public long rebuild(Stream<SearchDocument> documents, RebuildProgress progress, long coveredSequence)
            throws IOException {
        synchronized (writeLock) {
            long count = 0;
            // one batch is added while this thread reads the next: reading waits on the database
            CompletableFuture<Void> adding = CompletableFuture.completedFuture(null);
            long started = System.nanoTime();
            long waited = 0; // reading stood still for the index: more than a little means indexing sets the pace
            try {
                writer.deleteAll();
                Iterator<SearchDocument> it = documents.iterator();
                List<SearchDocument> batch = new ArrayList<>(REBUILD_BATCH);
                while (it.hasNext()) {
                    batch.add(it.next());
                    if (batch.size() == REBUILD_BATCH || !it.hasNext()) {
                        long waiting = System.nanoTime();
                        finish(adding);
                        waited += System.nanoTime() - waiting;
                        if (count > 0) progress.indexed(count); // the last is reported once, after the commit
                        List<SearchDocument> ready = batch;
                        adding = CompletableFuture.runAsync(() -> addAll(ready));
                        count += ready.size();
                        batch = new ArrayList<>(REBUILD_BATCH);
                    }
                }
                long read = System.nanoTime() - started - waited;
                long waiting = System.nanoTime();
                finish(adding);
                waited += System.nanoTime() - waiting;
                long committing = System.nanoTime();
                commit(Math.max(lastApplied, coveredSequence));
                long readMillis = read / 1_000_000;
                long waitMillis = waited / 1_000_000;
                long commitMillis = (System.nanoTime() - committing) / 1_000_000;
                LOG.info(() -> "event=search.rebuild.timing readMillis=" + readMillis + " waitForIndexMillis=" + waitMillis
                        + " commitMillis=" + commitMillis);
            } catch (IOException | RuntimeException e) {
                // roll back to the last commit, once no batch is being added: the old index is still whole
                adding.exceptionally(ignored -> null).join();
                searchers.close();
                writer.rollback();
                openWriter();
                throw e;
            }
            progress.indexed(count);
            return count;
        }
    }

    /** Documents handed to the writer at a time during a rebuild. */
    private static final int REBUILD_BATCH = 1_000;

    /**
     * Adds documents on every core: analysis is most of a rebuild's work and IndexWriter takes documents from
     * several threads at once. The index was emptied first and sources list each record once, so each is an add.
     */
    private void addAll(List<SearchDocument> batch) {
        batch.parallelStream().forEach(d -> {
            try {
                writer.addDocument(IndexFields.toLucene(d, facetsConfig, analyzer.plain()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Waits for a batch being added; its failure is this rebuild's failure. */
    private static void finish(CompletableFuture<Void> adding) throws IOException {
        try {
            adding.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException io) throw io.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    /** How many documents the index holds (all visibilities). */
    public long documentCount() {
        synchronized (writeLock) {
            return countDocs();
        }
    }

    private long countDocs() {
        return writer.getDocStats().numDocs;
    }

    private void commit(long sequence) throws IOException {
        writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(sequence), LAYOUT, CURRENT_LAYOUT).entrySet());
        writer.commit();
        lastApplied = sequence;
        searchers.maybeRefreshBlocking();
        suggestionsStale = true;
    }

    public SearchResults search(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            SearchQuery typed = request.query();
            Query exact = textQueries.build(typed, false);
            Outcome outcome = run(searcher, request, exact);
            boolean closeMatches = false;
            // spelling tolerance when the words themselves are rare, not when facets narrowed a common word away
            if (exact != null && outcome.beforeFacets < FEW_HITS && TextQueries.mayHaveTypos(typed)) {
                Query tolerant = textQueries.build(typed, true);
                Outcome second = run(searcher, request, tolerant);
                if (second.total > outcome.total) {
                    outcome = second;
                    exact = tolerant;
                    closeMatches = true;
                }
            }
            List<SearchResults.Hit> hits = snippets.hits(searcher, analyzer.forIndex(), exact, outcome.page);
            return new SearchResults(outcome.total, request.page(), request.pageSize(), hits, outcome.facets,
                    closeMatches);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The ids of every record the request matches — its words (as typed, no spelling tolerance), kinds,
     * visibility, facets and ranges — in no order, for callers that filter by words alongside their own
     * conditions (the Open Referral API). Paging and order are ignored.
     */
    public Set<String> ids(SearchRequest request) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(baseQuery(request, textQueries.build(request.query(), false)), Occur.FILTER);
            narrowed(request).values().forEach(chosen -> query.add(chosen, Occur.FILTER));
            return searcher.search(query.build(), new IdCollectorManager());
        } finally {
            searchers.release(searcher);
        }
    }

    /** Collects the id doc value of every match; one set per slice, merged. */
    private static final class IdCollectorManager implements CollectorManager<IdCollectorManager.Ids, Set<String>> {

        static final class Ids extends SimpleCollector {
            final Set<String> ids = new HashSet<>();
            private SortedDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSorted(context.reader(), IndexFields.ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }

            @Override
            public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }
        }

        @Override
        public Ids newCollector() { return new Ids(); }

        @Override
        public Set<String> reduce(Collection<Ids> collectors) {
            Set<String> all = new HashSet<>();
            collectors.forEach(c -> all.addAll(c.ids));
            return all;
        }
    }

    /** beforeFacets: the matches of the words and filters before any facet narrowed them. */
    private record Outcome(long total, long beforeFacets, ScoreDoc[] page, List<SearchResults.FacetGroup> facets) { }

    private Outcome run(IndexSearcher searcher, SearchRequest request, Query text) throws IOException {
        // rewritten once for both passes: spelling-tolerant words expand to their close terms only once
        Query base = searcher.rewrite(baseQuery(request, text));
        int topN = request.page() * request.pageSize();
        Sort sort = sortFor(request.order());
        SortedMap<String, SortedSetDocValuesReaderState> states = facetStates(searcher.getIndexReader());
        TopDocs top;
        List<SearchResults.FacetGroup> groups = List.of();
        long total;
        long beforeFacets;
        if (states.isEmpty()) {
            // no document has a facet yet: plain search, no counts
            top = searcher.search(base, new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, false));
            total = top.totalHits.value;
            beforeFacets = total;
        } else {
            // Two passes. Counting every match for the facets needs no scores, only bit sets of what matched
            // (SidewaysCounts). Ranking then needs only the page's top documents, which lets Lucene skip blocks
            // that cannot compete (exact totals come from the counts).
            SidewaysCounts.Counted counted = SidewaysCounts.count(searcher, base, narrowed(request), states);
            groups = facetGroups(counted.facets(), request, states.keySet());
            total = counted.total();
            beforeFacets = counted.beforeFacets();
            // the words again, for their scores, but only over what was found (the matches lead the conjunction)
            Query ranked = new BooleanQuery.Builder().add(base, Occur.MUST).add(counted.matched(), Occur.FILTER).build();
            top = searcher.search(ranked, new TopFieldCollectorManager(sort, topN, null, topN, false));
        }
        int from = (request.page() - 1) * request.pageSize();
        ScoreDoc[] all = top.scoreDocs;
        ScoreDoc[] page = from >= all.length ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + request.pageSize()));
        return new Outcome(total, beforeFacets, page, groups);
    }

    private Query baseQuery(SearchRequest request, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        List<BytesRef> visible = Visibility.tokens(request.readerMaySee(), request.readerGroups());
        // an empty set lets nothing through: safer than forgetting the filter
        b.add(new TermInSetQuery(IndexFields.VISIBILITY, visible), Occur.FILTER);
        if (!request.kinds().isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.KIND, request.kinds().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        boolean unmatchable = request.facetFilters().entrySet().stream()
                .anyMatch(e -> e.getValue().stream().anyMatch(p -> !SearchRequest.usable(e.getKey(), p)));
        if (unmatchable) b.add(new MatchNoDocsQuery(), Occur.FILTER);
        for (SearchDocument.Span s : request.ranges()) {
            b.add(IntRange.newIntersectsQuery(IndexFields.RANGE_PREFIX + s.name(), new int[] {s.min()}, new int[] {s.max()}),
                    Occur.FILTER);
        }
        return b.build();
    }

    private static Sort sortFor(SearchRequest.Order order) {
        SortField name = new SortField(IndexFields.SORT_NAME, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, name);
            case NAME -> new Sort(name);
            case RECENTLY_VERIFIED -> {
                SortField verified = new SortField(IndexFields.SORT_VERIFIED, SortField.Type.LONG, true);
                verified.setMissingValue(Long.MIN_VALUE); // never verified: last
                yield new Sort(verified, name);
            }
        };
    }

    private List<SearchResults.FacetGroup> facetGroups(Facets facets, SearchRequest request, Set<String> dims)
            throws IOException {
        List<SearchResults.FacetGroup> out = new ArrayList<>();
        for (String dim : dims) {
            List<List<String>> chosen = request.facetFilters().getOrDefault(dim, List.of());
            SearchResults.FacetGroup top = group(facets, dim, List.of(), chosen);
            // a dimension only hidden records use is not shown (nor named) to this reader
            if (!top.values().isEmpty() || !chosen.isEmpty()) out.add(top);
            // the children of each chosen value, so people can narrow within a hierarchy
            for (List<String> path : chosen) {
                SearchResults.FacetGroup children = group(facets, dim, path, chosen);
                if (!children.values().isEmpty()) out.add(children);
            }
        }
        return out;
    }

    private static SearchResults.FacetGroup group(Facets facets, String dim, List<String> path,
            List<List<String>> chosen) throws IOException {
        FacetResult r;
        try {
            r = facets.getTopChildren(FACET_VALUES, dim, path.toArray(String[]::new));
        } catch (IllegalArgumentException unknownPath) {
            r = null; // a chosen value no document has (any more): no children to show
        }
        List<SearchResults.FacetCount> values = new ArrayList<>();
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                List<String> full = new ArrayList<>(path);
                full.add(lv.label);
                values.add(new SearchResults.FacetCount(lv.label, lv.value.intValue(), chosen.contains(full)));
            }
        }
        return new SearchResults.FacetGroup(dim, path, values);
    }

    /** Facet ordinals are per reader and costly to load: kept until the reader changes. */
    private SortedMap<String, SortedSetDocValuesReaderState> facetStates(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader == reader) return current.byDim;
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader == reader) return current.byDim;
            SortedMap<String, SortedSetDocValuesReaderState> byDim = new TreeMap<>();
            for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
                if (field.name.startsWith(IndexFields.FACET_PREFIX) && field.getDocValuesType() == DocValuesType.SORTED_SET) {
                    byDim.put(field.name.substring(IndexFields.FACET_PREFIX.length()),
                            new DefaultSortedSetDocValuesReaderState(reader, field.name, facetsConfig));
                }
            }
            facetState = new FacetState(reader, Collections.unmodifiableSortedMap(byDim));
            return facetState.byDim;
        }
    }

    /** Per dimension the reader narrowed by, its chosen values as alternatives (a drill-down term each). */
    private Map<String, Query> narrowed(SearchRequest request) {
        Map<String, Query> byDim = new java.util.LinkedHashMap<>();
        request.facetFilters().forEach((dim, paths) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            paths.stream().filter(p -> SearchRequest.usable(dim, p)).forEach(p -> any.add(new TermQuery(DrillDownQuery.term(
                    facetsConfig.getDimConfig(dim).indexFieldName, dim, p.toArray(String[]::new))), Occur.SHOULD));
            BooleanQuery q = any.build();
            if (!q.clauses().isEmpty()) byDim.put(dim, q);
        });
        return byDim;
    }


    /** Titles starting with what has been typed so far, only those the reader may see. */
    public List<Suggestion> suggest(String typed, Set<Visibility> readerMaySee, Set<String> readerGroups, int count)
            throws IOException {
        if (suggestionsStale || !suggester.isBuilt()) {
            // rebuilt at most once per batch of changes, on the first request that needs it
            IndexSearcher searcher = searchers.acquire();
            try {
                suggestionsStale = false;
                suggester.rebuildFrom(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        }
        return suggester.suggest(typed, Visibility.tokens(readerMaySee, readerGroups), count);
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            try (Directory d = directory; IndexWriter w = writer; SearcherManager s = searchers; TitleSuggester t = suggester) {
                // closed in reverse order by try-with-resources
            }
        }
    }
}
