package org.acorn.bulletins.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Tokens;

/**
 * One-click unsubscribe (RFC 8058) for bulletins, update emails and digests, on the forum's pattern: every email
 * has its own stop link (also its List-Unsubscribe header); a POST to it takes effect at once; opening it only
 * asks, so mail scanners change nothing. Only the token's SHA-256 is kept.
 */
@ApplicationScoped
public class MailingUnsubscribe {

    public static final String PATH = "/updates/unsubscribe";
    /** The stop word for weekly digests (every topic someone takes weekly). */
    public static final String DIGEST = "DIGEST";
    static final Duration LIFE = Duration.ofDays(365);

    /** What a link stops, in words, and whether it was used. */
    public record Described(String what, boolean used) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject Clock clock;
    @Inject TopicChoices choices;
    @Inject AuditLog audit;

    /** A new stop link for one email to an account or an outside contact; joins the transaction that queues it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String link(Long accountId, Long contactId, String topic) {
        String token = Tokens.newToken();
        em.createNativeQuery("insert into mailing_unsubscribe (token_hash, account_id, contact_id, topic, created_at) values (?, ?, ?, ?, ?)")
                .setParameter(1, Tokens.hash(token)).setParameter(2, accountId).setParameter(3, contactId).setParameter(4, topic)
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        return settings.baseUrl() + PATH + "?t=" + token;
    }

    @Transactional
    public Optional<Described> describe(String token) {
        return find(token).map(link -> new Described(what(link.getTopic()), link.isUsed()));
    }

    /** Stops what the link names at once; empty for a link not recognised. Using a link twice is harmless. */
    @Transactional
    public Optional<String> apply(String token) {
        Optional<StopLink> found = find(token);
        if (found.isEmpty()) return Optional.empty();
        StopLink link = found.get();
        Long accountId = link.getAccountId();
        Long contactId = link.getContactId();
        String topic = link.getTopic();
        if (contactId != null) {
            em.createNativeQuery("update outside_contact set stopped_at = ? where id = ? and stopped_at is null")
                    .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, contactId).executeUpdate();
        } else if (accountId != null) {
            if (DIGEST.equals(topic)) {
                choices.of(accountId).forEach((t, mode) -> {
                    if (mode == Topic.Mode.WEEKLY) choices.set(accountId, t, Topic.Mode.NONE);
                });
            } else {
                choices.set(accountId, Topic.valueOf(topic), Topic.Mode.NONE);
            }
        }
        if (!link.isUsed()) {
            link.used(clock.instant());
            audit.record("mailing.unsubscribed", new AuditLog.Target(accountId != null ? "account" : "contact",
                    accountId != null ? accountId : contactId, null), what(topic));
        }
        return Optional.of(what(topic));
    }

    private Optional<StopLink> find(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        StopLink link = em.find(StopLink.class, Tokens.hash(token));
        if (link == null || link.getCreatedAt().plus(LIFE).isBefore(clock.instant())) return Optional.empty();
        return Optional.of(link);
    }

    static String what(String topic) {
        if (DIGEST.equals(topic)) return "weekly digests of updates";
        try {
            Topic t = Topic.valueOf(topic);
            return t == Topic.BULLETIN ? "bulletins (the weekly email update, newsletter and briefings)"
                    : "emails about " + t.getLabel().toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "these emails";
        }
    }
}
