package org.acorn.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.acorn.platform.persistence.Like;
import org.acorn.platform.persistence.ResultPage;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/**
 * Reading the audit log, for the co-ordinator and site administrators only. There is deliberately no
 * method here, or anywhere, that changes or removes an entry.
 */
@ApplicationScoped
public class AuditTrail {

    public static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 500;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;

    /** Throws AccessDenied (or NotSignedIn) unless the caller may read the audit log. */
    public void requireReader() {
        caller.require();
        if (!caller.isCoordinatorOrAdmin()) {
            throw new AccessDenied("Only the co-ordinator or a site administrator can read the audit log.");
        }
    }

    /** Matching entries, newest first, one page of {@link #PAGE_SIZE}; a page past the end shows the last. */
    @Transactional
    public ResultPage<AuditEntry> page(AuditQuery query, int page) {
        requireReader();
        Where where = where(query);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where.jpql, Long.class);
        where.params.forEach(count::setParameter);
        long total = count.getSingleResult();
        int shown = ResultPage.clamp(page, PAGE_SIZE, total);
        TypedQuery<AuditEntry> rows = em.createQuery("select e from AuditEntry e" + where.jpql
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        where.params.forEach(rows::setParameter);
        return new ResultPage<>(rows.setFirstResult(ResultPage.offset(shown, PAGE_SIZE)).setMaxResults(PAGE_SIZE)
                .getResultList(), shown, PAGE_SIZE, total);
    }

    /**
     * Every matching entry, newest first, handed over in batches (keyset paging: entries written meanwhile
     * neither repeat nor shift the export, and memory use does not grow with the log).
     */
    public void export(AuditQuery query, Consumer<AuditEntry> sink) {
        requireReader();
        Instant beforeAt = null;
        Long beforeId = null;
        while (true) {
            List<AuditEntry> batch = batch(query, beforeAt, beforeId);
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) return;
            AuditEntry last = batch.get(batch.size() - 1);
            beforeAt = last.getOccurredAt();
            beforeId = last.getId();
        }
    }

    /** One batch; read without a transaction, so each batch's entities are let go once written out. */
    List<AuditEntry> batch(AuditQuery query, Instant beforeAt, Long beforeId) {
        Where where = where(query);
        String jpql = "select e from AuditEntry e" + where.jpql;
        if (beforeAt != null) {
            jpql += (where.jpql.isEmpty() ? " where " : " and ")
                    + "(e.occurredAt < :beforeAt or (e.occurredAt = :beforeAt and e.id < :beforeId))";
        }
        TypedQuery<AuditEntry> q = em.createQuery(jpql + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        where.params.forEach(q::setParameter);
        if (beforeAt != null) q.setParameter("beforeAt", beforeAt).setParameter("beforeId", beforeId);
        return q.setMaxResults(EXPORT_BATCH).getResultList();
    }

    /** The actions that occur in the log, for the filter's list. */
    @Transactional
    public List<String> actions() {
        requireReader();
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class).getResultList();
    }

    /** The kinds of record the log mentions, for the filter's list. */
    @Transactional
    public List<String> targetTypes() {
        requireReader();
        return em.createQuery("select distinct e.targetType from AuditEntry e where e.targetType is not null"
                + " order by e.targetType", String.class).getResultList();
    }

    private record Where(String jpql, Map<String, Object> params) { }

    private static Where where(AuditQuery query) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.text() != null) {
            parts.add("(lower(e.actorName) like :t escape '!' or lower(e.targetLabel) like :t escape '!'"
                    + " or lower(e.action) like :t escape '!' or lower(e.detail) like :t escape '!')");
            params.put("t", Like.contains(query.text()));
        }
        if (query.action() != null) {
            parts.add("e.action = :action");
            params.put("action", query.action());
        }
        if (query.targetType() != null) {
            parts.add("e.targetType = :type");
            params.put("type", query.targetType());
        }
        if (query.from() != null) {
            parts.add("e.occurredAt >= :from");
            params.put("from", query.fromInstant());
        }
        if (query.to() != null) {
            parts.add("e.occurredAt < :to");
            params.put("to", query.toExclusive());
        }
        return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
    }

    /** Whether the caller may read the log (pages use it to show the link). */
    public boolean mayRead() {
        return caller.isCoordinatorOrAdmin();
    }
}
