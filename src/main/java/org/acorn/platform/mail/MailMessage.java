package org.acorn.platform.mail;

/**
 * One email to one recipient. {@code messageKey} names the message (e.g. "verify-account-42-…"); together
 * with the recipient it makes the message idempotent: queued twice, sent once.
 */
public record MailMessage(String messageKey, String to, String subject, String text, String html) {

    public MailMessage {
        if (to == null || to.isBlank()) throw new IllegalArgumentException("recipient required");
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("subject required");
        if (text == null) throw new IllegalArgumentException("plain text body required");
    }
}
