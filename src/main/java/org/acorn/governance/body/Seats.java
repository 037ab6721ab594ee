package org.acorn.governance.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.governance.GovernanceSettings;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** Seats on bodies and who holds them: staff keep them; everyone can find their representative. */
@ApplicationScoped
public class Seats {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject Network network;
    @Inject Bodies bodies;

    public LocalDate today() { return LocalDate.now(clock.withZone(GovernanceSettings.ZONE)); }

    @Transactional
    public Optional<Seat> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Seat.class, id));
    }

    @Transactional
    public List<Seat> of(Long bodyId) {
        return em.createQuery("select s from Seat s where s.bodyId = :b and s.retiredAt is null order by s.sortOrder, s.id",
                Seat.class).setParameter("b", bodyId).getResultList();
    }

    @Transactional
    public List<Seat> allOpen() {
        return em.createQuery("select s from Seat s where s.retiredAt is null order by s.bodyId, s.sortOrder, s.id",
                Seat.class).getResultList();
    }

    @Transactional
    public Seat create(Long bodyId, SeatForm form) {
        caller.requireStaff();
        PartnershipBody body = bodies.get(bodyId);
        Seat seat = new Seat(bodyId, "seat", Constituency.SECTOR, FilledBy.ELECTED, 24, clock.instant());
        apply(seat, form);
        seat.setSortOrder(of(bodyId).size() + 1);
        em.persist(seat);
        em.flush();
        audit.record("seat.created", target(seat, body), AuditLog.changes(Map.of(), seat.auditView()));
        return seat;
    }

    @Transactional
    public Seat update(Long seatId, SeatForm form) {
        caller.requireStaff();
        Seat seat = find(seatId).orElseThrow(() -> InvalidInput.of("That seat no longer exists."));
        Map<String, Object> before = seat.auditView();
        apply(seat, form);
        audit.record("seat.updated", target(seat, bodies.get(seat.getBodyId())), AuditLog.changes(before, seat.auditView()));
        return seat;
    }

    private void apply(Seat seat, SeatForm f) {
        Checks c = new Checks();
        String title = c.text("title", f.title, 200, true, "the seat's title");
        String remit = c.text("remit", f.remit, 3000, true, "the remit");
        String theme = c.text("theme", f.theme, 120, false, "the theme");
        String commitment = c.text("timeCommitment", f.timeCommitment, 300, false, "the time commitment");
        c.require("constituency", f.constituency, "Choose whom the seat speaks for.");
        c.require("filledBy", f.filledBy, "Choose how the seat is filled.");
        c.check(f.termMonths != null && f.termMonths >= 1 && f.termMonths <= 60, "termMonths",
                "Enter a term between 1 and 60 months.");
        c.check(f.electionCycle == null || f.electionCycle == 1 || f.electionCycle == 2, "electionCycle",
                "Choose cycle 1 or 2, or none.");
        if (f.constituency == Constituency.DISTRICT) {
            c.check(f.districtId != null && em.find(District.class, f.districtId) != null, "district",
                    "Choose the district the seat speaks for.");
        }
        if (f.constituency == Constituency.THEME) c.require("theme", theme, "Enter the theme the seat speaks for.");
        c.done();
        seat.setTitle(title);
        seat.setRemit(remit);
        seat.setConstituency(f.constituency);
        seat.setDistrictId(f.constituency == Constituency.DISTRICT ? f.districtId : null);
        seat.setTheme(f.constituency == Constituency.THEME ? theme : null);
        seat.setTermMonths(f.termMonths);
        seat.setHasDeputy(f.hasDeputy);
        seat.setFilledBy(f.filledBy);
        seat.setElectionCycle(f.electionCycle);
        seat.setTimeCommitment(commitment);
    }

    /**
     * Puts someone in a seat (or its deputy place). Refused while another term for the same place runs:
     * checked first for a clear message, and held by the unique current_slot should two staff do it at once.
     */
    @Transactional
    public SeatTerm appoint(Long seatId, Appointment a) {
        caller.requireStaff();
        Seat seat = find(seatId).filter(s -> s.getRetiredAt() == null)
                .orElseThrow(() -> InvalidInput.of("That seat no longer exists."));
        return place(seat, a, null);
    }

    /** Shared with elections: the caller has been checked by then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SeatTerm place(Seat seat, Appointment a, Long contestId) {
        Checks c = new Checks();
        c.require("place", a.place, "Choose the representative's or the deputy's place.");
        if (a.place == Place.DEPUTY) c.check(seat.isHasDeputy(), "place", "This seat has no deputy.");
        c.require("filledBy", a.filledBy, "Choose how the place was filled.");
        Account account = null;
        String accountEmail = c.email("accountEmail", a.accountEmail, false, "their account's email");
        if (accountEmail != null) {
            account = em.createQuery("select x from Account x where x.email = :e", Account.class)
                    .setParameter("e", accountEmail).getResultStream().findFirst().orElse(null);
            c.check(account != null, "accountEmail", "No account has that email. Leave it empty and type their name instead.");
        }
        String name = c.text("holderName", a.holderName, 160, account == null, "their name");
        String contact = c.email("contactEmail", a.contactEmail, false, "a contact email");
        Long orgId = a.organisationId != null ? a.organisationId : account == null ? null : account.getOrganisationId();
        if (orgId != null) {
            Organisation org = em.find(Organisation.class, orgId);
            c.check(org != null && org.getMembershipStatus() == MembershipStatus.MEMBER, "organisation",
                    "Choose a member organisation.");
        }
        LocalDate start = a.startsOn == null ? today() : a.startsOn;
        LocalDate end = a.endsOn == null ? start.plusMonths(seat.getTermMonths()) : a.endsOn;
        c.check(end.isAfter(start), "endsOn", "The term must end after it starts.");
        c.check(end.isAfter(today()), "endsOn", "The term must not have ended already.");
        c.done();
        String slot = SeatTerm.slot(seat.getId(), a.place);
        if (currentTerm(seat.getId(), a.place).isPresent()) {
            throw new InvalidInput("place", "This seat already has a current " + a.place.label().toLowerCase()
                    + ". End their term first.");
        }
        SeatTerm term = new SeatTerm(seat.getId(), a.place, name != null ? name : account.getDisplayName(),
                a.filledBy, start, end, clock.instant());
        term.setAccountId(account == null ? null : account.getId());
        term.setOrganisationId(orgId);
        term.setContactEmail(contact != null ? contact : account == null ? null : account.getEmail());
        term.setContestId(contestId);
        try {
            em.persist(term);
            em.flush();
        } catch (PersistenceException twoAtOnce) {
            throw new InvalidInput("place", "This seat already has a current " + a.place.label().toLowerCase()
                    + ". End their term first.");
        }
        if (account != null) account.grant(Role.REPRESENTATIVE);
        audit.record("seat.appointed", target(seat, bodies.get(seat.getBodyId())),
                a.place.label() + ": " + term.getHolderName() + " (" + a.filledBy.label() + ", " + start + " to " + end
                        + ", slot " + slot + ")");
        return term;
    }

    @Transactional
    public void endTerm(Long termId, LocalDate on, String reason) {
        caller.requireStaff();
        SeatTerm term = em.find(SeatTerm.class, termId);
        if (term == null || !term.isCurrent()) throw InvalidInput.of("That term has already ended.");
        Checks c = new Checks();
        String why = c.text("reason", reason, 300, false, "a reason");
        LocalDate when = on == null ? today() : on;
        c.check(!when.isBefore(term.getStartsOn()), "endedOn", "A term cannot end before it started.");
        c.done();
        close(term, when, why == null ? "ended by staff" : why);
    }

    /** Ends a term and, when its holder sits nowhere else, takes back their representative role. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(SeatTerm term, LocalDate on, String reason) {
        term.end(on, reason);
        em.flush();
        if (term.getAccountId() != null) {
            long others = em.createQuery("select count(t) from SeatTerm t where t.accountId = :a and t.currentSlot is not null",
                    Long.class).setParameter("a", term.getAccountId()).getSingleResult();
            Account account = em.find(Account.class, term.getAccountId());
            if (others == 0 && account != null) account.revoke(Role.REPRESENTATIVE);
        }
        Seat seat = em.find(Seat.class, term.getSeatId());
        audit.record("seat.term.ended", target(seat, bodies.get(seat.getBodyId())),
                term.getPlace().label() + ": " + term.getHolderName() + " on " + on + " (" + reason + ")");
    }

    @Transactional
    public Optional<SeatTerm> currentTerm(Long seatId, Place place) {
        return em.createQuery("select t from SeatTerm t where t.currentSlot = :s", SeatTerm.class)
                .setParameter("s", SeatTerm.slot(seatId, place)).getResultStream().findFirst();
    }

    @Transactional
    public List<SeatTerm> history(Long seatId) {
        return em.createQuery("select t from SeatTerm t where t.seatId = :s order by t.startsOn desc, t.id desc", SeatTerm.class)
                .setParameter("s", seatId).getResultList();
    }

    /** The seats a person holds now. */
    @Transactional
    public List<Holding> heldBy(Long accountId) {
        List<Long> seatIds = em.createQuery("select t.seatId from SeatTerm t where t.accountId = :a and t.currentSlot is not null",
                Long.class).setParameter("a", accountId).getResultList();
        return holdings(seatIds.isEmpty() ? List.of() : em.createQuery("select s from Seat s where s.id in :ids", Seat.class)
                .setParameter("ids", seatIds).getResultList());
    }

    @Transactional
    public List<Holding> onBody(Long bodyId) {
        return holdings(of(bodyId));
    }

    /**
     * "Find your representative": seats that speak for a district (and, since they speak for everyone, the
     * whole-sector and thematic seats), on bodies that are not superseded.
     */
    @Transactional
    public List<Holding> forDistrict(Long districtId) {
        List<Seat> seats = em.createQuery("select s from Seat s, PartnershipBody b where s.bodyId = b.id"
                        + " and s.retiredAt is null and b.status <> :gone and (s.districtId = :d or s.constituency <> :district)"
                        + " order by b.name, s.sortOrder", Seat.class)
                .setParameter("gone", BodyStatus.SUPERSEDED).setParameter("d", districtId)
                .setParameter("district", Constituency.DISTRICT).getResultList();
        return holdings(seats);
    }

    @Transactional
    public Holding holding(Seat seat) {
        return holdings(List.of(seat)).get(0);
    }

    @Transactional
    public List<Holding> everySeat() {
        return holdings(allOpen());
    }

    private List<Holding> holdings(List<Seat> seats) {
        int threshold = network.getProfile().getSmallIncomeThreshold();
        Map<Long, PartnershipBody> bodyCache = new HashMap<>();
        Map<Long, String> districts = new HashMap<>();
        for (District d : network.getDistricts()) districts.put(d.getId(), d.getName());
        List<Holding> out = new ArrayList<>();
        for (Seat s : seats) {
            PartnershipBody body = bodyCache.computeIfAbsent(s.getBodyId(), id -> em.find(PartnershipBody.class, id));
            SeatTerm holder = currentTerm(s.getId(), Place.HOLDER).orElse(null);
            SeatTerm deputy = s.isHasDeputy() ? currentTerm(s.getId(), Place.DEPUTY).orElse(null) : null;
            Organisation hOrg = holder == null || holder.getOrganisationId() == null ? null
                    : em.find(Organisation.class, holder.getOrganisationId());
            Organisation dOrg = deputy == null || deputy.getOrganisationId() == null ? null
                    : em.find(Organisation.class, deputy.getOrganisationId());
            boolean small = hOrg != null && hOrg.getIncomeBand() != null && hOrg.getIncomeBand().isSmall(threshold);
            out.add(new Holding(body, s, districts.get(s.getDistrictId()), holder, hOrg == null ? null : hOrg.getName(),
                    small, deputy, dOrg == null ? null : dOrg.getName()));
        }
        return out;
    }

    /** The seat report: held by small organisations, vacant, interim, near the end of term. */
    @Transactional
    public SeatReport report(int endingDays) {
        return SeatReport.of(everySeat(), today(), endingDays);
    }

    static AuditLog.Target target(Seat seat, PartnershipBody body) {
        return new AuditLog.Target("seat", seat.getId(), body.getName() + ": " + seat.getTitle());
    }
}
