package org.acorn.consortium.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;

/** Bid team emails through the outbox; each key names the bid and the event, so a retry sends nothing twice. */
@ApplicationScoped
public class BidMail {

    @Inject Mailer mailer;
    @Inject Settings settings;

    String link(Bid b) { return settings.baseUrl() + "/consortium/bid.xhtml?id=" + b.getId(); }

    @Transactional(Transactional.TxType.MANDATORY)
    public void teamFormed(Bid b, Opportunity o, Set<String> team) {
        for (String to : team) {
            mailer.queue(new MailMessage("consortium-bid-team-" + b.getId(), to, "Bid team: " + o.getTitle(),
                    "The consortium has decided to bid for " + o.getTitle() + " and you are in the bid team.\n\n"
                            + "Submission deadline: " + o.getSubmissionDeadlineLabel() + "\n\nThe team's workspace (tasks, documents, discussion):\n"
                            + link(b) + "\n", null));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void outcome(Bid b, Opportunity o, boolean won, Set<String> team) {
        for (String to : team) {
            mailer.queue(new MailMessage("consortium-bid-outcome-" + b.getId(), to, (won ? "Won: " : "Not won: ") + o.getTitle(),
                    (won ? "The consortium's bid for " + o.getTitle() + " has been won. The officers will now agree how the contract is allocated among members."
                            : "The consortium's bid for " + o.getTitle() + " was not successful.")
                            + (b.getFeedback() == null ? "" : "\n\nFeedback: " + b.getFeedback()) + "\n\n" + link(b) + "\n", null));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void taskDue(Bid b, Opportunity o, BidTask t, String to) {
        mailer.queue(new MailMessage("consortium-task-due-" + t.getId(), to, "Bid task due " + t.getDueOn() + ": " + t.getTitle(),
                "A task of yours for the bid for " + o.getTitle() + " is due on " + t.getDueOn() + ":\n\n" + t.getTitle()
                        + "\n\nMark it done in the workspace: " + link(b) + "\n", null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deadline(Bid b, Opportunity o, String kind, long days, Set<String> team) {
        for (String to : team) {
            mailer.queue(new MailMessage("consortium-bid-" + kind + "-" + b.getId(), to,
                    "Bid deadline in " + days + (days == 1 ? " day: " : " days: ") + o.getTitle(),
                    "The bid for " + o.getTitle() + " must be submitted by " + o.getSubmissionDeadlineLabel() + ".\n\n"
                            + "Check the tasks and the submission checklist: " + link(b) + "\n", null));
        }
    }
}
