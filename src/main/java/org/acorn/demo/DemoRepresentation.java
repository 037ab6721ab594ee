package org.acorn.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.BodyStatus;
import org.acorn.governance.body.BodyType;
import org.acorn.governance.body.BodyUpdate;
import org.acorn.governance.body.Constituency;
import org.acorn.governance.body.FilledBy;
import org.acorn.governance.body.InfluenceRole;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Place;
import org.acorn.governance.body.Seat;
import org.acorn.governance.body.SeatTerm;
import org.acorn.governance.body.Seats;
import org.acorn.governance.election.Ballot;
import org.acorn.governance.election.Contest;
import org.acorn.governance.election.Election;
import org.acorn.governance.election.Elections;
import org.acorn.governance.election.Method;
import org.acorn.governance.election.Nomination;
import org.acorn.governance.election.VoterRecord;
import org.acorn.governance.issue.IssueStage;
import org.acorn.governance.issue.IssueStep;
import org.acorn.governance.issue.RaisedIssue;
import org.acorn.governance.payment.Attendance;
import org.acorn.governance.payment.Capacity;
import org.acorn.governance.payment.Claim;
import org.acorn.governance.payment.ClaimCalculator;
import org.acorn.governance.payment.DayPart;
import org.acorn.governance.payment.FinancialYear;
import org.acorn.governance.payment.PaymentScheme;
import org.acorn.governance.payment.Rates;
import org.acorn.governance.payment.SchemeBudget;
import org.acorn.governance.reportback.ReportBack;
import org.acorn.network.District;
import org.acorn.network.NetworkModel;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Role;

/**
 * Each demo network's representation (seed 003; names and people illustrative): the Network's appointed
 * representatives and little-used expenses budget, the Group's 16 seats with staggered elections (8 elected,
 * 8 interim, an election for them in its nomination stage) and £150 a day, the Forum's elected places on the
 * trust executive and £75 a half day. Each has a past election with results, report-backs, issues at every
 * stage and claims.
 */
@ApplicationScoped
public class DemoRepresentation {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Seats seats;
    @Inject Elections elections;

    private Instant now;
    private LocalDate today;
    private Random random;

    @Transactional(Transactional.TxType.MANDATORY)
    public void load(NetworkModel model, List<Organisation> orgs, List<District> districts, Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, GovernanceSettings.ZONE);
        this.random = new Random(model.ordinal() * 31L + 11);
        Account rep = account("rep@example.org");
        Account orgAdmin = account("orgadmin@example.org");
        Account coordinator = account("coordinator@example.org");

        PartnershipBody trust = body("Children's Trust Board", BodyType.CHILDRENS_TRUST_BOARD, null,
                "Sets the Children and Young People's Plan and decides how partners' money for children's services is commissioned.",
                Set.of(InfluenceRole.PLANS, InfluenceRole.DECIDES, InfluenceRole.COMMISSIONS, InfluenceRole.FUNDS),
                "Every other month, Tuesday mornings, County Hall", "Cllr A. Chair (illustrative)", "Jo Reynolds (illustrative)");
        PartnershipBody exec = body("Children's Trust Executive Group", BodyType.EXECUTIVE_GROUP, trust.getId(),
                "The trust's planning body: prepares the plan and monitors progress against it.",
                Set.of(InfluenceRole.PLANS, InfluenceRole.MONITORS), "Monthly", null, null);
        PartnershipBody lscb = body("Local Safeguarding Children Board", BodyType.LSCB, null,
                "Co-ordinates and checks how well local agencies keep children safe.",
                Set.of(InfluenceRole.MONITORS, InfluenceRole.ADVISES), "Quarterly", "Independent chair (illustrative)", "Jo Reynolds (illustrative)");
        PartnershipBody earlyHelp = body("Early Help Sub-group", BodyType.SUB_GROUP, trust.getId(),
                "Plans early help and family support across the area.", Set.of(InfluenceRole.PLANS, InfluenceRole.ADVISES),
                "Every six weeks", null, null);
        PartnershipBody lsp = body("Local Strategic Partnership", BodyType.LSP, null,
                "Brings public, private and voluntary partners together on the area's strategy.",
                Set.of(InfluenceRole.PLANS, InfluenceRole.FUNDS), "Quarterly", null, null);
        PartnershipBody hwb = body("Health and Wellbeing Board", BodyType.HEALTH_AND_WELLBEING_BOARD, null,
                "Meeting in shadow form ahead of taking over joint health planning.", Set.of(InfluenceRole.ADVISES), "Quarterly", null, null);
        hwb.setStatus(BodyStatus.SHADOW);
        PartnershipBody oldForum = body("Children's Fund Partnership Board", BodyType.OTHER, null,
                "Oversaw the Children's Fund programme; its work passed to the Children's Trust Board.",
                Set.of(InfluenceRole.FUNDS), null, null, null);
        oldForum.setStatus(BodyStatus.SUPERSEDED);
        oldForum.setSupersededById(trust.getId());

