package org.acorn.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Logger;
import org.acorn.platform.config.Settings;
import org.acorn.platform.outbox.OutboxHandler;
import org.acorn.platform.security.Tokens;

/**
 * Sends queued mail over SMTP (ACORN_SMTP_HOST …). With no SMTP host configured, each message is written as
 * an .eml file under {data dir}/mail, so a local run can still follow "verify your email" links.
 */
@ApplicationScoped
public class MailDelivery implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject Settings settings;

    @Override
    public String kind() {
        return Mailer.KIND;
    }

    @Override
    public void handle(String payload) throws MessagingException, IOException, MailRefused {
        send(Mailer.read(payload));
    }

    /**
     * Sends one message now. A refusal for good (a 5xx reply to the recipient or the message, or an address
     * that is not one) is a {@link MailRefused}; anything else (4xx, time-out, dropped connection) is thrown as is,
     * for the outbox to retry later.
     */
    public void send(MailMessage mail) throws MessagingException, IOException, MailRefused {
        Session session = session();
        MimeMessage mime;
        try {
            mime = toMime(session, mail);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MailRefused(mail.to(), "not an email address", e);
        }
        String ref = reference(mail);
        if (settings.smtpHost().isPresent()) {
            try {
                Transport.send(mime);
            } catch (MessagingException e) {
                int code = replyCode(e);
                if (code >= 500 && code < 600) throw new MailRefused(mail.to(), "refused (" + code + ")", e);
                throw e;
            }
            LOG.info(() -> "event=mail.sent ref=" + ref);
        } else {
            Path file = writeToFolder(mime, ref);
            LOG.info(() -> "event=mail.written ref=" + ref + " file=" + file.getFileName());
        }
    }

    /**
     * The SMTP reply code behind a failure, looking through nested exceptions; 0 when there was none (no reply:
     * time-out, dropped connection). Read by name: Angus's SMTP exceptions are the server's, not on our compile path.
     */
    static int replyCode(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) continue;
            try {
                Object code = t.getClass().getMethod("getReturnCode").invoke(t);
                if (code instanceof Integer i && i > 0) return i;
            } catch (ReflectiveOperationException | RuntimeException notSmtp) {
                // not an SMTP reply
            }
            if (t.getCause() != null) todo.add(t.getCause());
            if (t instanceof MessagingException m && m.getNextException() != null) todo.add(m.getNextException());
        }
        return 0;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost().orElse("localhost"));
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        // a server that accepts and then never answers must not hold a sender for ever: each try gives up in time
        String timeout = String.valueOf(settings.smtpTimeoutMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        if (settings.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }

    private MimeMessage toMime(Session session, MailMessage mail) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // a stable Message-ID: a resend after a crash is recognisably the same message
                setHeader("Message-ID", "<" + reference(mail) + "@acorn>");
            }
        };
        mime.setFrom(new InternetAddress(settings.mailFrom()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        mime.setSubject(mail.subject(), "UTF-8");
        if (mail.headers() != null) {
            for (java.util.Map.Entry<String, String> h : mail.headers().entrySet()) mime.setHeader(h.getKey(), h.getValue());
        }
        if (mail.calendar() == null) {
            if (mail.html() == null) mime.setText(mail.text(), "UTF-8");
            else mime.setContent(alternative(mail));
        } else {
            // the message, then the iCalendar as an attachment calendars open (meetings: a changed date or venue)
            MimeBodyPart body = new MimeBodyPart();
            if (mail.html() == null) body.setText(mail.text(), "UTF-8");
            else body.setContent(alternative(mail));
            MimeBodyPart ics = new MimeBodyPart();
            ics.setContent(mail.calendar(), "text/calendar; charset=UTF-8");
            ics.setFileName("meeting.ics");
            ics.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mime.setContent(new MimeMultipart("mixed", body, ics));
        }
        mime.saveChanges();
        return mime;
    }

    private static MimeMultipart alternative(MailMessage mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        return new MimeMultipart("alternative", text, html);
    }

    private Path writeToFolder(MimeMessage mime, String ref) throws IOException, MessagingException {
        Path folder = settings.dataDir().resolve("mail");
        Files.createDirectories(folder);
        Path target = folder.resolve(ref + ".eml");
        Path temp = Files.createTempFile(folder, ref, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            mime.writeTo(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** A log-safe reference for a message: no address or subject appears in logs. */
    static String reference(MailMessage mail) {
        return Tokens.hash(mail.messageKey() + "|" + mail.to()).substring(0, 24);
    }

}
