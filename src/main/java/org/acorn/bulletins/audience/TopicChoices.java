package org.acorn.bulletins.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each person's choice per topic (each item, weekly digest, nothing); a topic with no row has its default. */
@ApplicationScoped
public class TopicChoices {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @jakarta.inject.Inject org.acorn.platform.audit.AuditLog audit;

    /** Saves a person's choices from their page (only the changed ones are written), and notes it in the audit log. */
    @Transactional
    public void saveAll(Long accountId, Map<Topic, Topic.Mode> wanted) {
        Map<Topic, Topic.Mode> before = of(accountId);
        StringBuilder changed = new StringBuilder();
        wanted.forEach((t, m) -> {
            if (before.get(t) != m) {
                set(accountId, t, m);
                changed.append(changed.length() == 0 ? "" : ", ").append(t.name()).append('=').append(m.name());
            }
        });
        if (changed.length() > 0) {
            audit.record("mailing.choices.saved", new org.acorn.platform.audit.AuditLog.Target("account", accountId, null), changed.toString());
        }
    }

    @Transactional
    public Map<Topic, Topic.Mode> of(Long accountId) {
        Map<Topic, Topic.Mode> out = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) out.put(t, t.byDefault());
        for (Object r : em.createNativeQuery("select topic, mode from topic_choice where account_id = ?").setParameter(1, accountId)
                .getResultList()) {
            Object[] row = (Object[]) r;
            try {
                out.put(Topic.valueOf((String) row[0]), Topic.Mode.valueOf((String) row[1]));
            } catch (IllegalArgumentException retired) {
                // a topic or mode this version no longer has: the default stands
            }
        }
        return out;
    }

    /** Sets one topic; takes effect for the next email queued. */
    @Transactional
    public void set(Long accountId, Topic topic, Topic.Mode mode) {
        int changed = em.createNativeQuery("update topic_choice set mode = ? where account_id = ? and topic = ?")
                .setParameter(1, mode.name()).setParameter(2, accountId).setParameter(3, topic.name()).executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("insert into topic_choice (account_id, topic, mode) values (?, ?, ?)")
                    .setParameter(1, accountId).setParameter(2, topic.name()).setParameter(3, mode.name()).executeUpdate();
        }
    }

    /** Accounts that chose nothing for the topic. */
    @Transactional
    public Set<Long> optedOut(Topic topic) {
        return ids(topic, Topic.Mode.NONE);
    }

    /** Accounts that chose this mode explicitly. */
    @Transactional
    public Set<Long> ids(Topic topic, Topic.Mode mode) {
        Set<Long> out = new HashSet<>();
        List<?> rows = em.createNativeQuery("select account_id from topic_choice where topic = ? and mode = ?")
                .setParameter(1, topic.name()).setParameter(2, mode.name()).getResultList();
        rows.forEach(r -> out.add(((Number) r).longValue()));
        return out;
    }
}
