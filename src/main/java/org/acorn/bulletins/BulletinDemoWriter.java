package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.acorn.platform.account.Account;

/**
 * Demo bulletins: one sent last week (its archive page and frozen words; the demo delivers nothing, so it has no
 * recipient rows) and this week's draft with an introduction, ready for a co-ordinator to fill from what is new.
 */
@ApplicationScoped
public class BulletinDemoWriter {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Bulletins bulletins;

    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(Account by, String title, String intro, List<ItemCandidate> items, Instant at) {
        Bulletin b = new Bulletin(title, "all", by.getId(), by.getDisplayName(), at);
        b.write(title, intro, "all", at);
        em.persist(b);
        em.flush();
        int order = 0;
        java.util.Map<String, BulletinSection> sections = new java.util.LinkedHashMap<>();
        for (ItemCandidate c : items) {
            BulletinSection s = sections.get(c.section());
            if (s == null) {
                s = new BulletinSection(b.getId(), c.section(), sections.size());
                em.persist(s);
                em.flush();
                sections.put(c.section(), s);
            }
            em.persist(new BulletinItem(s.getId(), c, order++));
        }
        em.flush();
        BulletinRender.Frozen f = bulletins.render(b);
        b.freeze(f.html(), f.text());
        b.sent(at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void draft(Account by, String title, String intro, Instant at) {
        Bulletin b = new Bulletin(title, "all", by.getId(), by.getDisplayName(), at);
        b.write(title, intro, "all", at);
        em.persist(b);
    }
}
