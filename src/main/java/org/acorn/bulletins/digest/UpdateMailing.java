package org.acorn.bulletins.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.platform.security.Role;
import org.acorn.bulletins.BulletinSettings;
import org.acorn.bulletins.audience.MailingUnsubscribe;
import org.acorn.bulletins.audience.Topic;
import org.acorn.bulletins.audience.TopicChoices;
import org.acorn.network.Network;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.text.Markdown;
import org.acorn.search.IndexEvents;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateReaders;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;

/**
 * Update emails: each update to those who take its topic "each as it comes" once it is published (a scheduled
 * update when its time comes), and the weekly digest on the set day and hour. People from organisations that asked
 * for post or phone get email only for topics they chose themselves. Each is queued through the outbox in the
 * transaction that records it was queued.
 */
@ApplicationScoped
public class UpdateMailing {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Updates updates;
    @Inject TopicChoices choices;
    @Inject MailingUnsubscribe unsubscribe;
    @Inject Mailer mailer;
    @Inject Markdown markdown;
    @Inject Settings settings;
    @Inject BulletinSettings bulletinSettings;
    @Inject Network network;
    @Inject IndexEvents index;
    @Inject Clock clock;

    /** Queues one update's emails; false when another pass (or node) did. Also puts a newly due update in search. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int announce(Long updateId) {
        if (!updates.markNotified(updateId)) return 0;
        NewsUpdate u = updates.find(updateId).orElseThrow();
        index.changed(Updates.INDEX_KIND, String.valueOf(u.getId()));
        Topic topic = Topic.of(u.getKind());
        String link = settings.baseUrl() + "/updates/update.xhtml?id=" + u.getId();
        String body = markdown.plain(u.getBodyMarkdown());
        if (body.length() > 6000) body = body.substring(0, 6000) + " …";
        int n = 0;
        for (Long accountId : choices.ids(topic, Topic.Mode.EACH)) {
            Account a = em.find(Account.class, accountId);
            if (!byEmail(a) || !UpdateReaders.of(a).contains(u.getVisibility())) continue;
            String stop = unsubscribe.link(a.getId(), null, topic.name());
            mailer.queue(UpdateMail.each(shortName(), a.getEmail(), u.getId(), u.getKind().label(), u.getTitle(), body, u.getBodyHtml(),
                    link, stop, "emails about " + topic.getLabel().toLowerCase(java.util.Locale.ROOT), preferences()));
            n++;
        }
        return n;
    }

    /**
     * Active and verified. Everyone here chose "each as it comes" themselves (no topic has it by default), which
     * outweighs an organisation's preference for post or phone.
     */
    static boolean byEmail(Account a) {
        return a != null && a.isActive() && a.isEmailVerified();
    }

    /** The digest moment this week has reached (the set day and hour, network time), or null before it. */
    public Instant digestMoment(Instant now) {
        ZonedDateTime local = now.atZone(Updates.ZONE);
        DayOfWeek day = bulletinSettings.digestDay();
        ZonedDateTime moment = local.with(TemporalAdjusters.previousOrSame(day)).toLocalDate()
                .atTime(bulletinSettings.digestHour(), 0).atZone(Updates.ZONE);
        if (moment.isAfter(local)) moment = moment.minusWeeks(1);
        // a digest more than three days late is skipped rather than sent as news that is no longer new
        return Duration.between(moment.toInstant(), now).compareTo(Duration.ofDays(3)) > 0 ? null : moment.toInstant();
    }

    /** One person's digest, worked out; {@code digest} is empty when there is nothing for them this week. */
    public record Planned(Long accountId, String email, Map<Topic, List<DigestAssembly.Entry>> digest) { }

