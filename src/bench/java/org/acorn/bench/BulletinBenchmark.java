package org.acorn.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.WebClient;

/**
 * The bulletin benchmark of issue 6, driven by src/bench/bulletin.sh: a co-ordinator sends a bulletin to a list of N
 * outside contacts through the real pages; the sink's log says when each message arrived.
 *
 * <pre>
 * java … org.acorn.bench.BulletinBenchmark send --url http://127.0.0.1:8183 --title "Bench run 1"   (prints id= and t0=)
 * java … org.acorn.bench.BulletinBenchmark wait --url http://127.0.0.1:8183 --id 3                  (until nothing is queued)
 * java … org.acorn.bench.BulletinBenchmark report --log sink.tsv --recipients 10000 …                (figures into BENCHMARKS.md)
 * </pre>
 */
public final class BulletinBenchmark {

    static final String BEGIN = "<!-- bulletin-benchmarks:begin -->";
    static final String END = "<!-- bulletin-benchmarks:end -->";

    private BulletinBenchmark() { }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "send" -> send(arg(args, "--url", ""), arg(args, "--title", "Bench"), arg(args, "--audience", "list-Bench"));
            case "wait" -> await(arg(args, "--url", ""), arg(args, "--id", "0"));
            case "report" -> report(args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void send(String url, String title, String audience) throws Exception {
        WebClient c = new WebClient(URI.create(url).toURL(), "127.0.0.1");
        Demo.signIn(c, Demo.COORDINATOR);
        c.get("/bulletins/index.xhtml");
        WebClient.Page p = c.submit("create", Map.of("create:title", title, "create:audience", audience), "create:submit");
        String id = p.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        c.submit("compose", Map.of("compose:intro", "A benchmark bulletin: one message to each person on the list."), "compose:save");
        long t0 = System.currentTimeMillis();
        WebClient.Page sent = c.submit("send", Map.of(), "send:now");
        long queued = System.currentTimeMillis();
        if (!sent.messages().contains("Sending to")) throw new IllegalStateException("not sent: " + sent.messages());
        System.out.println("id=" + id);
        System.out.println("t0=" + t0);
        System.out.println("queued.millis=" + (queued - t0));
        System.out.println("message=" + sent.messages());
    }

    static void await(String url, String id) throws Exception {
        WebClient c = new WebClient(URI.create(url).toURL(), "127.0.0.1");
        Demo.signIn(c, Demo.COORDINATOR);
        for (int i = 0; i < 3600; i++) {
            String json = c.raw("/bulletins/progress?id=" + id).body();
            long queued = Long.parseLong(json.replaceAll(".*\"queued\":(\\d+).*", "$1"));
            if (queued == 0) {
                System.out.println("done=" + System.currentTimeMillis());
                System.out.println("progress=" + json);
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("bulletin " + id + " still sending after 30 minutes");
    }

    static void report(String[] args) throws Exception {
        Path log = Path.of(arg(args, "--log", "sink.tsv"));
        int n = Integer.parseInt(arg(args, "--recipients", "10000"));
        String run1 = arg(args, "--run1", "");
        String run2 = arg(args, "--run2", "");
        long t0 = Long.parseLong(arg(args, "--t0", "0"));
        long queuedMillis = Long.parseLong(arg(args, "--queued-millis", "0"));
        long heapKb = Long.parseLong(arg(args, "--heap-kb", "0"));
        String rate = arg(args, "--rate", "0");
        List<String> lines = Files.readAllLines(log);
        long first = Long.MAX_VALUE, last = 0, count1 = 0;
        Map<String, Integer> perRecipient2 = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", 3);
            if (f.length < 3) continue;
            if (f[1].endsWith(run1)) {
                long at = Long.parseLong(f[0]);
                first = Math.min(first, at);
                last = Math.max(last, at);
                count1++;
            } else if (f[1].endsWith(run2)) {
                perRecipient2.merge(f[2], 1, Integer::sum);
            }
        }
        long duplicates = perRecipient2.values().stream().mapToLong(c -> c - 1).sum();
        long received2 = perRecipient2.size();
        long losses = n - received2;
        double perSecond = last > first ? (count1 - 1) * 1000.0 / (last - first) : 0;
        String md = BEGIN + "\n## Bulletin delivery (issue 6)\n\n"
                + "Measured " + LocalDate.now() + " on this machine (" + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + "): a bulletin to a list of " + n + " outside contacts, sent through the real"
                + " pages of a portal on MariaDB (demo data) into a local SMTP sink (`org.acorn.bench.BulletinSink`), rate limit "
                + ("0".equals(rate) ? "off" : rate + "/s") + ".\n\n"
                + "Command: `src/bench/bulletin.sh`.\n\n"
                + "| figure | value |\n| --- | ---: |\n"
                + "| messages delivered (run 1) | " + count1 + " of " + n + " |\n"
                + "| \"Send now\" to the page saying it is sending (the bulletin queued; recipients are addressed in the background) | " + queuedMillis + " ms |\n"
                + "| time to first message (from pressing \"Send now\") | " + (first - t0) + " ms |\n"
                + String.format("| messages per second, first to last | %.1f |%n", perSecond)
                + "| peak heap used by the portal (jstat, sampled each second) | " + heapKb / 1024 + " MB |\n"
                + "| run 2, portal killed (`kill -9`) half-way and restarted: messages received | " + received2 + " distinct of " + n + " |\n"
                + "| run 2: duplicates | " + duplicates + " |\n"
                + "| run 2: losses | " + losses + " |\n\n"
                + "A duplicate can only come from a message the sink accepted in the moment before the kill, before its"
                + " recipient was marked sent; it carries the same Message-ID as its first copy.\n"
                + END + "\n";
        DirectoryBenchmarks.write(Path.of(arg(args, "--out", "BENCHMARKS.md")), BEGIN, END, md);
        System.out.println(md);
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }
}
