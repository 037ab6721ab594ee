package org.acorn.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.network.NetworkModel;
import org.acorn.platform.account.Account;
import org.acorn.readiness.Checklist;
import org.acorn.readiness.HelpTopic;
import org.acorn.readiness.ItemKind;
import org.acorn.readiness.ItemState;
import org.acorn.readiness.OrganisationSize;
import org.acorn.readiness.ReadinessDemoWriter;
import org.acorn.readiness.SafeguardingQuestion;
import org.acorn.readiness.SafeguardingQuestion.Answer;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.library.LibraryDemoWriter;
import org.acorn.updates.library.ResourceCategory;

/**
 * Contract readiness in every demo model (seed 003 l.414, 483: development officers helping small organisations become
 * "contract ready"; l.509–551: the Forum's CIC checking members' policies). Varied on purpose: two members fully ready,
 * the demo organisation admin's own partly ready (one document waiting, one needing work, insurance due for renewal
 * soon) with a self-assessment and action plan, one member whose insurance has expired, a handful part-way, a larger
 * member offering help and a template, and help requests open and in hand. Names and documents are illustrative.
 */
@ApplicationScoped
public class ReadinessDemo {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject ReadinessDemoWriter writer;
    @Inject LibraryDemoWriter library;

    public void load(NetworkModel model, List<Organisation> orgs, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Checklist.ZONE);
        Instant sent = now.minus(40, ChronoUnit.DAYS);
        Account officer = account("development@example.org");
        Account coordinator = account("coordinator@example.org");
        Account rep = account("rep@example.org");
        // the Group has development officers with a small-organisations remit; elsewhere the co-ordinator checks
        Account reviewer = model == NetworkModel.GROUP ? officer : coordinator;

        // the demo organisation admin's own: partly ready, insurance due for renewal within the reminder window
        Organisation home = orgs.get(0);
        Long h = home.getId();
        writer.item(h, ItemKind.SAFEGUARDING, ItemState.ACCEPTED, today.plusMonths(9), home.getName(), reviewer, null, sent);
        writer.item(h, ItemKind.INSURANCE, ItemState.ACCEPTED, today.plusDays(21), home.getName(), reviewer, null, sent);
        writer.item(h, ItemKind.EQUAL_OPPORTUNITIES, ItemState.ACCEPTED, today.plusMonths(11), home.getName(), reviewer, null, sent);
        writer.item(h, ItemKind.HEALTH_AND_SAFETY, ItemState.SUBMITTED, today.plusMonths(12), home.getName(), reviewer, null, now.minus(2, ChronoUnit.DAYS));
        writer.item(h, ItemKind.DATA_PROTECTION, ItemState.NEEDS_WORK, today.plusMonths(12), home.getName(), reviewer,
                "Please say how long you keep registration forms and who can see them.", sent);
        assessment(h, sizeOf(home), now.minus(10, ChronoUnit.DAYS));

        // two members fully ready; the representative's organisation offers help and shares a template
        Organisation larger = orgs.get(1);
        for (Organisation ready : List.of(larger, orgs.get(4))) {
            int i = 0;
            for (ItemKind k : ItemKind.values()) {
                writer.item(ready.getId(), k, ItemState.ACCEPTED, today.plusDays(120 + 20L * i++), ready.getName(), reviewer, null, sent);
            }
        }
        writer.helper(larger.getId(), HelpTopic.BIDS, rep, sent);
        writer.helper(larger.getId(), HelpTopic.POLICIES, rep, sent);
        String title = model == NetworkModel.FORUM ? "Complaints procedure for a small group" : "Volunteer policy for a small group";
        ItemKind kind = model == NetworkModel.FORUM ? ItemKind.COMPLAINTS : ItemKind.VOLUNTEERING;
        String text = title + " (illustrative).\n1. Who we are\n2. What we promise\n3. What to do\n";
        library.add(title, "A short model a volunteer-run group can adapt.\n\nShared by " + larger.getName() + " for smaller members.",
                ResourceCategory.POLICY_TEMPLATE, UpdateVisibility.MEMBERS, today.plusYears(1), Set.of(), larger.getName(), sent, 12, text);
        Long resource = em.createQuery("select r.id from LibraryResource r where r.title = :t", Long.class).setParameter("t", title).getSingleResult();
        writer.offer(larger.getId(), title, "A short model a volunteer-run group can adapt.", kind, text, resource, sent);
        writer.offer(larger.getId(), "Monitoring outcomes on one page", "How we record outcomes for funders without a database.",
                ItemKind.MONITORING, "Monitoring outcomes on one page (illustrative).\nBefore, after, and what changed.\n", null, now.minus(3, ChronoUnit.DAYS));

        // expired insurance: out of date, so it no longer counts
        Organisation lapsed = orgs.get(2);
        writer.item(lapsed.getId(), ItemKind.INSURANCE, ItemState.ACCEPTED, today.minusDays(12), lapsed.getName(), reviewer, null,
                now.minus(380, ChronoUnit.DAYS));
        writer.item(lapsed.getId(), ItemKind.SAFEGUARDING, ItemState.ACCEPTED, today.plusMonths(5), lapsed.getName(), reviewer, null, sent);
        writer.item(lapsed.getId(), ItemKind.ACCOUNTS, ItemState.ACCEPTED, today.plusMonths(7), lapsed.getName(), reviewer, null, sent);
        writer.request(lapsed.getId(), HelpTopic.MONITORING, "We have a new grant and need to report outcomes each quarter. We do not know where to start.",
                null, null, null, now.minus(1, ChronoUnit.DAYS));

        // part-way: a few items each, some waiting
        ItemKind[] firstSteps = {ItemKind.SAFEGUARDING, ItemKind.INSURANCE, ItemKind.HEALTH_AND_SAFETY, ItemKind.GOVERNANCE};
        for (int o = 5; o < Math.min(orgs.size(), 11); o++) {
            Organisation org = orgs.get(o);
            for (int k = 0; k < 1 + (o % firstSteps.length); k++) {
                ItemState s = (o + k) % 3 == 0 ? ItemState.SUBMITTED : ItemState.ACCEPTED;
                writer.item(org.getId(), firstSteps[k], s, today.plusDays(45 + 30L * k + o), org.getName(), reviewer, null, sent);
            }
        }
        writer.request(orgs.get(3).getId(), HelpTopic.BIDS, "A lot in the early help tender suits us; we have never written a bid.",
                rep, larger.getId(), reviewer.getDisplayName(), now.minus(6, ChronoUnit.DAYS));
    }

    private void assessment(Long orgId, OrganisationSize size, Instant at) {
        Map<SafeguardingQuestion, Answer> answers = new EnumMap<>(SafeguardingQuestion.class);
        int i = 0;
        for (SafeguardingQuestion q : SafeguardingQuestion.forSize(size)) {
            answers.put(q, i % 4 == 1 ? Answer.NO : i % 4 == 3 ? Answer.PARTLY : Answer.YES);
            i++;
        }
        writer.answers(orgId, answers, at);
    }

    private OrganisationSize sizeOf(Organisation org) {
        return OrganisationSize.of(org.getIncomeBand(), OrganisationSize.paid(org.getStaffFullTime(), org.getStaffPartTime(),
                org.getStaffSessional()), 100_000);
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email).getSingleResult();
    }
}
