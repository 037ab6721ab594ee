package org.acorn.platform.mail;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Map;

/**
 * One email to one recipient. {@code messageKey} names the message (e.g. "verify-account-42-…"); together
 * with the recipient it makes the message idempotent: queued twice, sent once. {@code headers} are extra
 * header lines (e.g. List-Unsubscribe); only names starting "List-" or "X-" are accepted. {@code calendar}, when
 * present, is an iCalendar (RFC 5545) text attached as meeting.ics, so a changed meeting updates the reader's calendar.
 */
public record MailMessage(String messageKey, String to, String subject, String text, String html,
                          Map<String, String> headers, String calendar) {

    /** The constructor JSON-B uses to read a queued message back (older messages have no headers: none). */
    @JsonbCreator
    public MailMessage {
        if (to == null || to.isBlank()) throw new IllegalArgumentException("recipient required");
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("subject required");
        if (text == null) throw new IllegalArgumentException("plain text body required");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().matches("(List|X)-[A-Za-z-]{1,40}") || h.getValue().matches("(?s).*[\\r\\n].*")) {
                throw new IllegalArgumentException("header not allowed: " + h.getKey());
            }
        }
    }

    public MailMessage(String messageKey, String to, String subject, String text, String html) {
        this(messageKey, to, subject, text, html, Map.of(), null);
    }

    public MailMessage(String messageKey, String to, String subject, String text, String html, Map<String, String> headers) {
        this(messageKey, to, subject, text, html, headers, null);
    }
}
