package org.acorn.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the directory benchmarks of src/bench/directory.sh:
 * {@code prepare} fills the MariaDB database, {@code measure} runs the in-process search comparison (JMH) and
 * writes every figure — with those the script measured over HTTP — into BENCHMARKS.md.
 */
public final class DirectoryBenchmarks {

    static final String BEGIN = "<!-- directory-benchmarks:begin -->";
    static final String END = "<!-- directory-benchmarks:end -->";

    private DirectoryBenchmarks() { }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        switch (args.length == 0 ? "" : args[0]) {
            case "prepare" -> prepare(opts);
            case "measure" -> measure(opts);
            default -> throw new IllegalArgumentException("usage: prepare --organisations N --services M | measure --index DIR --http FILE --out FILE");
        }
    }

    private static void prepare(Map<String, String> opts) throws SQLException {
        int organisations = Integer.parseInt(opts.getOrDefault("organisations", "20000"));
        int services = Integer.parseInt(opts.getOrDefault("services", "100000"));
        double seconds = BenchDatabase.prepare(organisations, services);
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement()) {
            // the portal connects as its own user: an empty password cannot be given through MicroProfile Config
            s.execute("create user if not exists 'acorn_bench'@'%' identified by 'acorn-bench'");
            s.execute("create user if not exists 'acorn_bench'@'localhost' identified by 'acorn-bench'");
            s.execute("grant all on " + BenchDatabase.NAME + ".* to 'acorn_bench'@'%'");
            s.execute("grant all on " + BenchDatabase.NAME + ".* to 'acorn_bench'@'localhost'");
        }
        System.out.printf(Locale.ROOT, "fill.seconds=%.1f%n", seconds);
    }

    private static void measure(Map<String, String> opts) throws RunnerException, IOException {
        Path index = Path.of(opts.get("index")).toAbsolutePath();
        Options jmh = new OptionsBuilder()
                .include(SearchBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(5))
                .measurementIterations(3).measurementTime(TimeValue.seconds(10))
                .jvmArgs("-Xmx1g", "-Dacorn.bench.index=" + index)
                .build();
        Map<String, Statistics> byEngine = new LinkedHashMap<>();
        for (RunResult r : new Runner(jmh).run()) {
            byEngine.put(r.getParams().getParam("engine"), r.getPrimaryResult().getStatistics());
        }
        Properties http = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(opts.get("http")), StandardCharsets.UTF_8)) {
            http.load(in);
        }
        write(Path.of(opts.getOrDefault("out", "BENCHMARKS.md")), report(byEngine, http));
    }

    static String report(Map<String, Statistics> engines, Properties http) {
        Statistics lucene = engines.get("lucene");
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append('\n');
        md.append("## Directory search (issue 3)\n\n");
        md.append("Measured ").append(LocalDate.now()).append(" on this machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
                .append(System.getProperty("java.version")).append(", MariaDB on the same host) with ")
                .append(http.getProperty("services")).append(" services from ").append(http.getProperty("organisations"))
                .append(" organisations made by the demo's bulk generator.\n\n");
        md.append("Command: `src/bench/directory.sh` (").append("`mvn -Pbench` parts + Payara Micro + `wrk`").append(").\n\n");
        md.append("### One search in process: words + district + target group, top 20 and every facet count (JMH, sample time)\n\n");
        md.append("| engine | p50 | p99 | mean | samples | p50 vs Lucene |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        engines.forEach((engine, s) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s |%n",
                label(engine), time(s.getPercentile(50)), time(s.getPercentile(99)), time(s.getMean()), s.getN(),
                lucene == null ? "" : String.format(Locale.ROOT, "%.0f×", s.getPercentile(50) / lucene.getPercentile(50)))));
        md.append("\nTargets: Lucene p50 ≤ 2 ms and p99 ≤ 10 ms; at least 20× faster than FULLTEXT with facet counts.\n\n");
        md.append("### The portal\n\n");
        md.append("| figure | value |\n| --- | ---: |\n");
        md.append("| full index rebuild at start (services + organisations) | ").append(http.getProperty("rebuild.rate", "?"))
                .append(" documents/s (").append(http.getProperty("rebuild.documents", "?")).append(" in ")
                .append(http.getProperty("rebuild.seconds", "?")).append(" s) |\n");
        md.append("| search page over HTTP, `wrk -t2 -c16 -d30s` | ").append(http.getProperty("wrk.rps", "?"))
                .append(" requests/s, p50 ").append(http.getProperty("wrk.p50", "?")).append(", p99 ")
                .append(http.getProperty("wrk.p99", "?")).append(" |\n");
        md.append("| heap in use after a full GC, serving that directory | ").append(http.getProperty("heap.used", "?")).append(" |\n");
        md.append("| index on disk (memory-mapped, outside the heap) | ").append(http.getProperty("index.size", "?")).append(" |\n");
        String fill = http.getProperty("fill", "");
        md.append("| filling MariaDB with the generator | ").append(fill.isBlank() ? "kept from an earlier run" : fill).append(" |\n");
        md.append("\nURL benchmarked: `").append(http.getProperty("wrk.url", "")).append("`\n");
        md.append(END).append('\n');
        return md.toString();
    }

    private static String label(String engine) {
        return switch (engine) {
            case "lucene" -> "Lucene (Acorn's index)";
            case "fulltext" -> "MariaDB FULLTEXT + GROUP BY counts";
            case "like" -> "MariaDB LIKE + GROUP BY counts";
            default -> engine;
        };
    }

    /** JMH reports microseconds here. */
    private static String time(double micros) {
        return micros >= 1000 ? String.format(Locale.ROOT, "%.1f ms", micros / 1000) : String.format(Locale.ROOT, "%.0f µs", micros);
    }

    /** Replaces this benchmark's section of BENCHMARKS.md, keeping everything else. */
    static void write(Path file, String section) throws IOException {
        write(file, BEGIN, END, section);
    }

    /** Replaces the section between the markers {@code begin} and {@code end} (the section includes them). */
    static void write(Path file, String begin, String end, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\nFigures measured on the development machine; each section says how.\n\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length() + 1)
                : text + (text.endsWith("\n\n") ? "" : "\n") + section;
        Files.writeString(file, text);
    }

    /** {@code --name value} pairs after the command word. */
    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value: " + args[i]);
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }
}
