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
    public void handle(String payload) throws MessagingException, IOException {
        MailMessage mail = Mailer.read(payload);
        Session session = session();
        MimeMessage mime = toMime(session, mail);
        String ref = reference(mail);
        if (settings.smtpHost().isPresent()) {
            Transport.send(mime);
            LOG.info(() -> "event=mail.sent ref=" + ref);
        } else {
            Path file = writeToFolder(mime, ref);
            LOG.info(() -> "event=mail.written ref=" + ref + " file=" + file.getFileName());
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost().orElse("localhost"));
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
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
        if (mail.html() == null) {
            mime.setText(mail.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
        mime.saveChanges();
        return mime;
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