        // the seat every model has, held by the demo representative (so they can report back and claim)
        Seat trustSeat = seat(trust, "Voluntary sector place on the Trust Board", Constituency.SECTOR, null, null,
                "Speaks for the whole children's voluntary and community sector at the board; reports back after each meeting.",
                model == NetworkModel.NETWORK ? FilledBy.APPOINTED : FilledBy.ELECTED, 24, true, null, "Half a day every two months, plus reading");
        hold(trustSeat, rep, null, model == NetworkModel.NETWORK ? FilledBy.APPOINTED : FilledBy.ELECTED, 300);
        Seat lscbSeat = seat(lscb, "Voluntary sector member of the LSCB", Constituency.SECTOR, null, null,
                "Brings the sector's safeguarding experience to the board and takes its messages back, including training offers.",
                FilledBy.APPOINTED, 24, false, null, "Half a day a quarter");
        hold(lscbSeat, rep, null, FilledBy.APPOINTED, 200);
        Seat ehSeat = seat(earlyHelp, "Early years and family support", Constituency.THEME, null, "Early years and family support",
                "Speaks for early-years providers and family support groups on early help.", FilledBy.APPOINTED, 24, false, null, null);
        hold(ehSeat, null, orgs.get(5), FilledBy.APPOINTED, 500);
        seat(lsp, "Children and young people's voluntary sector place", Constituency.SECTOR, null, null,
                "Represents the children's sector at the LSP.", FilledBy.APPOINTED, 24, false, null, null); // left vacant

