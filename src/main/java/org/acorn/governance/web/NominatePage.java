package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Constituents;
import org.acorn.governance.election.Contest;
import org.acorn.governance.election.Election;
import org.acorn.governance.election.Elections;
import org.acorn.governance.election.NominationForm;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /representation/nominate.xhtml?contest=: an organisation admin nominates a candidate with a seconder. */
@Named
@ViewScoped
public class NominatePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Elections elections;
    @Inject Constituents constituents;
    @Inject Caller caller;

    private String contest;
    private Contest found;
    private Election election;
    private NominationForm form = new NominationForm();

    public void load() {
        found = elections.contest(Faces.id(contest)).orElse(null);
        if (found == null) {
            Faces.notFound();
            return;
        }
        election = elections.get(found.getElectionId());
    }

    public void submit() {
        try {
            elections.nominate(found.getId(), form);
            Faces.flash("Nomination made. It stands once the seconding organisation confirms it; we have emailed them.");
            Faces.redirect("/representation/election.xhtml?id=" + election.getId());
        } catch (InvalidInput e) {
            Faces.errors("nominate", e.errors());
        }
    }

    /** Other organisations in the electorate, to choose the seconder from. */
    public List<Organisation> getSeconders() {
        Long mine = caller.organisationId();
        return elections.electorate(found).stream().filter(o -> !o.getId().equals(mine)).toList();
    }

    public List<Organisation> getElectorate() { return elections.electorate(found); }

    /** The nominating organisation's people, any of whom may stand. */
    public List<Account> getColleagues() {
        Long mine = caller.organisationId();
        return mine == null ? List.of() : constituents.people(mine);
    }

    public String getContest() { return contest; }
    public void setContest(String contest) { this.contest = contest; }
    public Contest getFound() { return found; }
    public Election getElection() { return election; }
    public NominationForm getForm() { return form; }
}
