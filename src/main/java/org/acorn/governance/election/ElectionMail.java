package org.acorn.governance.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.Organisation;
import org.acorn.governance.Constituents;
import org.acorn.governance.GovernanceSettings;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;

/**
 * The emails an election sends, all through the outbox. Stage emails (nominations open, voting open) are keyed
 * per election, stage and person, so the pass that every node runs, and a timetable change, send each once.
 */
@ApplicationScoped
public class ElectionMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(GovernanceSettings.ZONE);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Mailer mailer;
    @Inject Constituents constituents;
    @Inject Settings settings;
    @Inject jakarta.enterprise.inject.Instance<Elections> elections;

    String link(Election e) { return settings.baseUrl() + "/representation/election.xhtml?id=" + e.getId(); }

    /** Admins of every organisation in any contest's electorate. */
    private Map<Long, Account> electorateAdmins(Election e) {
        Map<Long, Account> to = new LinkedHashMap<>();
        Elections el = elections.get();
        for (Contest c : el.contests(e.getId())) {
            for (Organisation o : el.electorate(c)) constituents.admins(o.getId()).forEach(a -> to.putIfAbsent(a.getId(), a));
        }
        return to;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void stageNotices(Election e, Instant now) {
        Stage stage = e.stage(now);
        if (stage == Stage.NOMINATIONS) {
            for (Account a : electorateAdmins(e).values()) {
                mailer.queue(new MailMessage("election-" + e.getId() + "-nominations", a.getEmail(),
                        "Nominations open: " + e.getTitle(), "Hello " + a.getDisplayName() + ",\n\nNominations are open for "
                        + e.getTitle() + " until " + WHEN.format(e.getNominationsCloseAt()) + ". Your organisation can"
                        + " nominate a candidate, with a seconder from another member organisation.\n\nVoting: "
                        + WHEN.format(e.getVotingOpenAt()) + " to " + WHEN.format(e.getVotingCloseAt()) + ".\n\n" + link(e)
                        + "\n\nSmall organisations: the role description shows the support on offer for representatives.\n", null));
            }
        }
        if (stage == Stage.VOTING) {
            for (Account a : electorateAdmins(e).values()) {
                mailer.queue(new MailMessage("election-" + e.getId() + "-voting", a.getEmail(), "Voting open: " + e.getTitle(),
                        "Hello " + a.getDisplayName() + ",\n\nVoting is open for " + e.getTitle() + " until "
                        + WHEN.format(e.getVotingCloseAt()) + ". Each member organisation has one vote in its contest,"
                        + " cast by its organisation admin. Read the candidates' statements and vote:\n\n" + link(e)
                        + "\n\nThe ballot is secret: the network records that your organisation voted, never how.\n", null));
            }
        }
    }

    void secondingWanted(Election e, Contest c, Nomination n, Organisation nominator, Organisation seconder) {
        for (Account a : constituents.admins(seconder.getId())) {
            mailer.queue(new MailMessage("nomination-" + n.getId() + "-second", a.getEmail(),
                    "Please second a nomination: " + n.getCandidateName(), "Hello " + a.getDisplayName() + ",\n\n"
                    + nominator.getName() + " has nominated " + n.getCandidateName() + " for " + c.getTitle() + " in "
                    + e.getTitle() + " and asked " + seconder.getName() + " to second the nomination.\n\nTheir statement:\n"
                    + n.getStatement() + "\n\nIf you agree, second it before " + WHEN.format(e.getNominationsCloseAt())
                    + ":\n" + link(e) + "\n", null));
        }
    }

    void seconded(Election e, Contest c, Nomination n) {
        for (Account a : constituents.admins(n.getOrganisationId())) {
            mailer.queue(new MailMessage("nomination-" + n.getId() + "-seconded", a.getEmail(),
                    "Nomination seconded: " + n.getCandidateName(), n.getCandidateName() + " is now standing for "
                    + c.getTitle() + " in " + e.getTitle() + ".\n\n" + link(e) + "\n", null));
        }
    }

    void voteRecorded(Election e, Contest c, Organisation org, Account by) {
        for (Account a : constituents.admins(org.getId())) {
            mailer.queue(new MailMessage("vote-" + c.getId() + "-" + org.getId(), a.getEmail(),
                    "Your organisation has voted: " + c.getTitle(), org.getName() + "'s vote in " + c.getTitle() + " ("
                    + e.getTitle() + ") was recorded" + (by.getOrganisationId() != null && by.getOrganisationId().equals(org.getId())
                    ? " by " + by.getDisplayName() : " from a paper ballot") + ". Each organisation votes once; how it voted"
                    + " is secret and is not in this email.\n", null));
        }
    }

    void results(Election e, List<Contest> contests) {
        StringBuilder text = new StringBuilder("The results of " + e.getTitle() + ":\n\n");
        Elections el = elections.get();
        for (Contest c : contests) {
            text.append(c.getTitle()).append(": ");
            List<String> won = el.nominations(c.getId()).stream().filter(Nomination::isElected)
                    .map(n -> n.getCandidateName() + " (" + el.organisationName(n.getOrganisationId()) + ")").toList();
            text.append(won.isEmpty() ? "no one elected" : String.join(", ", won));
            if (c.getOutcome() == Contest.Outcome.UNCONTESTED) text.append(", elected unopposed");
            if (c.getTurnoutPercent() != null && c.getOutcome() == Contest.Outcome.COUNTED) {
                text.append("; turnout ").append(c.getVotedCount()).append(" of ").append(c.getEligibleCount())
                        .append(" organisations (").append(c.getTurnoutPercent()).append("%)");
            }
            text.append('\n');
        }
        text.append("\nFull results and the count: ").append(link(e)).append('\n');
        Map<Long, Account> to = electorateAdmins(e);
        for (Contest c : contests) {
            for (Nomination n : el.nominations(c.getId())) {
                if (n.getCandidateAccountId() != null) {
                    Account a = em.find(Account.class, n.getCandidateAccountId());
                    if (a != null) to.putIfAbsent(a.getId(), a);
                }
            }
        }
        for (Account a : to.values()) {
            mailer.queue(new MailMessage("election-" + e.getId() + "-results", a.getEmail(), "Results: " + e.getTitle(),
                    text.toString(), null));
        }
    }
}
