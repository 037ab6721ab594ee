package org.acorn.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.acorn.testing.Demo;
import org.acorn.testing.WebClient;

/**
 * An Open Referral UK import of N services through the real import page of a running portal (signed in as the
 * demo's co-ordinator), timed from the upload to the report, then the same file again (everything matched), then
 * how long until the imported services are found by the API's text filter (the search index has followed).
 *
 * <pre>java … org.acorn.bench.ImportBenchmark --url http://127.0.0.1:8182 --services 5000 --out BENCHMARKS.md</pre>
 */
public final class ImportBenchmark {

    static final String BEGIN = "<!-- import-benchmarks:begin -->";
    static final String END = "<!-- import-benchmarks:end -->";
    private static final String[] WORDS = {"youth", "club", "parenting", "support", "family", "advice", "play", "sport",
            "music", "mentoring", "counselling", "carers", "homework", "holiday", "breakfast", "drop-in", "outreach",
            "wellbeing", "confidence", "skills", "volunteers", "trips", "art", "drama", "cooking", "healthy", "early", "years"};

    private ImportBenchmark() { }

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8182");
        int services = Integer.parseInt(arg(args, "--services", "5000"));
        Path out = Path.of(arg(args, "--out", "BENCHMARKS.md"));
        String marker = "benchmark" + Long.toString(System.currentTimeMillis(), 36); // one word only this file has
        byte[] file = dataset(services, marker);

        WebClient client = new WebClient(URI.create(url).toURL(), "127.0.0.1");
        Demo.signIn(client, Demo.COORDINATOR);
        long first = upload(client, file, services);
        long searchable = untilFound(client, marker, services);
        long second = upload(client, file, 0);

        String md = BEGIN + "\n## Open Referral import (issue 3)\n\n"
                + "Measured " + LocalDate.now() + " on this machine (" + Runtime.getRuntime().availableProcessors()
                + " CPUs, Java " + System.getProperty("java.version") + "): a generated Open Referral UK file of "
                + services + " services from " + services / 5 + " organisations, " + services + " locations and 40 taxonomy terms ("
                + file.length / 1024 + " KB), uploaded through `/admin/import.xhtml` of a portal running the demo on its "
                + "embedded defaults (H2).\n\n"
                + "Command: `src/bench/import.sh` (`SERVICES=" + services + "`).\n\n"
                + "| step | time | rate |\n| --- | ---: | ---: |\n"
                + row("first import (everything added), upload to report", first, services)
                + row("after it, until the API's text filter finds all of them (the index has followed)", searchable, services)
                + row("the same file again (everything matched, nothing changed)", second, services)
                + END + "\n";
        DirectoryBenchmarks.write(out, BEGIN, END, md);
        System.out.println(md);
    }

    private static String row(String step, long millis, int services) {
        return String.format(Locale.ROOT, "| %s | %.1f s | %,.0f services/s |%n", step, millis / 1000.0,
                services * 1000.0 / Math.max(1, millis));
    }

    /** Uploads and checks the report; {@code added} is how many services the report must say were added. */
    private static long upload(WebClient client, byte[] file, int added) {
        client.get("/admin/import.xhtml");
        long started = System.nanoTime();
        WebClient.Page page = client.submitFile("import", Map.of("import:membership", "member"),
                Map.of("import:file", Map.entry("bench.json", file)), "import:upload");
        long millis = (System.nanoTime() - started) / 1_000_000;
        String totals = page.doc().select("#totals").text();
        if (!totals.startsWith("Added " + (added == 0 ? 0 : added + added / 5 + 40) + ",")) {
            throw new IllegalStateException("unexpected report: " + totals + " " + page.messages());
        }
        return millis;
    }

    /** Milliseconds until the Open Referral API's text filter finds every imported service. */
    private static long untilFound(WebClient client, String marker, int services) throws InterruptedException {
        long started = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        while (System.nanoTime() - started < 600_000_000_000L) {
            try {
                var body = client.raw("/api/openreferral/services?per_page=1&search=" + marker).body();
                if (json.readTree(body).path("total_items").asLong() >= services) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the imported services were not all found within 10 minutes");
    }

    /** N services from N/5 organisations, one location each, two of 40 terms each; every description has the marker. */
    static byte[] dataset(int services, String marker) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(42);
        ObjectNode root = json.createObjectNode();
        root.putArray("taxonomies").addObject().put("id", "tx-bench").put("name", "Bench activities");
        ArrayNode terms = root.putArray("taxonomy_terms");
        for (int t = 0; t < 40; t++) {
            terms.addObject().put("id", "term-" + t).put("taxonomy_id", "tx-bench").put("code", "bench-" + t)
                    .put("name", "Bench activity " + t);
        }
        ArrayNode orgs = root.putArray("organizations");
        for (int o = 0; o < services / 5; o++) {
            orgs.addObject().put("id", "org-" + o).put("name", "Bench Organisation " + o)
                    .put("description", "A community group running " + words(random, 6) + ".");
        }
        ArrayNode locations = root.putArray("locations");
        ArrayNode list = root.putArray("services");
        ArrayNode sals = root.putArray("service_at_locations");
        ArrayNode attributes = root.putArray("attributes");
        for (int s = 0; s < services; s++) {
            locations.addObject().put("id", "loc-" + s).put("name", "Hall " + s)
                    .put("latitude", 53.70 + random.nextDouble() * 0.2).put("longitude", -1.70 + random.nextDouble() * 0.3)
                    .putArray("addresses").addObject().put("address_1", s + " Bench Street").put("city", "Leeds")
                    .put("postal_code", "LS" + (1 + s % 28) + " " + (1 + s % 9) + "AB");
            list.addObject().put("id", "svc-" + s).put("organization_id", "org-" + (s % (services / 5)))
                    .put("name", "Bench service " + s + " " + words(random, 2))
                    .put("description", "Weekly " + words(random, 12) + " " + marker + ".")
                    .put("status", "active").put("minimum_age", 5 + s % 6).put("maximum_age", 11 + s % 8)
                    .put("fees_description", s % 3 == 0 ? "£2 a session" : "Free");
            sals.addObject().put("id", "sal-" + s).put("service_id", "svc-" + s).put("location_id", "loc-" + s);
            for (int k = 0; k < 2; k++) {
                attributes.addObject().put("id", "attr-" + s + "-" + k).put("link_id", "svc-" + s).put("link_type", "service")
                        .put("taxonomy_term_id", "term-" + ((s + k * 17) % 40));
            }
        }
        return json.writeValueAsBytes(root);
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return b.toString();
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }
}
