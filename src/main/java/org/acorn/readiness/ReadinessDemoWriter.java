package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.acorn.platform.account.Account;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;

/** Writes demo readiness records at start-up (no signed-in caller, no mail); used only by org.acorn.demo. */
@ApplicationScoped
public class ReadinessDemoWriter {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject FileStore files;

    /** A checklist document as a plain-text file, in the given review state (reviewed by {@code reviewer} unless SUBMITTED). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void item(Long orgId, ItemKind kind, ItemState state, LocalDate expiresOn, String orgName, Account reviewer, String reviewNote,
                     Instant at) {
        StoredFile f = files.store(Checklist.FILE_KIND, kind.getLabel() + ".txt", text(orgName + ": " + kind.getLabel()
                + " (illustrative demo document).\n" + kind.getHint() + ".\n"), UploadRules.documents(1024 * 1024));
        ReadinessItem i = new ReadinessItem(orgId, kind);
        i.submit(f.getId(), expiresOn, null, null, at);
        if (state != ItemState.SUBMITTED) i.review(state, reviewNote, reviewer.getId(), reviewer.getDisplayName(), at.plusSeconds(86_400));
        em.persist(i);
        em.flush();
    }

    /** Self-assessment answers, with the action plan they make. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answers(Long orgId, Map<SafeguardingQuestion, SafeguardingQuestion.Answer> answers, Instant at) {
        answers.forEach((q, a) -> {
            AssessmentAnswer row = new AssessmentAnswer(orgId, q);
            row.answer(a, null, at);
            em.persist(row);
            if (a.needsAction()) em.persist(new PlannedAction(orgId, q, at));
            em.flush();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void helper(Long orgId, HelpTopic topic, Account contact, Instant at) {
        em.persist(new Helper(orgId, topic, contact.getId(), at));
        em.flush();
    }

    /** A help request; passed to {@code helper} when given (by {@code routedBy}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(Long orgId, HelpTopic topic, String details, Account helper, Long helperOrgId, String routedBy, Instant at) {
        HelpRequest r = new HelpRequest(orgId, topic, details, null, at);
        if (helper != null) r.routeTo(helper.getId(), helperOrgId, routedBy, at.plusSeconds(3_600));
        em.persist(r);
        em.flush();
    }

    /** A template offer; published as library resource {@code resourceId} when given, otherwise waiting for review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offer(Long orgId, String title, String summary, ItemKind kind, String content, Long resourceId, Instant at) {
        StoredFile f = files.store(SharedTemplates.FILE_KIND, title.replaceAll("[^A-Za-z0-9 -]", "") + ".txt", text(content),
                UploadRules.documents(1024 * 1024));
        TemplateOffer o = new TemplateOffer(orgId, title, summary, kind, f.getId(), null, at);
        if (resourceId != null) o.published(resourceId, null, at.plusSeconds(86_400));
        em.persist(o);
        em.flush();
    }

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
