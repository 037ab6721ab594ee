package org.acorn.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.acorn.platform.outbox.Outbox;
import org.acorn.platform.security.Tokens;

/** Queues mail through the durable outbox: it is sent after the surrounding transaction commits. */
@ApplicationScoped
public class Mailer {

    static final String KIND = "mail";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(MailMessage message) {
        outbox.enqueue(KIND, dedupeKey(message), JSON.toJson(message));
    }

    /** Fits the outbox's 200-character key even for the longest addresses (an address may have 254). */
    static String dedupeKey(MailMessage message) {
        String key = "mail:" + message.messageKey() + ":" + message.to();
        return key.length() <= 200 ? key : "mail:sha256:" + Tokens.hash(key);
    }

    static MailMessage read(String payload) {
        return JSON.fromJson(payload, MailMessage.class);
    }
}
