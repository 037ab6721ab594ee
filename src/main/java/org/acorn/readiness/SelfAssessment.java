package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.Organisation;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.readiness.SafeguardingQuestion.Answer;

/**
 * The safeguarding self-assessment, its questions chosen by the organisation's size, and the private action plan its
 * "no" and "partly" answers make. Private to the organisation's admins and staff, like the rest of readiness.
 */
@ApplicationScoped
public class SelfAssessment {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Checklist checklist;
    @Inject AuditLog audit;
    @Inject java.time.Clock clock;

    /** The questions for this organisation, its answers so far and its action plan (open steps first). */
    public record View(Organisation organisation, OrganisationSize size, List<SafeguardingQuestion> questions,
                       Map<SafeguardingQuestion, Answer> answers, List<PlannedAction> actions) {
        public Organisation getOrganisation() { return organisation; }
        public OrganisationSize getSize() { return size; }
        public List<SafeguardingQuestion> getQuestions() { return questions; }
        public List<PlannedAction> getActions() { return actions; }
        public long getOpenActions() { return actions.stream().filter(a -> !a.isDone()).count(); }
        public long getAnswered() { return questions.stream().filter(answers::containsKey).count(); }
    }

    @Transactional
    public Optional<View> view(Long organisationId) {
        return checklist.readable(organisationId).map(org -> {
            OrganisationSize size = checklist.sizeOf(org);
            Map<SafeguardingQuestion, Answer> answers = new EnumMap<>(SafeguardingQuestion.class);
            for (AssessmentAnswer a : answersOf(org.getId())) answers.put(a.getQuestion(), a.getAnswer());
            return new View(org, size, SafeguardingQuestion.forSize(size), answers, actionsOf(org.getId()));
        });
    }

    /**
     * Saves the answers given (question name → YES, PARTLY or NO; blanks are left unanswered). Every "no" or "partly"
     * puts its step into the action plan (reopened if it had been ticked off); a "yes" removes a step not yet done. A
     * question not asked of an organisation this size, or an answer not on the list, refuses the whole form.
     */
    @Transactional
    public int save(Long organisationId, Map<String, String> given) {
        Account me = caller.require();
        Organisation org = checklist.readable(organisationId).orElseThrow(() -> new AccessDenied("You cannot answer for this organisation."));
        List<SafeguardingQuestion> asked = SafeguardingQuestion.forSize(checklist.sizeOf(org));
        Map<SafeguardingQuestion, Answer> answers = new EnumMap<>(SafeguardingQuestion.class);
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) continue;
            SafeguardingQuestion q = SafeguardingQuestion.parse(e.getKey());
            Answer a = Answer.parse(e.getValue());
            if (q == null || !asked.contains(q)) throw new ReadinessRefused(null, "The form asked a question that is not on your self-assessment. Reload the page and try again.");
            if (a == null) throw new ReadinessRefused(null, "Answer each question with yes, partly or no.");
            answers.put(q, a);
        }
        if (answers.isEmpty()) throw new ReadinessRefused(null, "Answer at least one question before saving.");
        Instant now = checklistNow();
        Map<SafeguardingQuestion, AssessmentAnswer> stored = new EnumMap<>(SafeguardingQuestion.class);
        for (AssessmentAnswer a : answersOf(org.getId())) stored.put(a.getQuestion(), a);
        Map<SafeguardingQuestion, PlannedAction> plan = new EnumMap<>(SafeguardingQuestion.class);
        for (PlannedAction p : actionsOf(org.getId())) plan.put(p.getQuestion(), p);
        int steps = 0;
        for (Map.Entry<SafeguardingQuestion, Answer> e : answers.entrySet()) {
            AssessmentAnswer row = stored.get(e.getKey());
            if (row == null) {
                row = new AssessmentAnswer(org.getId(), e.getKey());
                row.answer(e.getValue(), me.getId(), now);
                em.persist(row);
            } else {
                row.answer(e.getValue(), me.getId(), now);
            }
            PlannedAction step = plan.get(e.getKey());
            if (e.getValue().needsAction()) {
                if (step == null) em.persist(new PlannedAction(org.getId(), e.getKey(), now));
                else if (step.isDone()) step.reopen();
                steps++;
            } else if (step != null && !step.isDone()) {
                em.remove(step);
            }
            em.flush();
        }
        audit.record("readiness.assessment.saved", Checklist.target(org), answers.size() + " answers, " + steps + " steps in the plan");
        return steps;
    }

    /** Ticks a step off the plan, or (done = false) puts it back. */
    @Transactional
    public void mark(Long organisationId, Long actionId, boolean done) {
        Account me = caller.require();
        Organisation org = checklist.readable(organisationId).orElseThrow(() -> new AccessDenied("You cannot change this action plan."));
        PlannedAction step = actionId == null ? null : em.find(PlannedAction.class, actionId);
        if (step == null || !step.getOrganisationId().equals(org.getId())) throw new ReadinessRefused(null, "That step is no longer in the plan.");
        if (done) step.done(me.getDisplayName(), checklistNow());
        else step.reopen();
    }

    private Instant checklistNow() { return clock.instant(); }

    List<AssessmentAnswer> answersOf(Long organisationId) {
        return em.createQuery("select a from AssessmentAnswer a where a.organisationId = :o", AssessmentAnswer.class)
                .setParameter("o", organisationId).getResultList();
    }

    List<PlannedAction> actionsOf(Long organisationId) {
        List<PlannedAction> all = new ArrayList<>(em.createQuery("select p from PlannedAction p where p.organisationId = :o order by p.id",
                PlannedAction.class).setParameter("o", organisationId).getResultList());
        all.sort(java.util.Comparator.comparing(PlannedAction::isDone));
        return all;
    }
}
