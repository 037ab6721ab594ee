package org.acorn.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A local SMTP sink for the bulletin benchmark: accepts every message and appends one line per recipient to a log
 * ({@code millis TAB subject TAB recipient}), flushed at once, so the counts survive the portal being killed.
 *
 * <pre>java … org.acorn.bench.BulletinSink --port 2525 --log target/bench-bulletin/sink.tsv</pre>
 */
public final class BulletinSink {

    private static BufferedWriter log;

    private BulletinSink() { }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(BulletinBenchmark.arg(args, "--port", "2525"));
        Path file = Path.of(BulletinBenchmark.arg(args, "--log", "sink.tsv"));
        log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            System.out.println("sink listening on " + port);
            while (true) {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s));
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink");
            java.util.List<String> rcpts = new java.util.ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "MAIL" -> { rcpts.clear(); reply(out, "250 ok"); }
                    case "RCPT" -> { rcpts.add(line.replaceAll("(?i).*<([^>]*)>.*", "$1").toLowerCase()); reply(out, "250 ok"); }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String subject = "";
                        boolean inSubject = false;
                        boolean inHeaders = true;
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (!inHeaders) continue;
                            if (line.isEmpty()) inHeaders = false;
                            else if (inSubject && (line.startsWith(" ") || line.startsWith("\t"))) subject += " " + line.strip();
                            else {
                                inSubject = line.startsWith("Subject: ");
                                if (inSubject) subject = line.substring(9).strip();
                            }
                        }
                        subject = subject.replace('\t', ' ');
                        record(subject, rcpts);
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> { reply(out, "221 bye"); return; }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (Exception e) {
            // a client that hangs up (or is killed) is no concern of the sink's
        }
    }

    private static synchronized void record(String subject, java.util.List<String> rcpts) throws java.io.IOException {
        long now = System.currentTimeMillis();
        for (String r : rcpts) log.write(now + "\t" + subject + "\t" + r + "\n");
        log.flush();
    }

    private static void reply(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
