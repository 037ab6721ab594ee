package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/** Co-ordinators keep the categories: add, change, archive, who reads a group category, who moderates. */
@ApplicationScoped
public class Categories {

    /** What a co-ordinator typed for a category. */
    public record CategoryForm(String name, String description, ForumCategory.Kind kind, CategoryVisibility visibility,
                               Audience audience, Long districtId, int sortOrder) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ForumReaders readers;
    @Inject AuditLog audit;
    @Inject Posting posting;
    @Inject Clock clock;

    @Transactional
    public ForumCategory save(Long id, CategoryForm f) {
        requireManager();
        Map<String, String> errors = new LinkedHashMap<>();
        String name = f.name() == null ? "" : ForumInput.withoutControls(f.name()).strip();
        if (name.length() < 3 || name.length() > 120) errors.put("name", "Give the category a name of 3 to 120 characters.");
        String description = f.description() == null ? null : ForumInput.withoutControls(f.description()).strip();
        if (description != null && description.length() > 1000) errors.put("description", "Please keep the description to 1,000 characters.");
        if (f.kind() == null) errors.put("kind", "Choose what the category is for.");
        if (f.visibility() == null) errors.put("visibility", "Choose who can read it.");
        if (f.visibility() == CategoryVisibility.GROUP && f.audience() == null) errors.put("audience", "Choose the group.");
        if (f.visibility() == CategoryVisibility.GROUP && f.audience() == Audience.DISTRICT
                && (f.districtId() == null || em.find(District.class, f.districtId()) == null)) {
            errors.put("district", "Choose the district.");
        }
        List<ForumCategory> sameName = em.createQuery("select c from ForumCategory c where lower(c.name) = :n", ForumCategory.class)
                .setParameter("n", name.toLowerCase()).getResultList();
        if (sameName.stream().anyMatch(c -> !c.getId().equals(id))) errors.put("name", "There is already a category called " + name + ".");
        if (!errors.isEmpty()) throw new ForumRefused(errors);
        ForumCategory c;
        Map<String, Object> before = Map.of();
        if (id == null) {
            c = new ForumCategory(name, f.kind(), f.visibility(), clock.instant());
            em.persist(c);
        } else {
            c = em.find(ForumCategory.class, id);
            if (c == null) throw ForumRefused.of("That category no longer exists.");
            before = describe(c);
        }
        boolean accessChanged = id != null && (c.getVisibility() != f.visibility() || c.getAudience() != f.audience()
                || !java.util.Objects.equals(c.getDistrictId(), f.districtId()));
        c.setName(name);
        c.setDescription(description == null || description.isEmpty() ? null : description);
        c.setKind(f.kind());
        c.setAccess(f.visibility(), f.audience(), f.districtId());
        c.setSortOrder(f.sortOrder());
        em.flush();
        audit.record(id == null ? "forum.category.created" : "forum.category.changed",
                new AuditLog.Target("forum-category", c.getId(), c.getName()), AuditLog.changes(before, describe(c)));
        if (accessChanged) reindexCategory(c.getId());
        return c;
    }

    @Transactional
    public void archive(Long id, boolean archived) {
        requireManager();
        ForumCategory c = em.find(ForumCategory.class, id);
        if (c == null) throw ForumRefused.of("That category no longer exists.");
        c.setArchivedAt(archived ? clock.instant() : null);
        audit.record(archived ? "forum.category.archived" : "forum.category.restored",
                new AuditLog.Target("forum-category", c.getId(), c.getName()), null);
    }

