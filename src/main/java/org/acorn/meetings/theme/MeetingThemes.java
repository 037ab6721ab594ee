package org.acorn.meetings.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;

/**
 * Meeting themes are the top level of the directory's service-type taxonomy (Social, Health, Education and youth …),
 * as updates use them. A member's themes come from what their organisation does (the service types of its services
 * that are not closed, each counted under its top-level term) and from the themes they follow themselves.
 */
@ApplicationScoped
public class MeetingThemes {

    public static final String TAXONOMY = "service_type";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;

    /** Every theme that can be chosen, id → label, in the taxonomy's order. */
    @Transactional
    public Map<Long, String> all() {
        Map<Long, String> out = new LinkedHashMap<>();
        em.createQuery("select t from TaxonomyTerm t where t.taxonomy.code = :x and t.parentId is null and t.retiredAt is null"
                        + " order by t.sortOrder, t.id", TaxonomyTerm.class)
                .setParameter("x", TAXONOMY).getResultList().forEach(t -> out.put(t.getId(), t.getLabel()));
        return out;
    }

    /** The label of a theme, or null when the id is not a theme (a tampered form, a retired term). */
    @Transactional
    public String label(Long termId) {
        return termId == null ? null : all().get(termId);
    }

    /** The themes of an organisation's services (their top-level service types), id → label. */
    @Transactional
    public Map<Long, String> ofOrganisation(Long organisationId) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (organisationId == null) return out;
        List<TaxonomyTerm> terms = em.createQuery("select distinct t from Service s join s.terms t where s.organisationId = :o"
                        + " and s.status <> :closed and t.taxonomy.code = :x", TaxonomyTerm.class)
                .setParameter("o", organisationId).setParameter("closed", ServiceStatus.CLOSED).setParameter("x", TAXONOMY).getResultList();
        Map<Long, String> themes = all();
        for (TaxonomyTerm t : terms) {
            TaxonomyTerm top = t;
            for (int depth = 0; top.getParentId() != null && depth < 10; depth++) top = em.find(TaxonomyTerm.class, top.getParentId());
            if (themes.containsKey(top.getId())) out.put(top.getId(), top.getLabel());
        }
        Map<Long, String> ordered = new LinkedHashMap<>();
        themes.forEach((id, label) -> { if (out.containsKey(id)) ordered.put(id, label); });
        return ordered;
    }

    /** The themes a person follows, id → label. */
    @Transactional
    public Map<Long, String> followed(Long accountId) {
        Set<Long> ids = Set.copyOf(em.createQuery("select f.termId from ThemeFollow f where f.accountId = :a", Long.class)
                .setParameter("a", accountId).getResultList());
        Map<Long, String> out = new LinkedHashMap<>();
        all().forEach((id, label) -> { if (ids.contains(id)) out.put(id, label); });
        return out;
    }

    /** The caller follows exactly the chosen themes; anything that is not a theme is refused and nothing changes. */
    @Transactional
    public Map<Long, String> follow(Collection<Long> chosen) {
        Account me = caller.require();
        Map<Long, String> themes = all();
        Set<Long> wanted = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        for (Long id : wanted) {
            if (id == null || !themes.containsKey(id)) throw new InvalidInput("follow", "Choose themes from the list.");
        }
        Map<Long, String> before = followed(me.getId());
        em.createQuery("delete from ThemeFollow f where f.accountId = :a").setParameter("a", me.getId()).executeUpdate();
        for (Long id : wanted) em.persist(new ThemeFollow(me.getId(), id, clock.instant()));
        Map<Long, String> after = followed(me.getId());
        if (!before.equals(after)) {
            audit.record("meeting.themes.followed", new AuditLog.Target("account", me.getId(), me.getDisplayName()),
                    after.isEmpty() ? "none" : String.join(", ", after.values()));
        }
        return after;
    }
}