    /**
     * This week's digests for everyone who has not had theirs, in a fixed number of queries whatever the number of
     * people: the week's updates once, the people with their organisation's preference, all roles, all choices;
     * each person's digest is then picked in memory ({@link DigestAssembly#forPerson}).
     */
    @Transactional
    public List<Planned> plan(Instant moment) {
        LocalDate weekOf = moment.atZone(Updates.ZONE).toLocalDate();
        List<DigestAssembly.Entry> week = updates.publishedBetween(moment.minus(Duration.ofDays(7)), moment,
                EnumSet.allOf(UpdateVisibility.class)).stream().map(u -> new DigestAssembly.Entry(u.getId(), u.getKind(),
                u.getVisibility(), u.getTitle(), markdown.excerpt(u.getBodyMarkdown(), 200),
                settings.baseUrl() + "/updates/update.xhtml?id=" + u.getId(), u.getPublishAt())).toList();
        List<Object[]> people = rows(em.createNativeQuery("select a.id, a.email, a.organisation_id, o.contact_preference from account a"
                + " left join organisation o on o.id = a.organisation_id where a.status = 'ACTIVE' and a.email_verified_at is not null"
                + " and not exists (select 1 from update_digest_sent d where d.account_id = a.id and d.week_of = ?) order by a.id")
                .setParameter(1, java.sql.Date.valueOf(weekOf)).getResultList());
        if (people.isEmpty()) return List.of();
        Map<Long, Set<Role>> roles = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select account_id, role_name from account_role").getResultList())) {
            try {
                roles.computeIfAbsent(((Number) r[0]).longValue(), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf((String) r[1]));
            } catch (IllegalArgumentException retired) {
                // a role this version no longer has
            }
        }
        Map<Long, Map<Topic, Topic.Mode>> chosen = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select account_id, topic, mode from topic_choice").getResultList())) {
            try {
                chosen.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(Topic.class))
                        .put(Topic.valueOf((String) r[1]), Topic.Mode.valueOf((String) r[2]));
            } catch (IllegalArgumentException retired) {
                // a topic or mode this version no longer has: the default stands
            }
        }
        List<Planned> out = new ArrayList<>(people.size());
        for (Object[] p : people) {
            Long id = ((Number) p[0]).longValue();
            Long org = p[2] == null ? null : ((Number) p[2]).longValue();
            Set<UpdateVisibility> mayRead = UpdateReaders.of(roles.getOrDefault(id, EnumSet.noneOf(Role.class)), org);
            out.add(new Planned(id, (String) p[1], DigestAssembly.forPerson(chosen.getOrDefault(id, Map.of()), (String) p[3], mayRead, week)));
        }
        return out;
    }

    /**
     * Queues a batch of planned digests and records each person's week as done, in one transaction. If another
     * node did any of them first, the batch rolls back whole and the next pass plans again without them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int queue(List<Planned> batch, Instant moment) {
        LocalDate weekOf = moment.atZone(Updates.ZONE).toLocalDate();
        java.sql.Date week = java.sql.Date.valueOf(weekOf);
        Timestamp now = Timestamp.from(clock.instant());
        int sent = 0;
        for (Planned p : batch) {
            int items = DigestAssembly.count(p.digest());
            em.createNativeQuery("insert into update_digest_sent (account_id, week_of, items, queued_at) values (?, ?, ?, ?)")
                    .setParameter(1, p.accountId()).setParameter(2, week).setParameter(3, items).setParameter(4, now).executeUpdate();
            if (items == 0) continue;
            String stop = unsubscribe.link(p.accountId(), null, MailingUnsubscribe.DIGEST);
            mailer.queue(UpdateMail.digest(shortName(), p.email(), "update-digest-" + p.accountId() + "-" + weekOf, p.digest(), stop,
                    preferences()));
            sent++;
        }
        return sent;
    }

    private static List<Object[]> rows(List<?> result) {
        List<Object[]> out = new ArrayList<>(result.size());
        for (Object r : result) out.add((Object[]) r);
        return out;
    }

    String preferences() { return settings.baseUrl() + "/bulletins/emails.xhtml"; }

    String shortName() {
        try {
            return network.getProfile().getShortName();
        } catch (RuntimeException e) {
            return "Acorn";
        }
    }
}
