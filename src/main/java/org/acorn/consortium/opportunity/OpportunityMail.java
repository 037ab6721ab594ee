package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.readiness.ReadinessMail;

/**
 * Opportunity emails, all through the outbox, to each member organisation's admins (or, with none online, to the
 * organisation's contact address). Message keys name the opportunity (or question) and the organisation, so a retry
 * sends nothing twice.
 */
@ApplicationScoped
public class OpportunityMail {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject ReadinessMail readinessMail;

    public String link(Opportunity o) { return settings.baseUrl() + "/consortium/opportunity.xhtml?id=" + o.getId(); }

    @Transactional(Transactional.TxType.MANDATORY)
    public void alertMatchingMembers(Opportunity o, List<Organisation> orgs) {
        for (Organisation org : orgs) {
            for (String to : recipients(org)) {
                mailer.queue(new MailMessage("consortium-opportunity-" + o.getId() + "-" + org.getId(), to,
                        "Tender opportunity for " + org.getName() + ": " + o.getTitle(),
                        "The consortium is looking at a tender that suits the services " + org.getName() + " runs.\n\n"
                                + o.getTitle() + "\nCommissioner: " + o.getCommissioner() + "\nValue: " + o.getValueLabel()
                                + " (" + o.getContractModel().getLabel() + ")\n"
                                + "Expressions of interest close: " + o.getInterestDeadlineLabel() + "\n"
                                + "Submission deadline: " + o.getSubmissionDeadlineLabel() + "\n\n"
                                + "Read it and say which lots you could deliver:\n" + link(o) + "\n", null));
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void clarification(Opportunity o, Question q, Collection<Long> organisationIds) {
        for (Long id : organisationIds) {
            Organisation org = em.find(Organisation.class, id);
            if (org == null) continue;
            for (String to : recipients(org)) {
                mailer.queue(new MailMessage("consortium-clarification-" + q.getId() + "-" + id, to,
                        "Clarification published: " + o.getTitle(),
                        "A clarification question about " + o.getTitle() + " has been answered for every member.\n\n"
                                + "Question: " + q.getQuestion() + "\n\nAnswer: " + q.getAnswer() + "\n\n" + link(o) + "\n", null));
            }
        }
    }

    /** Key dates moved: every organisation that expressed interest is told what changed (once per edit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void datesChanged(Opportunity o, String changes, Collection<Long> organisationIds, long edition) {
        for (Long id : organisationIds) {
            Organisation org = em.find(Organisation.class, id);
            if (org == null) continue;
            for (String to : recipients(org)) {
                mailer.queue(new MailMessage("consortium-dates-" + o.getId() + "-" + edition + "-" + id, to,
                        "Dates changed: " + o.getTitle(),
                        "The consortium has changed the key dates of " + o.getTitle() + ", which " + org.getName()
                                + " expressed interest in.\n\n" + changes.replace("; ", "\n") + "\n\n"
                                + "Expressions of interest close: " + o.getInterestDeadlineLabel() + "\n"
                                + "Submission deadline: " + o.getSubmissionDeadlineLabel() + "\n\n" + link(o) + "\n", null));
            }
        }
    }

    /** The organisation's admins with an account, else its contact email; nobody when it has neither. */
    public Set<String> recipients(Organisation org) {
        return readinessMail.organisationAddresses(org.getId());
    }
}
