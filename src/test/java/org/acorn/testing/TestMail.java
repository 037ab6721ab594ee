package org.acorn.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) that the deployment under test sends to. */
public final class TestMail implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    public TestMail() {
        port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public int port() { return port; }

    /** Waits for a message to the address whose subject contains the text; returns its plain text. */
    public Received await(String to, String subjectContains) {
        return await(to, subjectContains, "");
    }

    /**
     * Waits for a message to the address with that subject and body text: where tests share a deployment, the body
     * tells this test's message from another's with the same subject.
     */
    public Received await(String to, String subjectContains, String bodyContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                try {
                    boolean toMatches = Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                    if (toMatches && m.getSubject().contains(subjectContains)) {
                        String body = GreenMailUtil.getBody(m);
                        if (body.contains(bodyContains)) return new Received(m.getSubject(), body, m);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            sleep(200);
        }
        throw new AssertionError("No mail to " + to + " with subject containing '" + subjectContains + "'"
                + (bodyContains.isEmpty() ? "" : " and body containing '" + bodyContains + "'") + " within 30s;"
                + " received: " + subjects());
    }

    /** All messages sent to the address so far. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /**
     * Messages to the address whose subject contains the text: where other features also write to the same demo
     * people, a test counts only its own mail.
     */
    public List<MimeMessage> to(String address, String subjectContains) {
        return to(address).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectContains);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Every message received so far. */
    public List<MimeMessage> all() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    public List<String> subjects() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                return "?";
            }
        }).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** A received message: its subject, its raw body (quoted-printable decoded where plain) and the MIME. */
    public record Received(String subject, String body, MimeMessage mime) {
        /**
         * The first link in the message whose path contains the fragment, e.g. "/account/verify.xhtml", as a
         * path and query: mail carries the configured public address, the deployment under test has its own port.
         */
        public String link(String pathFragment) {
            java.net.URI uri = java.net.URI.create(absoluteLink(pathFragment));
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** The link pointed at the deployment under test (a browser needs an absolute address). */
        public String absoluteLinkOn(java.net.URL base, String pathFragment) {
            String b = base.toString();
            return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + link(pathFragment);
        }

        /** The link exactly as written in the message. */
        public String absoluteLink(String pathFragment) {
            String text = body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
            Matcher m = Pattern.compile("https?://[^\\s\"<>]+").matcher(text);
            while (m.find()) {
                if (m.group().contains(pathFragment)) return m.group();
            }
            throw new AssertionError("No link containing " + pathFragment + " in:\n" + text);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
