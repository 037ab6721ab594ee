package org.acorn.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acorn.directory.search.ListingDocuments;
import org.acorn.search.SearchIndex;
import org.acorn.search.SearchRequest;
import org.acorn.search.SearchResults;
import org.acorn.search.SiteAnalyzer;
import org.acorn.search.Visibility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One directory search as a visitor makes it — some words, a district and a target group, the top 20 and every
 * facet count — answered three ways over the same rows: the portal's Lucene index, MariaDB FULLTEXT, and LIKE.
 * The queries rotate through a fixed list so no engine answers one query from a warm cache all run long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    static final String DISTRICT = ListingDocuments.DISTRICT;
    static final String TARGET_GROUP = ListingDocuments.GROUP;

    static final List<String> WORDS = List.of("youth club", "parenting course", "counselling", "young carers",
            "domestic abuse support", "breastfeeding", "holiday club", "parent support", "mentoring", "advice drop-in",
            "family support visits", "dads group");

    @Param({"lucene", "fulltext", "like"})
    public String engine;

    private record Query(String words, long districtId, String district, long targetGroupId, String targetGroup) { }

    private final List<Query> queries = new ArrayList<>();
    private int next;
    private SearchIndex index;
    private Connection db;
    private SqlDirectorySearch sql;

    @Setup(Level.Trial)
    public void open() throws SQLException, IOException {
        db = BenchDatabase.connect();
        List<Long> districtIds = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id, name from district order by sort_order")) {
            while (rs.next()) { districtIds.add(rs.getLong(1)); districts.add(rs.getString(2)); }
        }
        List<Long> groupIds = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, label from taxonomy_term where taxonomy_id = 3 order by sort_order")) {
            while (rs.next()) { groupIds.add(rs.getLong(1)); groups.add(rs.getString(2)); }
        }
        for (int i = 0; i < 60; i++) {
            int d = i % districts.size();
            int g = (i * 7) % groups.size();
            queries.add(new Query(WORDS.get(i % WORDS.size()), districtIds.get(d), districts.get(d), groupIds.get(g), groups.get(g)));
        }
        switch (engine) {
            case "lucene" -> index = SearchIndex.open(Path.of(System.getProperty("acorn.bench.index")), SiteAnalyzer.withSeedSynonyms());
            case "fulltext" -> sql = new SqlDirectorySearch(db, SqlDirectorySearch.Matching.FULLTEXT);
            case "like" -> sql = new SqlDirectorySearch(db, SqlDirectorySearch.Matching.LIKE);
            default -> throw new IllegalArgumentException(engine);
        }
    }

    @Benchmark
    public Object search() throws IOException, SQLException {
        Query q = queries.get(next++ % queries.size());
        if (index != null) {
            SearchResults r = index.search(SearchRequest.builder(Visibility.forVisitor()).kind(ListingDocuments.SERVICE).typed(q.words())
                    .facet(DISTRICT, q.district()).facet(TARGET_GROUP, q.targetGroup()).page(1, 20).build());
            return r;
        }
        return sql.search(new SqlDirectorySearch.Query(q.words(), q.districtId(), q.targetGroupId()));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        if (index != null) index.close();
        db.close();
    }
}
