package org.acorn.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Titles offered as someone types, matching the start of any word ("mental" finds "Child Mental Health
 * Drop-in"). Built from the main index's stored titles and kept in memory: it is derived data, so it needs
 * no files of its own and can never disagree with the index for long. Visibility is a suggester context, so
 * a visitor is never offered a members-only title.
 */
final class TitleSuggester implements Closeable {

    private static final int MAX_KEY = 100;
    private static final char SEP = '\u0000';

    private final AnalyzingInfixSuggester suggester;
    private boolean built;

    TitleSuggester(SiteAnalyzer analyzer) throws IOException {
        // plain analysis: prefixes of stemmed words would surprise ("communi" is not a prefix of "commun")
        suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer.plain(), analyzer.plain(),
                2, false);
    }

    synchronized void rebuildFrom(IndexReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            StoredFields stored = r.storedFields();
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                Document d = stored.document(doc);
                String title = d.get(IndexFields.TITLE);
                if (title == null || title.isBlank()) continue;
                entries.add(new Entry(title, Set.of(d.getValues(IndexFields.VISIBILITY)),
                        d.get(IndexFields.KIND) + SEP + d.get(IndexFields.ID) + SEP + d.get(IndexFields.URL)));
            }
        }
        suggester.build(new Entries(entries.iterator()));
        built = true;
    }

    synchronized boolean isBuilt() { return built; }

    /** @param readerMay the index terms of the reader's levels and groups ({@link Visibility#tokens}) */
    List<Suggestion> suggest(String typed, List<BytesRef> readerMay, int count) throws IOException {
        if (typed == null || readerMay.isEmpty() || count < 1) return List.of();
        String key = typed.strip();
        if (key.length() > MAX_KEY) key = key.substring(0, MAX_KEY);
        if (key.codePoints().noneMatch(Character::isLetterOrDigit)) return List.of();
        Set<BytesRef> contexts = Set.copyOf(readerMay);
        List<LookupResult> found;
        synchronized (this) {
            if (!built) return List.of();
            found = suggester.lookup(key, contexts, count * 2, true, false);
        }
        // two records may share a title: offer each title once
        Map<String, Suggestion> byTitle = new LinkedHashMap<>();
        for (LookupResult r : found) {
            String[] p = r.payload.utf8ToString().split(String.valueOf(SEP), 3);
            String title = r.key.toString();
            byTitle.putIfAbsent(title, new Suggestion(title, new DocumentKey(p[0], p[1]), p[2]));
        }
        return byTitle.values().stream().limit(count).toList();
    }

    @Override
    public synchronized void close() throws IOException { suggester.close(); }

    private record Entry(String title, Set<String> readers, String payload) { }

    private static final class Entries implements InputIterator {
        private final Iterator<Entry> it;
        private Entry current;

        Entries(Iterator<Entry> it) { this.it = it; }

        @Override public BytesRef next() {
            if (!it.hasNext()) return null;
            current = it.next();
            return new BytesRef(current.title());
        }
        @Override public long weight() { return 0; }
        @Override public BytesRef payload() { return new BytesRef(current.payload().getBytes(StandardCharsets.UTF_8)); }
        @Override public boolean hasPayloads() { return true; }
        @Override public Set<BytesRef> contexts() {
            return current.readers().stream().map(BytesRef::new).collect(Collectors.toSet());
        }
        @Override public boolean hasContexts() { return true; }
    }
}
