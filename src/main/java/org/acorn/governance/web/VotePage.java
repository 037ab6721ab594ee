package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.election.Contest;
import org.acorn.governance.election.Election;
import org.acorn.governance.election.Elections;
import org.acorn.governance.election.Method;
import org.acorn.governance.election.Nomination;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /representation/vote.xhtml?contest=: the ballot. Plurality: tick up to as many candidates as places.
 * STV: number candidates 1, 2, 3… Staff use ?org= to enter a paper ballot returned by post.
 */
@Named
@ViewScoped
public class VotePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Elections elections;
    @Inject Caller caller;

    private String contest;
    private String org;
    private Contest found;
    private Election election;
    private List<Nomination> candidates;
    private List<String> marks = new ArrayList<>();
    private Map<Long, String> ranks = new HashMap<>();
    private Long organisationId;
    private boolean onPaper;

    public void load() {
        found = elections.contest(Faces.id(contest)).orElse(null);
        if (found == null) {
            Faces.notFound();
            return;
        }
        election = elections.get(found.getElectionId());
        candidates = elections.standing(found.getId());
        Long paperFor = Faces.id(org);
        onPaper = paperFor != null && caller.isStaff();
        organisationId = onPaper ? paperFor : caller.organisationId();
    }

    public void submit() {
        try {
            List<Long> prefs = new ArrayList<>();
            if (found.getMethod() == Method.STV) {
                TreeMap<Integer, Long> byRank = new TreeMap<>();
                for (Map.Entry<Long, String> e : ranks.entrySet()) {
                    if (e.getValue() == null || e.getValue().isBlank()) continue;
                    int rank;
                    try {
                        rank = Integer.parseInt(e.getValue().strip());
                    } catch (NumberFormatException bad) {
                        throw new InvalidInput("ballot", "Use the numbers 1, 2, 3… only.");
                    }
                    if (byRank.put(rank, e.getKey()) != null) throw new InvalidInput("ballot", "Give each number to one candidate only.");
                }
                int expected = 1;
                for (int r : byRank.keySet()) {
                    if (r != expected++) throw new InvalidInput("ballot", "Number the candidates 1, 2, 3… without gaps.");
                }
                prefs.addAll(byRank.values());
            } else {
                for (String m : marks) {
                    Long id = Faces.id(m);
                    if (id == null) throw new InvalidInput("ballot", "Choose only candidates on this ballot.");
                    prefs.add(id);
                }
            }
            elections.vote(found.getId(), organisationId, prefs, onPaper);
            Faces.flash(onPaper ? "The paper ballot is recorded." : "Your organisation's vote is recorded. Thank you.");
            Faces.redirect(onPaper ? "/admin/election.xhtml?id=" + election.getId() : "/representation/election.xhtml?id=" + election.getId());
        } catch (InvalidInput e) {
            e.errors().values().forEach(Faces::error);
        }
    }

    public List<Integer> getNumbers() {
        List<Integer> n = new ArrayList<>();
        for (int i = 1; i <= (candidates == null ? 0 : candidates.size()); i++) n.add(i);
        return n;
    }

    public boolean isStv() { return found != null && found.getMethod() == Method.STV; }
    public String getOrganisationName() { return elections.organisationName(organisationId); }
    public String getContest() { return contest; }
    public void setContest(String contest) { this.contest = contest; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public Contest getFound() { return found; }
    public Election getElection() { return election; }
    public List<Nomination> getCandidates() { return candidates; }
    public List<String> getMarks() { return marks; }
    public void setMarks(List<String> marks) { this.marks = marks == null ? new ArrayList<>() : marks; }
    public Map<Long, String> getRanks() { return ranks; }
    public boolean isOnPaper() { return onPaper; }
    public boolean isVoted() { return elections.hasVoted(found.getId(), organisationId); }
}
