package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Eligibility;
import org.acorn.governance.body.Seat;
import org.acorn.governance.body.Seats;
import org.acorn.governance.election.Contest;
import org.acorn.governance.election.Election;
import org.acorn.governance.election.Elections;
import org.acorn.governance.election.Nomination;
import org.acorn.governance.election.Stage;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Faces;

/**
 * Backs /representation/elections.xhtml and /representation/election.xhtml?id=: the timetable, each contest's
 * seats and candidates, what the reader's organisation can do now (nominate, second, withdraw, vote), and
 * the results with turnout and the count.
 */
@Named
@ViewScoped
public class ElectionPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Elections elections;
    @Inject Seats seats;
    @Inject Caller caller;

    private String id;
    private Election election;
    private Stage stage;
    private List<ContestView> contests;

    /** A contest as shown: its seats, nominations, and what this reader may do in it. */
    public record ContestView(Contest contest, List<String> seatTitles, List<NominationView> nominations, boolean eligible,
                              boolean voted, boolean contested) {
        public Contest getContest() { return contest; }
        public String getSeatsText() { return String.join(", ", seatTitles); }
        public List<NominationView> getNominations() { return nominations; }
        public boolean isEligible() { return eligible; }
        public boolean isVoted() { return voted; }
        public boolean isContested() { return contested; }
    }

    public record NominationView(Nomination nomination, String organisation, String seconder, boolean maySecond,
                                 boolean mayWithdraw) {
        public Nomination getNomination() { return nomination; }
        public String getOrganisation() { return organisation; }
        public String getSeconder() { return seconder; }
        public boolean isMaySecond() { return maySecond; }
        public boolean isMayWithdraw() { return mayWithdraw; }
    }

    public List<Election> getAll() { return elections.all(); }
    public Stage stageOf(Election e) { return elections.stage(e); }

    public void load() {
        election = elections.find(Faces.id(id)).orElse(null);
        if (election == null) {
            Faces.notFound();
            return;
        }
        stage = elections.stage(election);
        Long myOrg = caller.has(Role.ORG_ADMIN) ? caller.organisationId() : null;
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        contests = new ArrayList<>();
        for (Contest c : elections.contests(election.getId())) {
            List<String> titles = c.getSeatIds().stream().map(sid -> seats.find(sid).map(Seat::getTitle).orElse("")).toList();
            boolean eligible = false;
            if (myOrg != null) {
                Organisation o = elections.electorate(c).stream().filter(x -> x.getId().equals(myOrg)).findFirst().orElse(null);
                eligible = o != null && Eligibility.refusal(o, c.getDistrictId(), c.isCountyWideIncluded(), election.getNominationsCloseAt()) == null;
            }
            List<NominationView> noms = new ArrayList<>();
            for (Nomination n : elections.nominations(c.getId())) {
                boolean involved = caller.isStaff() || (myOrg != null && (myOrg.equals(n.getOrganisationId()) || myOrg.equals(n.getSeconderOrgId())));
                if (n.getStatus() != Nomination.Status.VALID && !involved && n.getStatus() != Nomination.Status.WITHDRAWN) continue;
                // staff second on an organisation's behalf (e.g. it replied by post or phone)
                boolean maySecond = stage == Stage.NOMINATIONS && n.getStatus() == Nomination.Status.AWAITING_SECONDER
                        && (caller.isStaff() || (myOrg != null && myOrg.equals(n.getSeconderOrgId())));
                boolean mayWithdraw = (stage == Stage.NOMINATIONS || stage == Stage.NOMINATIONS_CLOSED)
                        && n.getStatus() != Nomination.Status.WITHDRAWN
                        && ((myOrg != null && myOrg.equals(n.getOrganisationId())) || (me != null && me.equals(n.getCandidateAccountId())));
                noms.add(new NominationView(n, elections.organisationName(n.getOrganisationId()),
                        elections.organisationName(n.getSeconderOrgId()), maySecond, mayWithdraw));
            }
            contests.add(new ContestView(c, titles, noms, eligible, myOrg != null && elections.hasVoted(c.getId(), myOrg),
                    elections.contested(c)));
        }
    }

    public void second(NominationView n) {
        try {
            elections.second(n.nomination().getId());
            Faces.flash("You have seconded the nomination of " + n.nomination().getCandidateName() + ".");
            Faces.redirect("/representation/election.xhtml?id=" + election.getId());
        } catch (InvalidInput e) {
            Faces.errors("contests", e.errors());
        }
    }

    public void withdraw(NominationView n) {
        try {
            elections.withdraw(n.nomination().getId());
            Faces.flash("The nomination of " + n.nomination().getCandidateName() + " is withdrawn.");
            Faces.redirect("/representation/election.xhtml?id=" + election.getId());
        } catch (InvalidInput e) {
            Faces.errors("contests", e.errors());
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Election getElection() { return election; }
    public Stage getStage() { return stage; }
    public List<ContestView> getContests() { return contests; }
    public boolean isNominating() { return stage == Stage.NOMINATIONS; }
    public boolean isVoting() { return stage == Stage.VOTING; }
    public boolean isDeclared() { return stage == Stage.DECLARED; }
}
