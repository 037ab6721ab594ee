package org.acorn.consortium.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.acorn.consortium.ConsortiumSettings;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.consortium.opportunity.Stage;
import org.acorn.platform.account.Account;

/**
 * The timeline's reminders: task owners a few days before a task is due, and the whole team a week and a day before
 * the submission deadline. Rows are locked (tasks) or claimed by a unique row (deadlines), so two nodes running the
 * pass at once send each reminder once.
 */
@ApplicationScoped
public class BidReminders {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject ConsortiumSettings settings;
    @Inject BidMail mail;
    @Inject Bids bids;

    @Transactional
    public int tasksDue() {
        LocalDate until = LocalDate.ofInstant(clock.instant(), Opportunity.LONDON).plusDays(settings.taskReminderDays());
        List<BidTask> due = em.createQuery("select t from BidTask t where t.doneAt is null and t.remindedAt is null and t.dueOn <= :u", BidTask.class)
                .setParameter("u", until).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int sent = 0;
        for (BidTask t : due) {
            Bid b = em.find(Bid.class, t.getBidId());
            Opportunity o = em.find(Opportunity.class, b.getOpportunityId());
            t.reminded(clock.instant());
            if (o.getStage() != Stage.BIDDING) continue;
            Account owner = em.find(Account.class, t.getOwnerId());
            if (owner != null && owner.isActive()) {
                mail.taskDue(b, o, t, owner.getEmail());
                sent++;
            }
        }
        return sent;
    }

    @Transactional
    public int deadlines() {
        Instant now = clock.instant();
        int sent = 0;
        for (Bid b : em.createQuery("select b from Bid b, Opportunity o where b.opportunityId = o.id and o.stage = :s and o.submissionDeadline > :n",
                Bid.class).setParameter("s", Stage.BIDDING).setParameter("n", now).getResultList()) {
            Opportunity o = em.find(Opportunity.class, b.getOpportunityId());
            long left = Duration.between(now, o.getSubmissionDeadline()).toHours();
            String kind = left <= 24 ? "deadline-1" : left <= 7 * 24 ? "deadline-7" : null;
            if (kind == null) continue;
            boolean already = !em.createQuery("select r.id from Reminder r where r.bidId = :b and r.kind = :k", Long.class)
                    .setParameter("b", b.getId()).setParameter("k", kind).getResultList().isEmpty();
            if (already) continue;
            em.persist(new Reminder(b.getId(), kind, now));
            em.flush(); // the unique row claims it: another node's pass fails here and sends nothing
            mail.deadline(b, o, kind, kind.equals("deadline-1") ? 1 : 7, bids.teamAddresses(b));
            sent++;
        }
        return sent;
    }
}
