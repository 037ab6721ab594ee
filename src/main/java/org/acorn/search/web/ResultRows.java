package org.acorn.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.platform.security.Caller;
import org.acorn.search.SearchResults;
import org.acorn.search.SearchSource;
import org.acorn.search.SiteIndex;
import org.acorn.search.Visibility;

/** Runs a search for the person reading and turns its hits into rows the page and the CSV show alike. */
@ApplicationScoped
public class ResultRows {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    @Inject SiteIndex index;
    @Inject Caller caller;
    @Inject @jakarta.enterprise.inject.Any jakarta.enterprise.inject.Instance<org.acorn.search.ReaderGroups> groups;

    /**
     * One result as shown: kind label, title, link (site-relative), snippet (safe HTML), verified date (blank when
     * never), flag; {@code verifiable} when the kind of record is ever verified (a forum post is not).
     */
    public record Row(String kind, String title, String url, String snippetHtml, String verified, String flag,
                      boolean verifiable) {
        /** The snippet as plain text, for a spreadsheet. */
        public String summary() {
            return SearchResults.snippetText(snippetHtml);
        }
    }

    public Map<String, SearchSource> sources() { return index.sources(); }

    public Set<Visibility> readerMaySee() { return Readers.of(caller); }

    /** The groups the reader is in, from every feature that has records for groups. */
    public Set<String> readerGroups() {
        if (!caller.isSignedIn() || caller.isStaff()) return Set.of(); // staff see everything already
        Set<String> out = new java.util.HashSet<>();
        groups.forEach(g -> out.addAll(g.of(caller)));
        return out;
    }

    public SearchResults search(SearchParameters p, int page, int pageSize) throws IOException {
        return index.search(p.request(readerMaySee(), page, pageSize).readerGroups(readerGroups()).build());
    }

    public List<Row> rows(SearchResults results) {
        Map<String, SearchSource> sources = index.sources();
        return results.hits().stream().map(h -> {
            SearchSource s = sources.get(h.key().kind());
            return new Row(s == null ? h.key().kind() : s.label(), h.title(), h.url(), h.snippetHtml(),
                    date(h.verified()), s == null ? "" : s.flag(h), s != null && s.verifiable());
        }).toList();
    }

    static String date(Instant i) { return i == null ? "" : DATE.format(i); }
}
