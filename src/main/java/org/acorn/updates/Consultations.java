package org.acorn.updates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.search.IndexEvents;

/**
 * A consultation's life: members respond until the closing date (one response each, which they may rewrite);
 * a co-ordinator collates the network's response; when the body answers, "you said, we did" records it.
 */
@ApplicationScoped
public class Consultations {

    static final int MAX_RESPONSE = 10_000;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject Updates updates;
    @Inject AuditLog audit;
    @Inject IndexEvents index;

    public boolean isOpen(NewsUpdate u) {
        return u.getKind() == UpdateKind.CONSULTATION && u.getClosesOn() != null
                && !LocalDate.now(clock.withZone(Updates.ZONE)).isAfter(u.getClosesOn());
    }

    /** Members (people from member organisations) respond; staff read the responses. */
    public boolean mayRespond(Account a) {
        return a.getOrganisationId() != null || a.hasRole(Role.MEMBER);
    }

    @Transactional
    public void respond(Long updateId, String text) {
        Account me = caller.require();
        NewsUpdate u = updates.readable(updateId).filter(x -> x.getKind() == UpdateKind.CONSULTATION)
                .orElseThrow(() -> new UpdateRefused(null, "That consultation is not available."));
        if (!mayRespond(me)) throw new AccessDenied("Responses come from member organisations.");
        if (!isOpen(u)) throw new UpdateRefused("response", "This consultation closed on " + u.getClosesOn() + ".");
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) throw new UpdateRefused("response", "Write your response.");
        if (body.length() > MAX_RESPONSE) throw new UpdateRefused("response", "Keep your response under " + MAX_RESPONSE + " characters.");
        Optional<ConsultationResponse> mine = mine(updateId, me.getId());
        if (mine.isPresent()) {
            mine.get().rewrite(body, clock.instant());
        } else {
            em.persist(new ConsultationResponse(updateId, me.getId(), me.getDisplayName(), me.getOrganisationId(), body, clock.instant()));
        }
    }

    @Transactional
    public Optional<ConsultationResponse> mine(Long updateId, Long accountId) {
        return em.createQuery("select r from ConsultationResponse r where r.updateId = :u and r.accountId = :a", ConsultationResponse.class)
                .setParameter("u", updateId).setParameter("a", accountId).getResultStream().findFirst();
    }

    /** Every response, for whoever may edit the consultation (co-ordinators). */
    @Transactional
    public List<ConsultationResponse> responses(Long updateId) {
        Account me = caller.require();
        NewsUpdate u = updates.find(updateId).orElseThrow(() -> new UpdateRefused(null, "That consultation is not available."));
        if (!Updates.isEditor(me) && !updates.mayEdit(me, u)) throw new AccessDenied("Only co-ordinators read every response.");
        return em.createQuery("select r from ConsultationResponse r where r.updateId = :u order by r.createdAt", ConsultationResponse.class)
                .setParameter("u", updateId).getResultList();
    }

    @Transactional
    public long count(Long updateId) {
        return em.createQuery("select count(r) from ConsultationResponse r where r.updateId = :u", Long.class)
                .setParameter("u", updateId).getSingleResult();
    }

    /** The network's collated response and, once the body answers, "you said, we did". Co-ordinators only. */
    @Transactional
    public void conclude(Long updateId, String collated, String answer) {
        Account me = caller.require();
        if (!Updates.isEditor(me)) throw new AccessDenied("Only co-ordinators write the network's response.");
        NewsUpdate u = updates.find(updateId).filter(x -> x.getKind() == UpdateKind.CONSULTATION)
                .orElseThrow(() -> new UpdateRefused(null, "That consultation is not available."));
        if (collated != null && collated.length() > Updates.MAX_BODY) throw new UpdateRefused("collated", "Keep it under " + Updates.MAX_BODY + " characters.");
        if (answer != null && answer.length() > Updates.MAX_BODY) throw new UpdateRefused("answer", "Keep it under " + Updates.MAX_BODY + " characters.");
        u.setCollatedMarkdown(blankToNull(collated), clock.instant());
        u.setAnswerMarkdown(blankToNull(answer), clock.instant());
        audit.record("consultation.concluded", new AuditLog.Target("update", u.getId(), u.getTitle()),
                (collated == null || collated.isBlank() ? "" : "network response") + (answer == null || answer.isBlank() ? "" : " + you said, we did"));
        index.changed(Updates.INDEX_KIND, String.valueOf(u.getId()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
