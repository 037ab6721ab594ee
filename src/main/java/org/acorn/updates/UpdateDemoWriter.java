package org.acorn.updates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.acorn.platform.account.Account;
import org.acorn.platform.text.Markdown;
import org.acorn.search.IndexEvents;

/** Writes demo updates without a signed-in caller (the demo loads at start-up); used only by org.acorn.demo. */
@ApplicationScoped
public class UpdateDemoWriter {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Markdown markdown;
    @Inject IndexEvents index;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasUpdates() {
        return !em.createQuery("select u.id from NewsUpdate u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void linkOfficer(Long bodyId, Long accountId) {
        em.persist(new BodyOfficer(bodyId, accountId));
    }

    /** An update published at {@code at}; already announced (the demo sends no emails for its past). */
    @Transactional(Transactional.TxType.MANDATORY)
    public NewsUpdate write(UpdateKind kind, Account author, Long bodyId, String title, String body, UpdateVisibility visibility,
                            Instant at, LocalDate closesOn, Set<String> tags, List<String> actions) {
        NewsUpdate u = new NewsUpdate(kind, author.getId(), author.getDisplayName(), at);
        u.write(title, body, markdown.html(body), bodyId, visibility, at, closesOn, tags, at);
        u.notified(at);
        em.persist(u);
        em.flush();
        for (int i = 0; i < actions.size(); i++) em.persist(new KeyAction(u.getId(), actions.get(i), i));
        index.changed(Updates.INDEX_KIND, String.valueOf(u.getId()));
        return u;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void respond(NewsUpdate u, Account a, String text, Instant at) {
        em.persist(new ConsultationResponse(u.getId(), a.getId(), a.getDisplayName(), a.getOrganisationId(), text, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void conclude(NewsUpdate u, String collated, String answer, Instant at) {
        NewsUpdate managed = em.find(NewsUpdate.class, u.getId());
        managed.setCollatedMarkdown(collated, at);
        managed.setAnswerMarkdown(answer, at);
    }
}