    /** The people on a LIST category, by email (one per line); returns the names of those added. */
    @Transactional
    public List<String> setListMembers(Long categoryId, String emails) {
        requireManager();
        ForumCategory c = em.find(ForumCategory.class, categoryId);
        if (c == null) throw ForumRefused.of("That category no longer exists.");
        List<String> wanted = emails == null ? List.of() : List.of(emails.split("[\\s,;]+")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).map(Account::normaliseEmail).distinct().toList();
        if (wanted.size() > 500) throw ForumRefused.field("emails", "At most 500 people on one list.");
        List<Account> accounts = wanted.isEmpty() ? List.of() : em.createQuery("select a from Account a where a.email in :e", Account.class)
                .setParameter("e", wanted).getResultList();
        List<String> unknown = wanted.stream().filter(e -> accounts.stream().noneMatch(a -> a.getEmail().equals(e))).toList();
        if (!unknown.isEmpty()) {
            throw ForumRefused.field("emails", "No account has " + (unknown.size() == 1 ? "this address: " : "these addresses: ")
                    + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))) + ".");
        }
        em.createNativeQuery("delete from forum_category_member where category_id = ?1").setParameter(1, categoryId).executeUpdate();
        for (Account a : accounts) {
            em.createNativeQuery("insert into forum_category_member (category_id, account_id) values (?1, ?2)")
                    .setParameter(1, categoryId).setParameter(2, a.getId()).executeUpdate();
        }
        audit.record("forum.category.list", new AuditLog.Target("forum-category", c.getId(), c.getName()),
                accounts.size() + " people: " + String.join(", ", accounts.stream().map(Account::getDisplayName).toList()));
        return accounts.stream().map(Account::getDisplayName).toList();
    }

    @Transactional
    public List<String> listMemberEmails(Long categoryId) {
        List<?> ids = em.createNativeQuery("select account_id from forum_category_member where category_id = ?1")
                .setParameter(1, categoryId).getResultList();
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select a.email from Account a where a.id in :ids order by a.email", String.class)
                .setParameter("ids", ids.stream().map(x -> ((Number) x).longValue()).toList()).getResultList();
    }

    /** Appoints a moderator by email, for one category or (null) all. */
    @Transactional
    public String appoint(String email, Long categoryId) {
        requireManager();
        String e = email == null ? "" : Account.normaliseEmail(email.strip());
        List<Account> found = em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", e).getResultList();
        if (found.isEmpty()) throw ForumRefused.field("email", "No account has that email address.");
        Account a = found.get(0);
        ForumCategory c = categoryId == null ? null : em.find(ForumCategory.class, categoryId);
        if (categoryId != null && c == null) throw ForumRefused.field("scope", "That category no longer exists.");
        boolean already = em.createQuery("select m from Moderator m where m.accountId = :a", Moderator.class)
                .setParameter("a", a.getId()).getResultList().stream()
                .anyMatch(m -> java.util.Objects.equals(m.getCategoryId(), categoryId));
        if (!already) em.persist(new Moderator(a.getId(), categoryId, clock.instant()));
        audit.record("forum.moderator.appointed", new AuditLog.Target("account", a.getId(), a.getDisplayName()),
                c == null ? "all categories" : c.getName());
        return a.getDisplayName();
    }

    @Transactional
    public void removeModerator(Long moderatorId) {
        requireManager();
        Moderator m = em.find(Moderator.class, moderatorId);
        if (m == null) return;
        Account a = em.find(Account.class, m.getAccountId());
        em.remove(m);
        audit.record("forum.moderator.removed", new AuditLog.Target("account", m.getAccountId(),
                a == null ? "" : a.getDisplayName()), m.getCategoryId() == null ? "all categories" : "category " + m.getCategoryId());
    }

    /** Appointed moderators with names: (moderator id, person, category name or "All categories"). */
    @Transactional
    public List<String[]> moderators() {
        Map<Long, String> cats = new java.util.HashMap<>();
        em.createQuery("select c from ForumCategory c", ForumCategory.class).getResultList().forEach(c -> cats.put(c.getId(), c.getName()));
        return em.createQuery("select m.id, a.displayName, a.email, m.categoryId from Moderator m, Account a"
                        + " where a.id = m.accountId order by a.displayName", Object[].class).getResultList().stream()
                .map(r -> new String[] {String.valueOf(r[0]), (String) r[1], (String) r[2],
                        r[3] == null ? "All categories" : cats.getOrDefault((Long) r[3], "?")}).toList();
    }

    private void reindexCategory(Long categoryId) {
        for (Long topicId : em.createQuery("select t.id from ForumTopic t where t.categoryId = :c", Long.class)
                .setParameter("c", categoryId).getResultList()) {
            posting.reindexTopic(topicId);
        }
    }

    private void requireManager() {
        if (!ForumAccess.mayManageCategories(readers.of(caller.require()))) {
            throw new AccessDenied("Only co-ordinators can manage forum categories.");
        }
    }

    private static Map<String, Object> describe(ForumCategory c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.getName());
        m.put("description", c.getDescription());
        m.put("kind", c.getKind());
        m.put("visibility", c.getVisibility());
        m.put("audience", c.getAudience());
        m.put("district", c.getDistrictId());
        m.put("order", c.getSortOrder());
        return m;
    }
}
