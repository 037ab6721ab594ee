package org.acorn.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumTopic;
import org.acorn.forum.ReadingState;
import org.acorn.forum.Subscription;
import org.acorn.forum.TopicWatch;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Tokens;

/**
 * One-click unsubscribe (RFC 8058). Every forum email carries its own stop link, which is also its
 * List-Unsubscribe header; a POST to it (the mail program's button, or our page's) takes effect at once.
 * Opening the link only shows what it would stop, so mail scanners change nothing.
 */
@ApplicationScoped
public class Unsubscribe {

    static final Duration LIFE = Duration.ofDays(180);
    public static final String PATH = "/forum/unsubscribe";

    /** What a link stops, in words, and whether it has already been used. */
    public record Described(String what, boolean used) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject Subscriptions subscriptions;
    @Inject ReadingState reading;
    @Inject AuditLog audit;
    @Inject Clock clock;

    /** A new stop link for one email (joins the transaction that queues the email). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String link(Long accountId, UnsubscribeToken.Scope scope, Long scopeId) {
        String token = Tokens.newToken();
        em.persist(new UnsubscribeToken(Tokens.hash(token), accountId, scope, scopeId, clock.instant()));
        return settings.baseUrl() + PATH + "?t=" + token;
    }

    @Transactional
    public Optional<Described> describe(String token) {
        return find(token).map(t -> new Described(what(t), t.getUsedAt() != null));
    }

    /** Stops what the link names; empty for a link we do not recognise. Using a link twice is harmless. */
    @Transactional
    public Optional<String> apply(String token) {
        Optional<UnsubscribeToken> found = find(token);
        found.ifPresent(t -> {
            switch (t.getScope()) {
                case CATEGORY -> subscriptions.setFor(t.getAccountId(), t.getScopeId(), Subscription.Mode.NONE);
                case TOPIC -> reading.setWatch(t.getAccountId(), t.getScopeId(), TopicWatch.Level.MUTE);
                case MENTIONS -> subscriptions.setMentionEmails(t.getAccountId(), false);
                case DIGESTS -> subscriptions.stopDigests(t.getAccountId());
            }
            if (t.getUsedAt() == null) {
                t.used(clock.instant());
                audit.record("forum.unsubscribed", new AuditLog.Target("account", t.getAccountId(), null), what(t));
            }
        });
        return found.map(this::what);
    }

    private Optional<UnsubscribeToken> find(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        UnsubscribeToken t = em.find(UnsubscribeToken.class, Tokens.hash(token));
        if (t == null || t.getCreatedAt().plus(LIFE).isBefore(clock.instant())) return Optional.empty();
        return Optional.of(t);
    }

    private String what(UnsubscribeToken t) {
        return switch (t.getScope()) {
            case CATEGORY -> {
                ForumCategory c = t.getScopeId() == null ? null : em.find(ForumCategory.class, t.getScopeId());
                yield "emails about new posts in " + (c == null ? "a forum category" : c.getName());
            }
            case TOPIC -> {
                ForumTopic topic = t.getScopeId() == null ? null : em.find(ForumTopic.class, t.getScopeId());
                yield "emails about replies to the topic “" + (topic == null ? "?" : topic.getTitle()) + "” (it is muted)";
            }
            case MENTIONS -> "emails when someone mentions you in the forum";
            case DIGESTS -> "your daily and weekly forum digests";
        };
    }

    /** Old links are of no use; called by the digest schedule. */
    @Transactional
    public int purge() {
        return em.createQuery("delete from UnsubscribeToken t where t.createdAt < :c")
                .setParameter("c", clock.instant().minus(LIFE)).executeUpdate();
    }
}
