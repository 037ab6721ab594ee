package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Seats;
import org.acorn.governance.election.Contest;
import org.acorn.governance.election.Election;
import org.acorn.governance.election.ElectionForm;
import org.acorn.governance.election.Elections;
import org.acorn.governance.election.Method;
import org.acorn.governance.election.Stage;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/**
 * Backs /admin/elections.xhtml (new election) and /admin/election.xhtml?id= (timetable, contests, the
 * staggered cycle, print list, paper ballots, declaring results, cancelling) and /admin/election-print.xhtml.
 */
@Named
@ViewScoped
public class ElectionAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Elections elections;
    @Inject Bodies bodies;
    @Inject Seats seats;
    @Inject Caller caller;

    private String id;
    private Election election;
    private ElectionForm form = new ElectionForm();
    private String contestTitle;
    private List<String> seatIds = new ArrayList<>();
    private boolean countyWide;
    private Method method;
    private Long cycleBody;
    private Integer cycle = 1;
    private String cancelReason;

    public void loadList() {
        caller.requireStaff();
    }

    public void load() {
        caller.requireStaff();
        election = elections.find(Faces.id(id)).orElse(null);
        if (election == null) {
            Faces.notFound();
            return;
        }
        form.title = election.getTitle();
        form.description = election.getDescription();
        form.nominationsOpen = local(election.getNominationsOpenAt());
        form.nominationsClose = local(election.getNominationsCloseAt());
        form.votingOpen = local(election.getVotingOpenAt());
        form.votingClose = local(election.getVotingCloseAt());
        form.termStartsOn = election.getTermStartsOn();
    }

    private static LocalDateTime local(java.time.Instant i) {
        return LocalDateTime.ofInstant(i, GovernanceSettings.ZONE).withSecond(0).withNano(0);
    }

    public void create() {
        try {
            Election e = elections.create(form);
            Faces.flash("Election created. Add its contests next.");
            Faces.redirect("/admin/election.xhtml?id=" + e.getId());
        } catch (InvalidInput e) {
            Faces.errors("election", e.errors());
        }
    }

    public void retime() {
        try {
            elections.retime(election.getId(), form);
            Faces.flash("Timetable saved.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("election", e.errors());
        }
    }

    public void addContest() {
        try {
            List<Long> ids = seatIds.stream().map(Faces::id).toList();
            if (ids.contains(null)) throw new InvalidInput("seats", "Choose seats from the list.");
            elections.addContest(election.getId(), contestTitle, ids, countyWide, method);
            Faces.flash("Contest added.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("contest", e.errors());
        }
    }

    public void addCycle() {
        try {
            List<Contest> made = elections.addCycle(election.getId(), cycleBody, cycle == null ? 0 : cycle);
            Faces.flash(made.size() + " contests added for cycle " + cycle + ".");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("cycle", e.errors());
        }
    }

    public void declare() {
        try {
            elections.declare(election.getId());
            Faces.flash("Results declared and published; members have been emailed.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("declare", e.errors());
        }
    }

    public void cancel() {
        try {
            elections.cancel(election.getId(), cancelReason);
            Faces.flash("Election cancelled.");
            reload();
        } catch (InvalidInput e) {
            Faces.errors("cancel", e.errors());
        }
    }

    private void reload() {
        Faces.redirect("/admin/election.xhtml?id=" + election.getId());
    }

    public List<Election> getAll() { return elections.all(); }
    public Stage stageOf(Election e) { return elections.stage(e); }
    public Stage getStage() { return elections.stage(election); }
    public List<Contest> getContests() { return elections.contests(election.getId()); }
    public int standingCount(Contest c) { return elections.standing(c.getId()).size(); }
    public List<Holding> getSeats() { return seats.everySeat(); }
    public List<PartnershipBody> getBodies() { return bodies.all(); }
    public List<Elections.PrintRow> getPrintList() { return elections.printList(election.getId()); }
    public List<Method> getMethods() { return List.of(Method.values()); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Election getElection() { return election; }
    public ElectionForm getForm() { return form; }
    public String getContestTitle() { return contestTitle; }
    public void setContestTitle(String contestTitle) { this.contestTitle = contestTitle; }
    public List<String> getSeatIds() { return seatIds; }
    public void setSeatIds(List<String> seatIds) { this.seatIds = seatIds == null ? new ArrayList<>() : seatIds; }
    public boolean isCountyWide() { return countyWide; }
    public void setCountyWide(boolean countyWide) { this.countyWide = countyWide; }
    public Method getMethod() { return method; }
    public void setMethod(Method method) { this.method = method; }
    public Long getCycleBody() { return cycleBody; }
    public void setCycleBody(Long cycleBody) { this.cycleBody = cycleBody; }
    public Integer getCycle() { return cycle; }
    public void setCycle(Integer cycle) { this.cycle = cycle; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
