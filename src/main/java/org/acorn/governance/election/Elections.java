package org.acorn.governance.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.governance.Constituents;
import org.acorn.governance.Eligibility;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.Appointment;
import org.acorn.governance.body.Constituency;
import org.acorn.governance.body.FilledBy;
import org.acorn.governance.body.Place;
import org.acorn.governance.body.Seat;
import org.acorn.governance.body.Seats;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;

/**
 * Runs elections: the timetable, contests, nominations with a seconder, withdrawals, secret voting by
 * organisation admins (one vote per organisation), the count and the declaration that fills the seats.
 * Every step is in the audit log; how anyone voted never is.
 */
@ApplicationScoped
public class Elections {

    private static final SecureRandom LOTS = new SecureRandom();

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject Seats seats;
    @Inject Constituents constituents;
    @Inject ElectionMail mail;

    Instant now() { return clock.instant(); }

    LocalDate today() { return LocalDate.now(clock.withZone(GovernanceSettings.ZONE)); }

    // ---- reading

    @Transactional
    public List<Election> all() {
        return em.createQuery("select e from Election e order by e.votingCloseAt desc", Election.class).getResultList();
    }

    @Transactional
    public Optional<Election> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Election.class, id));
    }

    public Election get(Long id) {
        return find(id).orElseThrow(() -> InvalidInput.of("That election no longer exists."));
    }

    public Stage stage(Election e) { return e.stage(now()); }

    @Transactional
    public List<Contest> contests(Long electionId) {
        return em.createQuery("select c from Contest c where c.electionId = :e order by c.sortOrder, c.id", Contest.class)
                .setParameter("e", electionId).getResultList();
    }

    @Transactional
    public Optional<Contest> contest(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Contest.class, id));
    }

    @Transactional
    public List<Nomination> nominations(Long contestId) {
        return em.createQuery("select n from Nomination n where n.contestId = :c order by n.candidateName", Nomination.class)
                .setParameter("c", contestId).getResultList();
    }

    @Transactional
    public List<Nomination> standing(Long contestId) {
        return nominations(contestId).stream().filter(Nomination::isStanding).toList();
    }

    /** Member organisations that may nominate, second and vote in the contest. */
    @Transactional
    public List<Organisation> electorate(Contest contest) {
        Election e = get(contest.getElectionId());
        return constituents.organisations(contest.getDistrictId(), contest.isCountyWideIncluded()).stream()
                .filter(o -> Eligibility.refusal(o, contest.getDistrictId(), contest.isCountyWideIncluded(),
                        e.getNominationsCloseAt()) == null).toList();
    }

    @Transactional
    public boolean hasVoted(Long contestId, Long organisationId) {
        return organisationId != null && em.createQuery("select count(v) from VoterRecord v where v.contestId = :c"
                + " and v.organisationId = :o", Long.class).setParameter("c", contestId).setParameter("o", organisationId)
                .getSingleResult() > 0;
    }

    /** Whether a poll is needed: more candidates standing than places. */
    @Transactional
    public boolean contested(Contest contest) {
        return standing(contest.getId()).size() > contest.getPlaces();
    }

    @Transactional
    public String organisationName(Long id) {
        Organisation o = id == null ? null : em.find(Organisation.class, id);
        return o == null ? "" : o.getName();
    }

    // ---- staff: set-up

    @Transactional
    public Election create(ElectionForm form) {
        caller.requireStaff();
        Election e = new Election("election", now());
        apply(e, form);
        em.persist(e);
        em.flush();
        audit.record("election.created", target(e), e.getTitle() + ": " + e.timetableText());
        return e;
    }

    /** Staff may change the timetable until results are declared (each change audited, stage emails follow). */
    @Transactional
    public Election retime(Long id, ElectionForm form) {
        caller.requireStaff();
        Election e = get(id);
        if (e.getStatus() != Election.Status.SCHEDULED) throw InvalidInput.of("This election is finished; its timetable cannot change.");
        String before = e.timetableText();
        apply(e, form);
        audit.record("election.retimed", target(e), before + " → " + e.timetableText());
        mail.stageNotices(e, now());
        return e;
    }

    private void apply(Election e, ElectionForm f) {
        Checks c = new Checks();
        String title = c.text("title", f.title, 200, true, "the election's title");
        String description = c.text("description", f.description, 3000, false, "a description");
        Instant no = at(f.nominationsOpen), nc = at(f.nominationsClose), vo = at(f.votingOpen), vc = at(f.votingClose);
        Timetable.check(c, no, nc, vo, vc, f.termStartsOn);
        c.done();
        e.describe(title, description);
        e.timetable(no, nc, vo, vc, f.termStartsOn);
    }

    static Instant at(LocalDateTime local) {
        return local == null ? null : local.atZone(GovernanceSettings.ZONE).toInstant();
    }

    /** A contest for the given seats: all in one constituency; none already in an election not yet declared. */
    @Transactional
    public Contest addContest(Long electionId, String title, List<Long> seatIds, boolean countyWideIncluded, Method method) {
        caller.requireStaff();
        Election e = get(electionId);
        Checks c = new Checks();
        c.check(e.getStatus() == Election.Status.SCHEDULED && !now().isAfter(e.getNominationsCloseAt()), "seats",
                "Contests can only be added before nominations close.");
        String t = c.text("contestTitle", title, 200, true, "the contest's title");
        List<Seat> chosen = seatIds == null ? List.of() : seatIds.stream().map(id -> seats.find(id).orElse(null))
                .filter(s -> s != null && s.getRetiredAt() == null).toList();
        c.check(!chosen.isEmpty() && chosen.size() == seatIds.size(), "seats", "Choose at least one seat.");
        Set<Long> districts = new LinkedHashSet<>();
        chosen.forEach(s -> districts.add(s.getConstituency() == Constituency.DISTRICT ? s.getDistrictId() : -1L));
        c.check(districts.size() <= 1, "seats", "All seats in a contest must speak for the same constituency.");
        for (Seat s : chosen) {
            c.check(em.createQuery("select count(x) from Contest x, Election y where x.electionId = y.id and y.status = :s"
                            + " and :seat member of x.seatIds", Long.class).setParameter("s", Election.Status.SCHEDULED)
                    .setParameter("seat", s.getId()).getSingleResult() == 0, "seats",
                    s.getTitle() + " is already in an election that has not been declared.");
        }
        c.done();
        Long district = districts.isEmpty() || districts.contains(-1L) ? null : districts.iterator().next();
        Method m = method != null ? method : chosen.size() > 1 ? Method.STV : Method.PLURALITY;
        Set<Long> ids = new LinkedHashSet<>();
        chosen.forEach(s -> ids.add(s.getId()));
        Contest contest = new Contest(electionId, t, district, countyWideIncluded, m, ids, contests(electionId).size() + 1);
        em.persist(contest);
        em.flush();
        audit.record("election.contest.added", target(e), t + " (" + chosen.size() + " places, " + m + ")");
        return contest;
    }

    /**
     * The Group model's staggered cycle: a contest per district for the body's seats of that cycle (cycle 1 in
     * one round, cycle 2 two years later), and one for any whole-sector seats of the cycle.
     */
    @Transactional
    public List<Contest> addCycle(Long electionId, Long bodyId, int cycle) {
        caller.requireStaff();
        Map<Long, List<Long>> byDistrict = new TreeMap<>();
        for (Seat s : seats.of(bodyId)) {
            if (s.getElectionCycle() != null && s.getElectionCycle() == cycle && s.getFilledBy() == FilledBy.ELECTED) {
                byDistrict.computeIfAbsent(s.getConstituency() == Constituency.DISTRICT ? s.getDistrictId() : -1L,
                        k -> new ArrayList<>()).add(s.getId());
            }
        }
        if (byDistrict.isEmpty()) throw new InvalidInput("seats", "That body has no elected seats in cycle " + cycle + ".");
        List<Contest> made = new ArrayList<>();
        byDistrict.forEach((district, ids) -> {
            District d = district == -1L ? null : em.find(District.class, district);
            made.add(addContest(electionId, d == null ? "Whole sector" : d.getName(), ids, false, null));
        });
        return made;
    }

    @Transactional
    public void cancel(Long id, String reason) {
        caller.requireStaff();
        Election e = get(id);
        if (e.getStatus() != Election.Status.SCHEDULED) throw InvalidInput.of("This election is already finished.");
        Checks c = new Checks();
        String why = c.text("reason", reason, 300, true, "the reason");
        c.done();
        e.cancel();
        audit.record("election.cancelled", target(e), why);
    }

    // ---- nominations

    @Transactional
    public Nomination nominate(Long contestId, NominationForm form) {
        Account me = caller.require();
        Contest contest = contest(contestId).orElseThrow(() -> InvalidInput.of("That contest no longer exists."));
        Election e = get(contest.getElectionId());
        if (e.stage(now()) != Stage.NOMINATIONS) throw InvalidInput.of("Nominations are not open for this election.");
        Long orgId = caller.isStaff() && form.organisationId != null ? form.organisationId : me.getOrganisationId();
        if (!caller.isStaff() && !caller.adminsOrganisation(orgId)) {
            throw new AccessDenied("Only an organisation's admin can nominate for it.");
        }
        Checks c = new Checks();
        Organisation org = orgId == null ? null : em.find(Organisation.class, orgId);
        String refusal = Eligibility.refusal(org, contest.getDistrictId(), contest.isCountyWideIncluded(), e.getNominationsCloseAt());
        if (refusal != null) c.fail("organisation", refusal);
        Organisation seconder = form.seconderOrgId == null ? null : em.find(Organisation.class, form.seconderOrgId);
        if (seconder == null) c.fail("seconder", "Choose the organisation that will second the nomination.");
        else if (seconder.getId().equals(orgId)) c.fail("seconder", "The seconder must be another member organisation.");
        else {
            String no = Eligibility.refusal(seconder, contest.getDistrictId(), contest.isCountyWideIncluded(), e.getNominationsCloseAt());
            if (no != null) c.fail("seconder", "The seconder cannot second: " + no);
        }
        Account candidate = form.candidateAccountId == null ? null : em.find(Account.class, form.candidateAccountId);
        if (form.candidateAccountId != null && (candidate == null || !candidate.getOrganisationId().equals(orgId))) {
            c.fail("candidate", "Choose someone from the nominating organisation.");
        }
        String name = c.text("candidateName", form.candidateName, 160, candidate == null, "the candidate's name");
        String statement = c.text("statement", form.statement, 3000, true, "the candidate's statement");
        if (org != null) {
            c.check(em.createQuery("select count(n) from Nomination n where n.contestId = :c and n.organisationId = :o", Long.class)
                    .setParameter("c", contestId).setParameter("o", orgId).getSingleResult() == 0, "organisation",
                    org.getName() + " has already made a nomination in this contest.");
        }
        c.done();
        Nomination n = new Nomination(contestId, orgId, candidate == null ? null : candidate.getId(),
                candidate == null ? name : candidate.getDisplayName(), statement, me.getId(), seconder.getId(), now());
        try {
            em.persist(n);
            em.flush();
        } catch (PersistenceException twoAtOnce) {
            throw new InvalidInput("organisation", org.getName() + " has already made a nomination in this contest.");
        }
        audit.record("election.nominated", target(e), n.getCandidateName() + " for " + contest.getTitle() + " by "
                + org.getName() + ", seconder asked: " + seconder.getName());
        mail.secondingWanted(e, contest, n, org, seconder);
        return n;
    }

    @Transactional
    public Nomination second(Long nominationId) {
        Account me = caller.require();
        Nomination n = nomination(nominationId);
        Contest contest = contest(n.getContestId()).orElseThrow();
        Election e = get(contest.getElectionId());
        if (e.stage(now()) != Stage.NOMINATIONS) throw InvalidInput.of("Nominations are closed: it can no longer be seconded.");
        if (!caller.isStaff() && !caller.adminsOrganisation(n.getSeconderOrgId())) {
            throw new AccessDenied("Only the seconding organisation's admin can second this nomination.");
        }
        if (n.getStatus() != Nomination.Status.AWAITING_SECONDER) throw InvalidInput.of("This nomination is not waiting for a seconder.");
        n.second(me.getId(), now());
        audit.record("election.seconded", target(e), n.getCandidateName() + " (" + contest.getTitle() + ") seconded by "
                + organisationName(n.getSeconderOrgId()));
        mail.seconded(e, contest, n);
        return n;
    }

    /** The candidate, their organisation's admin or staff withdraw a nomination until voting opens. */
    @Transactional
    public Nomination withdraw(Long nominationId) {
        Account me = caller.require();
        Nomination n = nomination(nominationId);
        Contest contest = contest(n.getContestId()).orElseThrow();
        Election e = get(contest.getElectionId());
        Stage stage = e.stage(now());
        if (stage != Stage.NOMINATIONS && stage != Stage.NOMINATIONS_CLOSED) {
            throw InvalidInput.of("Nominations can only be withdrawn before voting opens.");
        }
        if (!caller.isStaff() && !caller.adminsOrganisation(n.getOrganisationId()) && !me.getId().equals(n.getCandidateAccountId())) {
            throw new AccessDenied("Only the candidate or their organisation's admin can withdraw this nomination.");
        }
        if (n.getStatus() == Nomination.Status.WITHDRAWN) throw InvalidInput.of("This nomination is already withdrawn.");
        n.withdraw(now());
        audit.record("election.withdrawn", target(e), n.getCandidateName() + " (" + contest.getTitle() + ")");
        return n;
    }

    private Nomination nomination(Long id) {
        Nomination n = id == null ? null : em.find(Nomination.class, id);
        if (n == null) throw InvalidInput.of("That nomination no longer exists.");
        return n;
    }

    // ---- voting

    /**
     * Casts an organisation's ballot: its admin online, or staff entering a paper ballot for it. The voter
     * record and the ballot are written in one transaction; a second vote for the organisation, even at the
     * same moment, fails on the voter record's unique key and leaves nothing behind.
     */
    @Transactional
    public void vote(Long contestId, Long organisationId, List<Long> preferences, boolean onPaper) {
        Account me = caller.require();
        Contest contest = contest(contestId).orElseThrow(() -> InvalidInput.of("That contest no longer exists."));
        Election e = get(contest.getElectionId());
        if (onPaper) caller.requireStaff();
        else if (!caller.adminsOrganisation(organisationId)) {
            throw new AccessDenied("Only an organisation's admin can vote for it.");
        }
        Stage stage = e.stage(now());
        if (stage != Stage.VOTING) {
            throw InvalidInput.of(stage.ordinal() < Stage.VOTING.ordinal() ? "Voting has not opened yet."
                    : "Voting has closed.");
        }
        Organisation org = em.find(Organisation.class, organisationId);
        String refusal = Eligibility.refusal(org, contest.getDistrictId(), contest.isCountyWideIncluded(), e.getNominationsCloseAt());
        if (refusal != null) throw InvalidInput.of(refusal);
        List<Nomination> standing = standing(contestId);
        if (standing.size() <= contest.getPlaces()) throw InvalidInput.of("No vote is needed: the candidates are elected unopposed.");
        List<Long> valid = standing.stream().map(Nomination::getId).toList();
        List<Long> prefs = preferences == null ? List.of() : preferences;
        Checks c = new Checks();
        c.check(!prefs.isEmpty(), "ballot", contest.getMethod() == Method.STV ? "Number at least one candidate."
                : "Choose a candidate.");
        c.check(valid.containsAll(prefs), "ballot", "Choose only candidates on this ballot.");
        c.check(new LinkedHashSet<>(prefs).size() == prefs.size(), "ballot", "Give each candidate one mark or number only.");
        if (contest.getMethod() == Method.PLURALITY) {
            c.check(prefs.size() <= contest.getPlaces(), "ballot", "Choose no more than " + contest.getPlaces()
                    + (contest.getPlaces() == 1 ? " candidate." : " candidates."));
        }
        c.done();
        if (hasVoted(contestId, organisationId)) throw InvalidInput.of(org.getName() + " has already voted in this contest.");
        try {
            em.persist(new VoterRecord(contestId, organisationId, me.getId(), onPaper, now()));
            em.flush();
        } catch (PersistenceException twoAtOnce) {
            throw InvalidInput.of(org.getName() + " has already voted in this contest.");
        }
        em.persist(new Ballot(contestId, prefs));
        audit.record(onPaper ? "election.paper.vote" : "election.voted", target(e), org.getName() + " voted in "
                + contest.getTitle() + (onPaper ? " (paper ballot entered by staff)" : ""));
        mail.voteRecorded(e, contest, org, me);
    }

    // ---- the count

    /**
     * Counts every contest and declares the results: after voting closes, or as soon as nominations close
     * when no contest needs a poll. Elected candidates take their seats at once (an interim holder's term
     * ends); seats nobody stood for keep their holder, shown as interim.
     */
    @Transactional
    public Election declare(Long id) {
        caller.requireStaff();
        return count(get(id), true);
    }

    /**
     * The count itself, for callers that have already checked who is asking (the declaration above; loading
     * demo data, which records past elections and must not email anyone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Election count(Election e, boolean notify) {
        if (e.getStatus() != Election.Status.SCHEDULED) throw InvalidInput.of("This election is already finished.");
        List<Contest> contests = contests(e.getId());
        if (contests.isEmpty()) throw InvalidInput.of("This election has no contests.");
        Stage stage = e.stage(now());
        boolean polls = contests.stream().anyMatch(this::contested);
        if (stage == Stage.UPCOMING || stage == Stage.NOMINATIONS || (polls && stage != Stage.COUNTING)) {
            throw InvalidInput.of(polls ? "Results can be declared once voting has closed."
                    : "Results can be declared once nominations have closed.");
        }
        StringBuilder summary = new StringBuilder();
        for (Contest contest : contests) {
            List<Nomination> standing = standing(contest.getId());
            int eligible = electorate(contest).size();
            int voted = em.createQuery("select count(v) from VoterRecord v where v.contestId = :c", Long.class)
                    .setParameter("c", contest.getId()).getSingleResult().intValue();
            List<Long> elected;
            if (standing.isEmpty()) {
                contest.result(Contest.Outcome.NO_CANDIDATES, eligible, voted, "No candidates stood. The seats stay as they are until filled.");
                elected = List.of();
            } else if (standing.size() <= contest.getPlaces()) {
                elected = standing.stream().map(Nomination::getId).toList();
                contest.result(Contest.Outcome.UNCONTESTED, eligible, voted, "Uncontested: " + standing.size()
                        + (standing.size() == 1 ? " candidate" : " candidates") + " for " + contest.getPlaces()
                        + (contest.getPlaces() == 1 ? " place" : " places") + ", declared elected without a vote.");
                standing.forEach(n -> n.result(null, null, true));
            } else {
                Map<Long, String> names = new LinkedHashMap<>();
                standing.forEach(n -> names.put(n.getId(), n.getCandidateName()));
                List<Long> candidates = List.copyOf(names.keySet());
                List<Ballot> ballots = em.createQuery("select b from Ballot b where b.contestId = :c", Ballot.class)
                        .setParameter("c", contest.getId()).getResultList();
                CountResult result = contest.getMethod() == Method.STV
                        ? Stv.count(candidates, ballots.stream().map(Ballot::preferences).toList(), contest.getPlaces(), names, LOTS)
                        : Plurality.count(candidates, ballots.stream().map(b -> (Set<Long>) new LinkedHashSet<>(b.preferences())).toList(),
                                contest.getPlaces(), names, LOTS);
                elected = result.elected();
                contest.result(Contest.Outcome.COUNTED, eligible, voted, result.report());
                standing.forEach(n -> n.result(result.firstPreferences().getOrDefault(n.getId(), 0),
                        result.finalVotes().get(n.getId()), result.elected().contains(n.getId())));
            }
            fillSeats(e, contest, elected);
            summary.append(contest.getTitle()).append(": ").append(elected.stream()
                    .map(nid -> em.find(Nomination.class, nid).getCandidateName()).toList()).append("; turnout ")
                    .append(voted).append('/').append(eligible).append(". ");
        }
        e.declare(now());
        audit.record("election.declared", target(e), summary.toString().strip());
        if (notify) mail.results(e, contests);
        return e;
    }

    private void fillSeats(Election e, Contest contest, List<Long> elected) {
        List<Seat> places = contest.getSeatIds().stream().map(sid -> seats.find(sid).orElseThrow())
                .sorted(Comparator.comparing(Seat::getSortOrder).thenComparing(Seat::getId)).toList();
        for (int i = 0; i < elected.size() && i < places.size(); i++) {
            Seat seat = places.get(i);
            Nomination n = em.find(Nomination.class, elected.get(i));
            seats.currentTerm(seat.getId(), Place.HOLDER).ifPresent(t -> seats.close(t, today(), "replaced after " + e.getTitle()));
            Appointment a = new Appointment();
            a.place = Place.HOLDER;
            a.filledBy = FilledBy.ELECTED;
            Account candidate = n.getCandidateAccountId() == null ? null : em.find(Account.class, n.getCandidateAccountId());
            a.accountEmail = candidate == null ? null : candidate.getEmail();
            a.holderName = n.getCandidateName();
            a.organisationId = n.getOrganisationId();
            // terms run from the election's term date (or today, if that is still to come)
            a.startsOn = e.getTermStartsOn().isBefore(today()) ? e.getTermStartsOn() : today();
            LocalDate end = e.getTermStartsOn().plusMonths(seat.getTermMonths());
            a.endsOn = end.isAfter(today()) ? end : today().plusMonths(seat.getTermMonths());
            seats.place(seat, a, contest.getId());
        }
    }

    /** Eligible organisations that cannot be reached by email: the co-ordinator posts or phones them. */
    @Transactional
    public List<PrintRow> printList(Long electionId) {
        caller.requireStaff();
        Map<Long, PrintRow> rows = new LinkedHashMap<>();
        for (Contest contest : contests(electionId)) {
            for (Organisation o : electorate(contest)) {
                boolean noAdmin = constituents.admins(o.getId()).isEmpty();
                boolean prefersOther = o.getContactPreference() != org.acorn.directory.ContactPreference.EMAIL;
                if (!noAdmin && !prefersOther) continue;
                PrintRow row = rows.computeIfAbsent(o.getId(), k -> new PrintRow(o.getId(), o.getName(), o.getContactName(),
                        o.getPostalAddress(), o.getContactPhone(), o.getContactPreference().label(), noAdmin, new ArrayList<>()));
                row.contests().add(contest.getTitle() + (hasVoted(contest.getId(), o.getId()) ? " (voted)" : ""));
            }
        }
        List<PrintRow> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparing(PrintRow::name));
        return list;
    }

    /** One organisation on the print list. */
    public record PrintRow(Long organisationId, String name, String contactName, String address, String phone,
                           String preference, boolean noAdminAccount, List<String> contests) {
        public String getContestsText() { return String.join("; ", contests); }
    }

    static AuditLog.Target target(Election e) {
        return new AuditLog.Target("election", e.getId(), e.getTitle());
    }
}