        switch (model) {
            case NETWORK -> network(trust, earlyHelp, orgs, rep, coordinator);
            case GROUP -> group(trust, orgs, districts, rep, coordinator);
            case FORUM -> forum(exec, lsp, orgs, rep, coordinator);
        }
        meetingsAndReports(List.of(trust, lscb, earlyHelp), rep);
        issues(trust, lscb, orgAdmin, account("volunteer@example.org"), coordinator);
        em.persist(new BodyUpdate(trust.getId(), "Children and Young People's Plan: consultation",
                "The board agreed to consult on the draft plan over the next eight weeks. The sector's representative will"
                        + " collect members' views through the network.", "Jo Reynolds (LSCB business manager)", now.minus(Duration.ofDays(10))));
        em.flush();
    }

    // ---- the three arrangements

    /** Northfell: a county-wide Management Group elected by STV; reps from larger organisations; actual costs. */
    private void network(PartnershipBody trust, PartnershipBody earlyHelp, List<Organisation> orgs, Account rep, Account coordinator) {
        PartnershipBody mg = body("Management Group", BodyType.NETWORK_GROUP, null,
                "The network's sector management group: agrees priorities and who represents the sector where.",
                Set.of(InfluenceRole.PLANS, InfluenceRole.DECIDES), "Monthly, rotating venues across the county", null, null);
        List<Seat> places = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            places.add(seat(mg, "Management Group member " + i, Constituency.SECTOR, null, null,
                    "One of four members elected by all member organisations.", FilledBy.ELECTED, 24, false, null, "One evening a month"));
        }
        pastElection("Management Group election " + (today.getYear() - 1), places, null, Method.STV, orgs, 6, 70);
        PaymentScheme expenses = scheme("Representatives' expenses (Children's Fund)", "Children's Fund lead charity (illustrative)",
                new Rates(null, null, 45, 6_000, 5_000, 15_000), EnumSet.of(Capacity.REPRESENTATIVE, Capacity.DEPUTY),
                EnumSet.of(BodyType.CHILDRENS_TRUST_BOARD, BodyType.EXECUTIVE_GROUP, BodyType.SUB_GROUP, BodyType.LSCB, BodyType.NETWORK_GROUP));
        budget(expenses, 600_000);
        // reps come from larger organisations that absorb the cost: the budget is barely touched
        claim(trust, rep, expenses, DayPart.HALF_DAY, 30, 0, 0, 0, Claim.Status.APPROVED, coordinator, 40);
        claim(trust, rep, expenses, DayPart.HALF_DAY, 0, 0, 2_400, 0, Claim.Status.SUBMITTED, null, 20);
    }

    /** Dalesborough: the Group's 16 seats, 8 elected every two years; £150 a day for group, forum and trust meetings. */
    private void group(PartnershipBody trust, List<Organisation> orgs, List<District> districts, Account rep, Account coordinator) {
        PartnershipBody group = body("The Group", BodyType.NETWORK_GROUP, null,
                "Two representatives from each district's locality forum. Takes district issues county-wide and elects the"
                        + " Trust Board place.", Set.of(InfluenceRole.PLANS, InfluenceRole.ADVISES, InfluenceRole.MONITORS),
                "Monthly; evenings and Saturdays in turn", null, null);
        PartnershipBody forum = body("Locality forum: " + districts.get(0).getName(), BodyType.LOCALITY_FORUM, group.getId(),
                "The district's forum: common county items, then district items; district issues go up to the Group.",
                Set.of(InfluenceRole.ADVISES), "Every two months", null, null);
        List<Seat> cycle1 = new ArrayList<>();
        List<Seat> cycle2 = new ArrayList<>();
        for (District d : districts) {
            cycle1.add(seat(group, d.getName() + " representative A", Constituency.DISTRICT, d, null,
                    "Represents member organisations in " + d.getName() + " at the Group and reports back to the locality forum.",
                    FilledBy.ELECTED, 48, false, 1, "One Group meeting and one forum meeting a month"));
            cycle2.add(seat(group, d.getName() + " representative B", Constituency.DISTRICT, d, null,
                    "Represents member organisations in " + d.getName() + " at the Group and reports back to the locality forum.",
                    FilledBy.ELECTED, 48, false, 2, "One Group meeting and one forum meeting a month"));
        }
        // cycle 2 was elected two years ago; cycle 1 seats are held on an interim basis until this year's election
        for (District d : districts) {
            Seat s = cycle2.get(districts.indexOf(d));
            pastElection("Group elections " + (today.getYear() - 2) + ": " + d.getName(), List.of(s), d, Method.PLURALITY, orgs, 0, 45);
        }
        for (int i = 0; i < cycle1.size(); i++) {
            Organisation o = inDistrict(orgs, districts.get(i), i);
            hold(cycle1.get(i), null, o, FilledBy.INTERIM, 120);
        }
        Election open = new Election("Group elections " + today.getYear() + " (cycle 1)", now);
        open.timetable(now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(16)), now.plus(Duration.ofDays(21)),
                now.plus(Duration.ofDays(35)), today.plusDays(42));
        open.describe(open.getTitle(), "Eight of the Group's sixteen seats, one per district. Member organisations in each"
                + " district nominate and vote for their district's seat.");
        em.persist(open);
        em.flush();
        int order = 1;
        for (District d : districts) {
            Contest c = new Contest(open.getId(), d.getName(), d.getId(), false, Method.PLURALITY,
                    Set.of(cycle1.get(districts.indexOf(d)).getId()), order++);
            em.persist(c);
            em.flush();
            if (order <= 4) { // a few nominations already in, one waiting for its seconder
                List<Organisation> local = eligible(orgs, d);
                if (local.size() >= 3) {
                    Nomination n = new Nomination(c.getId(), local.get(0).getId(), null, name(), statement(), null, local.get(1).getId(), now);
                    if (order != 3) n.second(null, now);
                    em.persist(n);
                }
            }
        }
        PaymentScheme day = scheme("Attendance payment (£150 a day)", "Children's Trust (illustrative)",
                new Rates(15_000, null, null, null, null, null), EnumSet.of(Capacity.REPRESENTATIVE, Capacity.DEPUTY, Capacity.MEMBER),
                EnumSet.of(BodyType.NETWORK_GROUP, BodyType.LOCALITY_FORUM, BodyType.CHILDRENS_TRUST_BOARD, BodyType.EXECUTIVE_GROUP,
                        BodyType.SUB_GROUP, BodyType.LSCB));
        budget(day, 4_000_000);
        claim(trust, rep, day, DayPart.FULL_DAY, 0, 0, 0, 0, Claim.Status.APPROVED, coordinator, 40);
        claim(trust, rep, day, DayPart.HALF_DAY, 0, 0, 0, 0, Claim.Status.SUBMITTED, null, 20);
    }

    /** Harbourton: the forum elects three places on the trust executive (STV); the LSP pays £75 a half day. */
    private void forum(PartnershipBody exec, PartnershipBody lsp, List<Organisation> orgs, Account rep, Account coordinator) {
        PartnershipBody forum = body("The Forum", BodyType.NETWORK_GROUP, null,
                "The whole forum, open to every organisation working with children and young people; independent chair.",
                Set.of(InfluenceRole.ADVISES), "Fortnightly", "Independent chair (illustrative)", null);
        List<Seat> places = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            places.add(seat(exec, "Forum place " + i + " on the Executive", Constituency.SECTOR, null, null,
                    "Elected by the forum to the trust's planning body; reports back at the next forum meeting.",
                    FilledBy.ELECTED, 24, i == 1, null, "Half a day a month"));
        }
        pastElection("Executive places " + (today.getYear() - 1), places, null, Method.STV, orgs, 8, 55);
        PaymentScheme half = scheme("LSP attendance payment (£75 a half day)", "Local Strategic Partnership (illustrative)",
                new Rates(null, 7_500, null, null, null, null), EnumSet.of(Capacity.REPRESENTATIVE, Capacity.DEPUTY),
                EnumSet.of(BodyType.CHILDRENS_TRUST_BOARD, BodyType.EXECUTIVE_GROUP, BodyType.SUB_GROUP, BodyType.LSCB, BodyType.LSP));
        budget(half, 500_000);
        PartnershipBody trust = em.find(PartnershipBody.class, exec.getParentId());
        claim(trust, rep, half, DayPart.HALF_DAY, 0, 0, 0, 0, Claim.Status.APPROVED, coordinator, 40);
        claim(trust, rep, half, DayPart.HALF_DAY, 0, 0, 0, 0, Claim.Status.RETURNED, coordinator, 20);
    }

    // ---- elections

    /**
     * A declared election held about two years (or one) ago: candidates from the electorate (0: one to three, so
     * some seats are uncontested), a turnout of about {@code turnoutPercent}, random ballots, and the real count,
     * which fills the seats.
     */
    private void pastElection(String title, List<Seat> places, District district, Method method, List<Organisation> orgs,
                              int candidates, int turnoutPercent) {
        int daysAgo = title.contains(String.valueOf(today.getYear() - 2)) ? 700 : 330;
        Election e = new Election(title, now);
        Instant close = now.minus(Duration.ofDays(daysAgo));
        e.timetable(close.minus(Duration.ofDays(35)), close.minus(Duration.ofDays(21)), close.minus(Duration.ofDays(14)), close,
                LocalDate.ofInstant(close, GovernanceSettings.ZONE).plusDays(7));
        e.describe(title, "Illustrative past election.");
        em.persist(e);
        em.flush();
        Set<Long> seatIds = new java.util.LinkedHashSet<>();
        places.forEach(s -> seatIds.add(s.getId()));
        Contest c = new Contest(e.getId(), district == null ? "Whole sector" : district.getName(), district == null ? null : district.getId(),
                false, method, seatIds, 1);
        em.persist(c);
        em.flush();
        Instant nominationsClose = e.getNominationsCloseAt();
        List<Organisation> electorate = (district == null ? orgs : eligible(orgs, district)).stream()
                .filter(o -> o.getJoinedAt() == null || o.getJoinedAt().isBefore(nominationsClose)).toList();
        int standing = Math.min(candidates == 0 ? 1 + random.nextInt(3) : candidates, Math.max(1, electorate.size() - 1));
        List<Nomination> noms = new ArrayList<>();
        for (int i = 0; i < standing; i++) {
            Nomination n = new Nomination(c.getId(), electorate.get(i).getId(), null, name(), statement(), null,
                    electorate.get((i + 1) % electorate.size()).getId(), now);
            n.second(null, now);
            em.persist(n);
            noms.add(n);
        }
        em.flush();
        if (noms.size() > places.size()) {
            List<Organisation> voters = new ArrayList<>(electorate);
            Collections.shuffle(voters, random);
            int turnout = Math.max(1, voters.size() * turnoutPercent / 100);
            for (Organisation o : voters.subList(0, turnout)) {
                em.persist(new VoterRecord(c.getId(), o.getId(), null, false, close.minus(Duration.ofDays(random.nextInt(14)))));
                List<Long> prefs = new ArrayList<>(noms.stream().map(Nomination::getId).toList());
                // a little popularity so results differ
                prefs.sort(java.util.Comparator.comparing(id -> random.nextInt(10) - (int) (id % 4)));
                int marks = method == Method.STV ? 1 + random.nextInt(prefs.size()) : Math.min(places.size(), prefs.size());
                em.persist(new Ballot(c.getId(), prefs.subList(0, marks)));
            }
            em.flush();
        }
        elections.count(e, false);
    }

    // ---- helpers

    private PartnershipBody body(String name, BodyType type, Long parent, String purpose, Set<InfluenceRole> roles, String meets,
                                 String chair, String manager) {
        PartnershipBody b = new PartnershipBody(name, type, now);
        b.setParentId(parent);
        b.setPurpose(purpose);
        b.setInfluenceRoles(roles);
        b.setMeets(meets);
        b.setChair(chair);
        b.setBusinessManager(manager);
        em.persist(b);
        em.flush();
        return b;
    }

    private Seat seat(PartnershipBody body, String title, Constituency c, District d, String theme, String remit, FilledBy by,
                      int months, boolean deputy, Integer cycle, String time) {
        Seat s = new Seat(body.getId(), title, c, by, months, now);
        s.setDistrictId(d == null ? null : d.getId());
        s.setTheme(theme);
        s.setRemit(remit);
        s.setHasDeputy(deputy);
        s.setElectionCycle(cycle);
        s.setTimeCommitment(time);
        s.setSortOrder((int) (long) em.createQuery("select count(x) from Seat x where x.bodyId = :b", Long.class)
                .setParameter("b", body.getId()).getSingleResult() + 1);
        em.persist(s);
        em.flush();
        return s;
    }

    /**
     * A current holder, written directly: demo data is dated real today while the portal may run its clock
     * ahead (acorn.clock.offset), so the appointment rules' "not ended already" would refuse an honest demo term.
     */
    private void hold(Seat seat, Account who, Organisation org, FilledBy by, int startedDaysAgo) {
        LocalDate start = today.minusDays(startedDaysAgo);
        LocalDate end = start.plusMonths(seat.getTermMonths());
        if (!end.isAfter(today)) end = today.plusDays(60);
        SeatTerm term = new SeatTerm(seat.getId(), Place.HOLDER,
                who == null ? name() : who.getDisplayName(), by, start, end, now);
        if (who != null) {
            term.setAccountId(who.getId());
            term.setOrganisationId(who.getOrganisationId());
            term.setContactEmail(who.getEmail());
            who.grant(Role.REPRESENTATIVE);
        } else {
            term.setOrganisationId(org.getId());
            term.setContactEmail(org.getContactEmail());
        }
        em.persist(term);
        em.flush();
    }

    private PaymentScheme scheme(String name, String funder, Rates rates, Set<Capacity> caps, Set<BodyType> types) {
        PaymentScheme s = new PaymentScheme(name, funder, now);
        s.setRates(rates);
        s.setCapacities(caps);
        s.setBodyTypes(types);
        em.persist(s);
        em.flush();
        return s;
    }

    private void budget(PaymentScheme s, long pence) {
        em.persist(new SchemeBudget(s.getId(), FinancialYear.of(today), pence));
    }

    private void claim(PartnershipBody body, Account who, PaymentScheme scheme, DayPart part, int miles, int fares, int childcare,
                       int backfill, Claim.Status status, Account decider, int daysAgo) {
        BodyMeeting m = meeting(body, today.minusDays(daysAgo));
        Attendance a = new Attendance(m.getId(), who.getId(), Capacity.REPRESENTATIVE, part, "demo data", now);
        em.persist(a);
        em.flush();
        Claim c = new Claim(a.getId(), scheme.getId(), who.getId(), FinancialYear.of(m.getMeetsOn()));
        c.fill(scheme.getId(), ClaimCalculator.calculate(scheme.rates(), part, miles, fares, childcare, backfill), miles, fares,
                childcare, backfill, null, now.minus(Duration.ofDays(daysAgo - 1)));
        if (status == Claim.Status.APPROVED) c.decide(status, null, decider.getDisplayName(), now.minus(Duration.ofDays(daysAgo - 5)));
        if (status == Claim.Status.RETURNED) {
            c.decide(status, "Please say which meeting this was: the date does not match the board's calendar.",
                    decider.getDisplayName(), now.minus(Duration.ofDays(2)));
        }
        em.persist(c);
    }

    private BodyMeeting meeting(PartnershipBody body, LocalDate on) {
        BodyMeeting m = em.createQuery("select m from BodyMeeting m where m.bodyId = :b and m.meetsOn = :d", BodyMeeting.class)
                .setParameter("b", body.getId()).setParameter("d", on).getResultStream().findFirst().orElse(null);
        if (m == null) {
            m = new BodyMeeting(body.getId(), on, body.getName() + " meeting", now);
            em.persist(m);
            em.flush();
        }
        return m;
    }

    /** Past and next meetings; a published report-back for the older ones; the LSCB's last meeting still owed one. */
    private void meetingsAndReports(List<PartnershipBody> bodies, Account rep) {
        for (PartnershipBody b : bodies) {
            BodyMeeting older = meeting(b, today.minusDays(40));
            meeting(b, today.minusDays(20));
            meeting(b, today.plusDays(25));
            ReportBack r = new ReportBack(b.getId(), older.getId(), rep.getId(), rep.getDisplayName(), now.minus(Duration.ofDays(35)));
            r.setMeetingId(older.getId());
            boolean trust = b.getType() == BodyType.CHILDRENS_TRUST_BOARD;
            r.write("The board agreed the draft Children and Young People's Plan for consultation and a review of short breaks.",
                    "The early help strategy is on track; the commissioning timetable for family support has slipped by a quarter.",
                    "Safeguarding training dates for the autumn are on the network's calendar.",
                    trust ? "Tell us how the proposed family support contracts would affect small groups." : null,
                    trust ? today.plusDays(10) : null,
                    "Raised members' concern about short-notice tenders.", trust, true, true, now.minus(Duration.ofDays(34)));
            r.publish(now.minus(Duration.ofDays(34)));
            em.persist(r);
            if (trust) {
                BodyMeeting recent = meeting(b, today.minusDays(20));
                ReportBack r2 = new ReportBack(b.getId(), recent.getId(), rep.getId(), rep.getDisplayName(), now.minus(Duration.ofDays(15)));
                r2.setMeetingId(recent.getId());
                r2.write("Agreed the board's priorities for next year.", null, null, null, null, null, true, true, false,
                        now.minus(Duration.ofDays(15)));
                r2.publish(now.minus(Duration.ofDays(15)));
                em.persist(r2);
            }
        }
    }

    private void issues(PartnershipBody trust, PartnershipBody lscb, Account orgAdmin, Account member, Account coordinator) {
        String[][] texts = {
                {"Short-notice tenders shut out small groups", "Tenders for family support gave two weeks to reply; small groups cannot manage that."},
                {"DBS checks for volunteers take months", "Our volunteers wait up to four months for checks, so sessions are cancelled."},
                {"Meeting times exclude volunteer-run groups", "Board meetings are all weekday mornings; volunteers cannot attend."},
                {"Training places for rural groups", "Safeguarding training is always in the county town; could the roadshow return?"},
                {"Forms for small grants are too long", "The small grants form is 14 pages for £500."},
        };
        IssueStep[] reached = IssueStep.values();
        for (int i = 0; i < texts.length; i++) {
            Account raiser = i % 2 == 0 ? orgAdmin : member;
            RaisedIssue issue = new RaisedIssue(texts[i][0], texts[i][1], raiser.getId(), raiser.getDisplayName(),
                    raiser.getOrganisationId(), i == 1 ? lscb.getId() : i == 3 ? null : trust.getId(), i != 1, now.minus(Duration.ofDays(60)));
            em.persist(issue);
            em.flush();
            em.persist(new IssueStage(issue.getId(), IssueStep.RAISED, "Raised by " + raiser.getDisplayName() + ".",
                    today.minusDays(60), raiser.getDisplayName(), now.minus(Duration.ofDays(60))));
            for (int s = 1; s <= i; s++) {
                IssueStep step = reached[s];
                String note = switch (step) {
                    case DISCUSSED -> "Discussed at the network meeting; members agreed to take it to the board.";
                    case TAKEN_TO_BODY -> "Raised at the board by the sector's representative.";
                    case RESPONSE_RECEIVED -> "The board's officers replied and proposed a change.";
                    default -> "Closed: the change has been made.";
                };
                em.persist(new IssueStage(issue.getId(), step, note, today.minusDays(60 - s * 10L), coordinator.getDisplayName(),
                        now.minus(Duration.ofDays(60 - s * 10L))));
                issue.moveTo(step, now.minus(Duration.ofDays(60 - s * 10L)));
            }
        }
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email).getSingleResult();
    }

    private static List<Organisation> eligible(List<Organisation> orgs, District d) {
        return orgs.stream().filter(o -> !o.isCountyWide() && o.getDistricts().stream().anyMatch(x -> x.getId().equals(d.getId()))).toList();
    }

    private static Organisation inDistrict(List<Organisation> orgs, District d, int skip) {
        List<Organisation> local = eligible(orgs, d);
        return local.isEmpty() ? orgs.get(skip) : local.get(Math.min(local.size() - 1, 2));
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private String statement() {
        return STATEMENTS[random.nextInt(STATEMENTS.length)];
    }

    private static final String[] FIRST = {"Amira", "Bev", "Colin", "Deb", "Errol", "Fiona", "Grace", "Hamid", "Ivy", "Jon", "Kiran", "Lena"};
    private static final String[] LAST = {"Ashworth", "Bell", "Carr", "Dixon", "Eze", "Frost", "Gill", "Hart", "Ibbotson", "Jennings"};
    private static final String[] STATEMENTS = {
            "I run a volunteer-led toddler group and want small groups' voices heard where money is decided.",
            "Ten years in youth work across the district; I will report back after every meeting and hold a drop-in before each one.",
            "As a parent and trustee of a small charity, I know how hard it is to find the time — I will make it easier for others.",
            "I will push for tenders that small organisations can actually bid for."};
}
