package org.acorn.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.acorn.demo.BulkForum;
import org.acorn.testing.Demo;
import org.acorn.testing.WebClient;

/**
 * The forum benchmarks of src/bench/forum.sh (issue 7): {@code database} makes an empty database for the portal,
 * {@code fill} adds one large category to it after the demo has loaded, {@code signin} prints a member's cookie
 * for wrk, {@code queries} counts the SQL statements one page costs (MariaDB's own counter, so nothing in the
 * portal is instrumented), and {@code write} puts the figures into BENCHMARKS.md.
 */
public final class ForumBenchmarks {

    static final String BEGIN = "<!-- forum-benchmarks:begin -->";
    static final String END = "<!-- forum-benchmarks:end -->";
    static final String NAME = "acorn_forum_bench";

    private ForumBenchmarks() { }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = DirectoryBenchmarks.options(args);
        switch (args.length == 0 ? "" : args[0]) {
            case "database" -> database();
            case "fill" -> fill(Integer.parseInt(o.get("topics")), Integer.parseInt(o.get("posts")));
            case "signin" -> System.out.println(member(o.get("base")).cookieHeader());
            case "queries" -> queries(o.get("base"), o.get("path"));
            case "write" -> write(Path.of(o.get("props")), Path.of(o.getOrDefault("out", "BENCHMARKS.md")));
            default -> throw new IllegalArgumentException("usage: database | fill --topics N --posts M | signin --base URL"
                    + " | queries --base URL --path P | write --props FILE [--out FILE]");
        }
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection(BenchDatabase.SERVER + BenchDatabase.OPTIONS, BenchDatabase.USER, BenchDatabase.PASSWORD);
    }

    private static void database() throws SQLException {
        try (Connection c = server(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME);
            s.execute("create database " + NAME + " character set utf8mb4 collate utf8mb4_unicode_ci");
            for (String host : new String[] {"%", "localhost"}) {
                s.execute("create user if not exists 'acorn_bench'@'" + host + "' identified by 'acorn-bench'");
                s.execute("grant all on " + NAME + ".* to 'acorn_bench'@'" + host + "'");
            }
        }
    }

    private static void fill(int topics, int posts) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(BenchDatabase.SERVER + NAME + BenchDatabase.OPTIONS,
                BenchDatabase.USER, BenchDatabase.PASSWORD)) {
            BulkForum.Filled f = BulkForum.fill(c, topics, posts, 2026, Instant.now());
            try (Statement s = c.createStatement()) {
                s.execute("analyze table forum_topic, forum_post");
            }
            System.out.printf(Locale.ROOT, "category=%d%ntopic=%d%ntopics=%d%nposts=%d%nfill.seconds=%.1f%n",
                    f.categoryId(), f.bigTopicId(), f.topics(), f.posts(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static WebClient member(String base) throws IOException {
        WebClient c = new WebClient(new URL(base), "127.0.0.1");
        Demo.signIn(c, Demo.MEMBER);
        return c;
    }

    /**
     * Statements the server received while one page was served, the fewest of several tries (the portal's own
     * schedulers also query now and then), less the counter's read itself.
     */
    private static void queries(String base, String path) throws Exception {
        WebClient member = member(base);
        int status = member.get(path).status(); // warm: the first view of a page compiles it
        if (status != 200) throw new IllegalStateException(path + " answered " + status);
        try (Connection c = server()) {
            long idle = Long.MAX_VALUE;
            long page = Long.MAX_VALUE;
            for (int i = 0; i < 7; i++) {
                long a = questions(c);
                long b = questions(c);
                idle = Math.min(idle, b - a);
                member.get(path);
                page = Math.min(page, questions(c) - b);
            }
            System.out.println(page - idle);
        }
    }

    private static long questions(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("show global status like 'Questions'")) {
            r.next();
            return r.getLong(2);
        }
    }

    private static void write(Path props, Path out) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append('\n');
        md.append("## Forum (issue 7)\n\n");
        md.append("Measured ").append(LocalDate.now()).append(" on this machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
                .append(System.getProperty("java.version")).append(", MariaDB on the same host): the Group demo plus one members'")
                .append(" category of ").append(p.getProperty("topics")).append(" topics and ").append(p.getProperty("posts"))
                .append(" posts from `demo/BulkForum` (one topic with 200 replies), read by a signed-in member.\n\n");
        md.append("Command: `src/bench/forum.sh` (`mvn -Pbench` parts + Payara Micro + `wrk -t2 -c16 -d30s`).\n\n");
        md.append("| page | requests/s | p50 | p99 | SQL statements per page |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (String[] row : new String[][] {{"list", "topic list of the big category, first page (30 topics)"},
                {"older", "the same list, an older page (keyset cursor)"},
                {"big", "the 200-reply topic, first page (50 posts)"},
                {"small", "a topic with a few posts"}}) {
            md.append("| ").append(row[1]).append(" | ").append(p.getProperty(row[0] + ".rps", "?")).append(" | ")
                    .append(p.getProperty(row[0] + ".p50", "?")).append(" | ").append(p.getProperty(row[0] + ".p99", "?"))
                    .append(" | ").append(p.getProperty(row[0] + ".queries", "?")).append(" |\n");
        }
        md.append("\n| figure | value |\n| --- | ---: |\n");
        md.append("| filling MariaDB with the generator | ").append(p.getProperty("fill.seconds", "?")).append(" s |\n");
        md.append("| index rebuild at start (posts, services, organisations) | ").append(p.getProperty("rebuild.rate", "?"))
                .append(" documents/s (").append(p.getProperty("rebuild.documents", "?")).append(" in ")
                .append(p.getProperty("rebuild.seconds", "?")).append(" s) |\n");
        md.append("| heap in use after a full GC | ").append(p.getProperty("heap.used", "?")).append(" |\n");
        md.append("\nStatements are counted by MariaDB (`Questions`) around one request, the fewest of seven; a page of 50 posts")
                .append(" costs the same few as a page of 3 — names, organisations, reading state and attachments are one")
                .append(" query each for the page, never one per post.\n");
        md.append(END).append('\n');
        DirectoryBenchmarks.write(out, BEGIN, END, md.toString());
    }
}
