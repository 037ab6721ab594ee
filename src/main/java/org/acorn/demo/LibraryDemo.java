package org.acorn.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.acorn.platform.account.Account;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;
import org.acorn.updates.library.LibraryDemoWriter;
import org.acorn.updates.library.ResourceCategory;

/** A small resource library for the demo: thresholds, referral routes, policy templates, commissioning guidance. */
@ApplicationScoped
public class LibraryDemo {

    @Inject LibraryDemoWriter writer;

    @Transactional(Transactional.TxType.MANDATORY)
    int load(Account by, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Updates.ZONE);
        String name = by.getDisplayName();
        Instant then = now.minus(Duration.ofDays(120));
        writer.add("Threshold document: levels of need", "The LSCB's continuum of need, from universal to specialist, with examples.",
                ResourceCategory.THRESHOLDS, UpdateVisibility.PUBLIC, today.plusMonths(10), Set.of(), name, then, 214,
                "Threshold document (illustrative), version 1.\nLevel 1 universal; level 2 early help; level 3 targeted; level 4 specialist.\n",
                "Threshold document (illustrative), version 2.\nRevised examples for early help.\n");
        writer.add("Referral routes for early help", "Who to contact, how, and what happens next.",
                ResourceCategory.REFERRAL_ROUTES, UpdateVisibility.PUBLIC, today.minusDays(5), Set.of(), name, then, 97,
                "Referral routes (illustrative).\nFront door telephone line; online form; professional consultation line.\n");
        writer.add("Safeguarding policy template for small groups", "A model policy a volunteer-run group can adapt in an evening.",
                ResourceCategory.POLICY_TEMPLATE, UpdateVisibility.MEMBERS, today.plusMonths(6), Set.of(), name, then, 356,
                "Safeguarding policy template (illustrative).\n1. Our commitment\n2. Our safeguarding lead\n3. What to do if you are worried\n");
        writer.add("Commissioning guidance: being contract ready", "What commissioners look for, and how consortia bid together.",
                ResourceCategory.COMMISSIONING, UpdateVisibility.MEMBERS, today.plusMonths(12), Set.of(), name, then, 41,
                "Commissioning guidance (illustrative).\nPolicies, insurance, outcomes monitoring, full cost recovery.\n");
        return 4;
    }
}
