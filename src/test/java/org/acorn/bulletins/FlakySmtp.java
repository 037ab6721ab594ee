package org.acorn.bulletins;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server in front of GreenMail that misbehaves on purpose, by recipient address: "refuse…" is refused for
 * good (550), "flaky…" is deferred (451) on its first two tries, "drop…" has the connection cut in the middle of
 * its first message (after the data, before any reply), "silent…" gets no answer at all to its first RCPT (a server
 * that accepts and then hangs: the sender must time out). Everything it accepts it relays to GreenMail, where the
 * test reads it. {@link #down} makes it answer every connection with 421 (a server that is away).
 */
final class FlakySmtp implements AutoCloseable {

    private final ServerSocket server;
    private final int relayPort;
    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> firstTry = new ConcurrentHashMap<>();
    private final AtomicInteger turnedAway = new AtomicInteger();
    private final Thread acceptor;
    volatile boolean down;

    FlakySmtp(int relayPort) throws IOException {
        this.relayPort = relayPort;
        this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "flaky-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() { return server.getLocalPort(); }

    /** How many times an address was tried (RCPT commands). */
    int tries(String address) {
        AtomicInteger n = tries.get(address.toLowerCase());
        return n == null ? 0 : n.get();
    }

    /** When an address was first tried (its first RCPT), or null. */
    java.time.Instant firstTry(String address) { return firstTry.get(address.toLowerCase()); }

    /** Connections answered 421 while {@link #down}. */
    int turnedAway() { return turnedAway.get(); }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "flaky-smtp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = socket.getOutputStream()) {
            if (down) {
                turnedAway.incrementAndGet();
                reply(out, "421 4.3.2 service not available, try later");
                return;
            }
            reply(out, "220 flaky ESMTP");
            List<String> rcpts = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO", "HELO" -> reply(out, "250 flaky");
                    case "MAIL" -> { rcpts.clear(); reply(out, "250 ok"); }
                    case "RCPT" -> {
                        String addr = line.replaceAll("(?i).*<([^>]*)>.*", "$1").toLowerCase();
                        int n = tries.computeIfAbsent(addr, k -> new AtomicInteger()).incrementAndGet();
                        firstTry.putIfAbsent(addr, java.time.Instant.now());
                        if (addr.startsWith("silent") && n <= 1) {
                            while (in.readLine() != null) { /* says nothing until the client gives up and hangs up */ }
                            return;
                        }
                        if (addr.startsWith("refuse")) reply(out, "550 5.1.1 no such mailbox");
                        else if (addr.startsWith("flaky") && n <= 2) reply(out, "451 4.3.0 try again later");
                        else { rcpts.add(addr); reply(out, "250 ok"); }
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        StringBuilder data = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                        }
                        if (rcpts.stream().anyMatch(a -> a.startsWith("drop") && tries(a) <= 1)) return; // cut mid-send
                        relay(data.toString(), rcpts);
                        reply(out, "250 accepted");
                    }
                    case "RSET", "NOOP" -> reply(out, "250 ok");
                    case "QUIT" -> { reply(out, "221 bye"); return; }
                    default -> reply(out, "502 command not implemented");
                }
            }
        } catch (Exception e) {
            // a client that hangs up is no concern of ours
        }
    }

    private void relay(String data, List<String> rcpts) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(relayPort));
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
        Address[] to = rcpts.stream().map(a -> {
            try {
                return new InternetAddress(a);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(Address[]::new);
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, to);
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
