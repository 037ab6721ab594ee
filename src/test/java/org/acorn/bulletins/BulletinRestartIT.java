package org.acorn.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalProcess;
import org.acorn.testing.TestDatabase;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * A crash in the middle of sending a bulletin, for real: the portal runs as a process of its own, is killed with
 * SIGKILL while a bulletin to a list of outside contacts is going out, and is started again on the same database
 * and data folder. It takes the sending up where it stopped: every contact gets the bulletin, and the progress
 * counts agree. The one message that can come twice is one the SMTP server took in the instant before the kill,
 * before it was marked sent; it then comes as the same message (same Message-ID), which mail programs fold together.
 */
class BulletinRestartIT {

    static final int CONTACTS = 240;
    static final String TITLE = "Restart bulletin";

    @Test
    void aPortalKilledHalfWayThroughABulletinFinishesItAfterRestartingWithNoOneMissed() throws Exception {
        Path data = AcornDeployment.newDataDir();
        TestDatabase db = TestDatabase.fresh(data).withPassword();
        // H2 in mixed mode, so this test can add the contacts while the portal holds the database
        String url = db.url().startsWith("jdbc:h2:") ? db.url() + ";AUTO_SERVER=TRUE" : db.url();
        try (TestMail mail = new TestMail()) {
            Map<String, String> env = new HashMap<>(Map.of("ACORN_DATA_DIR", data.toString(), "ACORN_DB_URL", url,
                    "ACORN_DB_USER", db.user(), "ACORN_DB_PASSWORD", db.password(), "ACORN_SMTP_HOST", "127.0.0.1",
                    "ACORN_SMTP_PORT", String.valueOf(mail.port()), "ACORN_OUTBOX_POLL_MILLIS", "300",
                    "ACORN_BULLETINS_RATE_PER_SECOND", "30", "ACORN_PASSWORD_ITERATIONS", "1000"));
            Path log = data.resolve("portal.log");
            Long id;
            try (PortalProcess first = PortalProcess.start(log, env)) {
                addContacts(url, db);
                WebClient sam = new WebClient(first.base(), "127.0.0.1");
                Demo.signIn(sam, Demo.COORDINATOR);
                sam.get("/bulletins/index.xhtml");
                Page created = sam.submit("create", Map.of("create:title", TITLE, "create:audience", "list-Restart"), "create:submit");
                id = Long.valueOf(created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
                sam.submit("compose", Map.of("compose:intro", "One message to each person on the list."), "compose:save");
                Page sending = sam.submit("send", Map.of(), "send:now");
                assertThat(sending.messages()).contains("Sending to");
                awaitReceived(mail, CONTACTS / 3);
                first.kill();
            }
            int atKill = received(mail).size();
            assertThat(atKill).as("killed half-way, not after the end").isLessThan(CONTACTS);

            try (PortalProcess second = PortalProcess.start(log, env)) {
                awaitReceived(mail, CONTACTS);
                WebClient sam = new WebClient(second.base(), "127.0.0.1");
                Demo.signIn(sam, Demo.COORDINATOR);
                String progress = awaitNothingQueued(sam, id);
                assertThat(progress).contains("\"sent\":" + CONTACTS, "\"failed\":0");
            }
            Map<String, List<String>> byRecipient = received(mail);
            assertThat(byRecipient).hasSize(CONTACTS);
            for (Map.Entry<String, List<String>> copies : byRecipient.entrySet()) {
                assertThat(copies.getValue()).as("copies to " + copies.getKey() + " are one message").containsOnly(copies.getValue().get(0));
            }
            // one message at a time is in flight, so at most one can have been taken in just before the kill
            assertThat(byRecipient.values().stream().mapToInt(c -> c.size() - 1).sum()).isLessThanOrEqualTo(1);
        }
    }

    private static void addContacts(String url, TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO outside_contact (list_name, name, email, created_at) VALUES ('Restart', ?, ?, ?)")) {
            for (int i = 1; i <= CONTACTS; i++) {
                insert.setString(1, "Reader " + i);
                insert.setString(2, "reader" + i + "@restart.example");
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The Message-IDs of the bulletin's copies, by recipient. */
    private static Map<String, List<String>> received(TestMail mail) throws MessagingException {
        Map<String, List<String>> out = new HashMap<>();
        for (MimeMessage m : mail.all()) {
            if (!m.getSubject().contains(TITLE)) continue;
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            out.computeIfAbsent(to, k -> new java.util.ArrayList<>()).add(m.getMessageID());
        }
        return out;
    }

    private static void awaitReceived(TestMail mail, int recipients) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (received(mail).size() < recipients && Instant.now().isBefore(deadline)) Thread.sleep(100);
        assertThat(received(mail).size()).as("recipients reached").isGreaterThanOrEqualTo(recipients);
    }

    private static String awaitNothingQueued(WebClient sam, Long id) throws InterruptedException {
        String json = "";
        for (int i = 0; i < 100; i++) {
            json = sam.raw("/bulletins/progress?id=" + id).body();
            if (json.contains("\"queued\":0")) return json;
            Thread.sleep(300);
        }
        return json;
    }
}
