package org.acorn.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * The synonym groups search uses, edited by a site administrator (co-ordinators may read them). A change is
 * an index event of the pseudo-kind {@link SiteIndex#SYNONYMS}, so every node takes it into use in order with
 * the other events, this node before the page reloads.
 */
@ApplicationScoped
public class Synonyms {

    private static final Logger LOG = Logger.getLogger(Synonyms.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject IndexEvents indexEvents;
    @Inject Clock clock;

    /** The lines in force, for the analyzer (no authorisation: search itself reads them). */
    @Transactional
    public List<String> lines() {
        return em.createQuery("select s.words from SynonymGroup s order by s.id", String.class).getResultList();
    }

    @Transactional
    public List<SynonymGroup> list() {
        caller.requireAny(Role.SITE_ADMIN, Role.COORDINATOR);
        return em.createQuery("select s from SynonymGroup s order by s.words", SynonymGroup.class).getResultList();
    }

    public boolean mayEdit() { return caller.has(Role.SITE_ADMIN); }

    @Transactional
    public void add(String typed) {
        caller.requireAny(Role.SITE_ADMIN);
        String words = valid(typed, null);
        SynonymGroup g = new SynonymGroup(words, clock.instant());
        em.persist(g);
        em.flush();
        audit.record("search.synonyms.added", new AuditLog.Target("synonyms", g.getId(), words), "words: " + words);
        changed();
    }

    @Transactional
    public void update(Long id, long version, String typed) {
        caller.requireAny(Role.SITE_ADMIN);
        SynonymGroup g = load(id);
        if (g.getVersion() != version) throw new SynonymRefused("Someone else changed this group meanwhile: check it and try again.");
        String before = g.getWords();
        String words = valid(typed, id);
        if (words.equals(before)) return;
        g.change(words, clock.instant());
        em.flush();
        audit.record("search.synonyms.changed", new AuditLog.Target("synonyms", id, words),
                AuditLog.changes(java.util.Map.of("words", before), java.util.Map.of("words", words)));
        changed();
    }

    @Transactional
    public void remove(Long id) {
        caller.requireAny(Role.SITE_ADMIN);
        SynonymGroup g = load(id);
        em.remove(g);
        audit.record("search.synonyms.removed", new AuditLog.Target("synonyms", id, g.getWords()), "words: " + g.getWords());
        changed();
    }

    private String valid(String typed, Long id) {
        SynonymRules.Checked c = SynonymRules.check(typed);
        if (!c.ok()) throw new SynonymRefused(c.error());
        boolean taken = em.createQuery("select s.id from SynonymGroup s where s.words = :w", Long.class)
                .setParameter("w", c.words()).getResultList().stream().anyMatch(other -> !other.equals(id));
        if (taken) throw new SynonymRefused("There is already a group with exactly these terms.");
        return c.words();
    }

    private SynonymGroup load(Long id) {
        SynonymGroup g = id == null ? null : em.find(SynonymGroup.class, id);
        if (g == null) throw new SynonymRefused("That synonym group no longer exists.");
        return g;
    }

    private void changed() {
        indexEvents.changed(SiteIndex.SYNONYMS, "all");
        LOG.info("event=search.synonyms.changed");
    }
}
