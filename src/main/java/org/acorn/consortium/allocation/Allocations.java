package org.acorn.consortium.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.consortium.ConsortiumAccess;
import org.acorn.consortium.OfficerMail;
import org.acorn.consortium.bid.Bid;
import org.acorn.consortium.bid.Bids;
import org.acorn.consortium.opportunity.Lot;
import org.acorn.consortium.opportunity.Money;
import org.acorn.consortium.opportunity.Opportunities;
import org.acorn.consortium.opportunity.Opportunity;
import org.acorn.consortium.opportunity.Stage;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;

/**
 * How a won contract is shared among the members that bid for it, open to every member of the consortium; officers
 * allocate and change allocations (each change versioned) and record delivery and payments per period.
 */
@ApplicationScoped
public class Allocations {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject ConsortiumAccess access;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject Opportunities opportunities;
    @Inject Bids bids;
    @Inject OfficerMail officerMail;

    /** An allocation with its organisation, lot, and delivery to date. */
    public record Line(Allocation allocation, String organisation, Lot lot, long deliveredVolume, long paidPence) {
        public Allocation getAllocation() { return allocation; }
        public String getOrganisation() { return organisation; }
        public Lot getLot() { return lot; }
        public long getDeliveredVolume() { return deliveredVolume; }
        public String getPaidLabel() { return Money.label(paidPence); }
    }

    /** The contract's totals. */
    public record Totals(long contractPence, long allocatedPence) {
        public String getContract() { return Money.label(contractPence); }
        public String getAllocated() { return Money.label(allocatedPence); }
        public String getRemaining() { return Money.label(contractPence - allocatedPence); }
    }

    /** The won contract for a reader of the members area; empty when not won, unknown or not theirs to see. */
    @Transactional
    public Optional<Opportunity> contract(Long opportunityId) {
        return opportunities.find(opportunityId).filter(o -> o.getStage() == Stage.WON && access.mayReadMembersArea());
    }

    @Transactional
    public List<Line> lines(Long opportunityId) {
        access.requireMembersArea();
        Map<Long, Lot> lots = new HashMap<>();
        opportunities.lots(opportunityId).forEach(l -> lots.put(l.getId(), l));
        return em.createQuery("select a from Allocation a where a.opportunityId = :o order by a.lotId, a.id", Allocation.class)
                .setParameter("o", opportunityId).getResultList().stream().map(a -> {
                    Object[] done = em.createQuery("select sum(d.volume), sum(d.paidPence) from Delivery d where d.allocationId = :a and d.status = 'CONFIRMED'",
                            Object[].class).setParameter("a", a.getId()).getSingleResult();
                    return new Line(a, em.find(Organisation.class, a.getOrganisationId()).getName(), lots.get(a.getLotId()),
                            done[0] == null ? 0 : ((Number) done[0]).longValue(), done[1] == null ? 0 : ((Number) done[1]).longValue());
                }).toList();
    }

    @Transactional
    public Totals totals(Opportunity o) {
        return new Totals(o.getValuePence(), arithmetic(o).allocated(shares(o.getId())));
    }

    @Transactional
    public List<AllocationVersion> history(Long opportunityId) {
        access.requireMembersArea();
        return em.createQuery("select v from AllocationVersion v, Allocation a where v.allocationId = a.id and a.opportunityId = :o"
                + " order by v.allocationId, v.versionNo desc", AllocationVersion.class).setParameter("o", opportunityId).getResultList();
    }

    @Transactional
    public List<Delivery> deliveries(Long opportunityId) {
        access.requireMembersArea();
        return em.createQuery("select d from Delivery d, Allocation a where d.allocationId = a.id and a.opportunityId = :o order by d.period, d.allocationId",
                Delivery.class).setParameter("o", opportunityId).getResultList();
    }

    /** The members an officer may allocate to: the bid's partners. */
    @Transactional
    public List<Opportunities.Choice> partners(Long opportunityId) {
        return bids.ofOpportunity(opportunityId).map(b -> bids.partnerOrganisations(b.getId()).stream()
                .map(id -> new Opportunities.Choice(id, em.find(Organisation.class, id).getName())).toList()).orElse(List.of());
    }

    /**
     * A new allocation, or a change to one. The contract row is locked while the sums are checked, so two officers
     * allocating at once cannot together pass the contract's value.
     */
    @Transactional
    public Allocation allocate(Long opportunityId, AllocationForm f) {
        access.requireOfficer();
        Account me = caller.require();
        Opportunity o = contract(opportunityId).map(x -> em.find(Opportunity.class, x.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> InvalidInput.of("Only a won contract can be allocated."));
        Checks c = new Checks();
        Lot lot = f.getLotId() == null ? null : em.find(Lot.class, f.getLotId());
        c.check(lot != null && lot.getOpportunityId().equals(o.getId()), "lot", "Choose the lot.");
        Bid bid = bids.ofOpportunity(o.getId()).orElseThrow();
        c.check(f.getOrganisationId() != null && bids.partnerOrganisations(bid.getId()).contains(f.getOrganisationId()), "organisation",
                "Choose one of the partners in the bid.");
        String area = c.text("area", f.getArea(), 300, true, "the area");
        String group = c.text("clientGroup", f.getClientGroup(), 300, true, "the client group");
        Integer volume = null;
        if (f.getVolume() == null || !f.getVolume().strip().matches("\\d{1,7}")) c.fail("volume", "Enter the volume as a whole number, like 40.");
        else volume = Integer.valueOf(f.getVolume().strip());
        String unit = c.text("volumeUnit", f.getVolumeUnit(), 80, true, "what the volume counts (for example families)");
        Long value = Money.pence(c, "value", f.getValue(), true, "the value");
        String rationale = c.text("rationale", f.getRationale(), 2000, true, "why this part goes to this member");
        String agreedBy = c.text("agreedBy", f.getAgreedBy(), 500, true, "who agreed it (for example the CIC board, 3 March)");
        LocalDate agreedOn = null;
        try {
            agreedOn = f.getAgreedOn() == null || f.getAgreedOn().isBlank() ? null : LocalDate.parse(f.getAgreedOn().strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        c.check(agreedOn != null, "agreedOn", "Enter the date it was agreed, like 2026-05-14.");
        if (agreedOn != null && agreedOn.isAfter(LocalDate.ofInstant(clock.instant(), Opportunity.LONDON))) c.fail("agreedOn", "It cannot have been agreed in the future.");
        Allocation existing = null;
        if (f.getAllocationId() != null) {
            existing = em.find(Allocation.class, f.getAllocationId());
            if (existing == null || !existing.getOpportunityId().equals(o.getId())) c.fail("allocation", "That allocation is not part of this contract.");
        }
        c.done();
        arithmetic(o).refusal(shares(o.getId()), new AllocationArithmetic.Share(f.getAllocationId(), lot.getId(), value))
                .ifPresent(msg -> { throw new InvalidInput("value", msg); });
        Allocation a = existing != null ? existing : new Allocation(o.getId());
        String before = existing == null ? null : existing.getValueLabel() + " to " + em.find(Organisation.class, existing.getOrganisationId()).getName();
        a.set(new AllocationForm.Checked(lot.getId(), f.getOrganisationId(), area, group, volume, unit, value, rationale, agreedBy, agreedOn), me.getId(), clock.instant());
        if (existing == null) em.persist(a);
        em.flush();
        em.persist(new AllocationVersion(a));
        String org = em.find(Organisation.class, a.getOrganisationId()).getName();
        audit.record(existing == null ? "consortium.allocation.made" : "consortium.allocation.changed",
                new AuditLog.Target("consortium_allocation", a.getId(), o.getTitle()),
                (before == null ? "" : "was " + before + "; now ") + a.getValueLabel() + " to " + org + " (version " + a.getVersionNo() + ")");
        return a;
    }

    /** Delivery and payment for one period; recording a period again replaces it. Payments may not pass the allocation. */
    @Transactional
    public Delivery recordDelivery(Long allocationId, String period, String volume, String paid, String note) {
        access.requireOfficer();
        Account me = caller.require();
        Allocation a = allocationId == null ? null : em.find(Allocation.class, allocationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) throw new InvalidInput("allocation", "Choose the allocation.");
        Checks c = new Checks();
        String p = period == null ? "" : period.strip();
        try {
            YearMonth.parse(p);
        } catch (DateTimeParseException e) {
            c.fail("period", "Enter the month like 2026-04.");
        }
        Integer v = null;
        if (volume == null || !volume.strip().matches("\\d{1,7}")) c.fail("deliveredVolume", "Enter the volume delivered as a whole number.");
        else v = Integer.valueOf(volume.strip());
        Long pence = Money.pence(c, "paid", paid, true, "the payment");
        String n = c.text("deliveryNote", note, 500, false, "the note");
        c.done();
        Object sum = em.createQuery("select sum(d.paidPence) from Delivery d where d.allocationId = :a and d.period <> :p")
                .setParameter("a", a.getId()).setParameter("p", p).getSingleResult();
        long earlier = sum == null ? 0 : ((Number) sum).longValue();
        AllocationArithmetic.paymentRefusal(a.getValuePence(), earlier, pence).ifPresent(msg -> { throw new InvalidInput("paid", msg); });
        Delivery d = em.createQuery("select d from Delivery d where d.allocationId = :a and d.period = :p", Delivery.class)
                .setParameter("a", a.getId()).setParameter("p", p).getResultStream().findFirst().orElse(null);
        boolean fresh = d == null;
        if (fresh) d = new Delivery(a.getId(), p);
        d.record(v, pence, n, me.getId(), clock.instant());
        if (fresh) em.persist(d);
        em.flush();
        audit.record("consortium.delivery.recorded", new AuditLog.Target("consortium_allocation", a.getId(), p), v + " delivered, " + Money.label(pence) + " paid");
        return d;
    }

    /** The caller's organisation's allocations in a contract (the ones it may report delivery for). */
    @Transactional
    public List<Line> mine(Long opportunityId) {
        Long org = caller.organisationId();
        if (org == null || !caller.adminsOrganisation(org)) return List.of();
        return lines(opportunityId).stream().filter(l -> l.allocation().getOrganisationId().equals(org)).toList();
    }

    /**
     * A member's admin reports what their organisation delivered and claims for one month of its own allocation; it
     * waits for an officer to confirm. Refused for another member's allocation (as if it did not exist), a month not yet
     * begun, a month an officer already confirmed, and figures that would take the volume or the payments past the
     * allocation.
     */
    @Transactional
    public Delivery reportDelivery(Long allocationId, String period, String volume, String claimed, String note) {
        Account me = caller.require();
        Allocation a = allocationId == null ? null : em.find(Allocation.class, allocationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.getOrganisationId().equals(me.getOrganisationId()) || !caller.adminsOrganisation(a.getOrganisationId())
                || !access.isMemberOrganisation(a.getOrganisationId())) {
            throw new InvalidInput("allocation", "Choose one of your organisation's allocations.");
        }
        Checks c = new Checks();
        String p = period == null ? "" : period.strip();
        try {
            if (YearMonth.parse(p).isAfter(YearMonth.now(clock.withZone(Opportunity.LONDON)))) c.fail("reportPeriod", "That month has not begun: report a month that has.");
        } catch (DateTimeParseException e) {
            c.fail("reportPeriod", "Enter the month like 2026-04.");
        }
        Integer v = null;
        if (volume == null || !volume.strip().matches("\\d{1,7}")) c.fail("reportVolume", "Enter the volume delivered as a whole number.");
        else v = Integer.valueOf(volume.strip());
        Long pence = Money.pence(c, "claimed", claimed, true, "the payment you claim");
        String n = c.text("reportNote", note, 500, false, "the note");
        c.done();
        Delivery d = em.createQuery("select d from Delivery d where d.allocationId = :a and d.period = :p", Delivery.class)
                .setParameter("a", a.getId()).setParameter("p", p).getResultStream().findFirst().orElse(null);
        if (d != null && d.isConfirmed()) {
            throw new InvalidInput("reportPeriod", "An officer has already confirmed " + p + "; ask them if it needs correcting.");
        }
        Object[] others = em.createQuery("select sum(d.volume), sum(d.paidPence) from Delivery d where d.allocationId = :a and d.period <> :p",
                Object[].class).setParameter("a", a.getId()).setParameter("p", p).getSingleResult();
        long earlierVolume = others[0] == null ? 0 : ((Number) others[0]).longValue();
        long earlierPence = others[1] == null ? 0 : ((Number) others[1]).longValue();
        if (earlierVolume + v > a.getVolume()) {
            throw new InvalidInput("reportVolume", "Delivery would reach " + (earlierVolume + v) + " " + a.getVolumeUnit() + ", more than the "
                    + a.getVolume() + " allocated. Ask an officer to change the allocation first if the members agreed more.");
        }
        AllocationArithmetic.paymentRefusal(a.getValuePence(), earlierPence, pence).ifPresent(msg -> { throw new InvalidInput("claimed", msg); });
        boolean fresh = d == null;
        if (fresh) d = new Delivery(a.getId(), p);
        Instant now = clock.instant();
        d.report(v, pence, n, me.getId(), now);
        if (fresh) em.persist(d);
        em.flush();
        String figures = v + " " + a.getVolumeUnit() + " delivered, " + Money.label(pence) + " claimed";
        audit.record("consortium.delivery.reported", new AuditLog.Target("consortium_allocation", a.getId(), p), figures);
        Organisation org = em.find(Organisation.class, a.getOrganisationId());
        Opportunity contract = em.find(Opportunity.class, a.getOpportunityId());
        officerMail.tell("delivery-" + d.getId() + "-" + now.toEpochMilli(),
                "Delivery to confirm: " + org.getName() + ", " + p + ", " + contract.getTitle(),
                org.getName() + " reported its delivery of " + contract.getTitle() + " for " + p + ": " + figures + "."
                        + (n == null ? "" : "\n\nTheir note: " + n)
                        + "\n\nConfirm the figures (or ask them to correct them) on the contract's page:",
                "/consortium/contract.xhtml?id=" + contract.getId());
        return d;
    }

    /** An officer confirms a member's reported figures for a month. */
    @Transactional
    public Delivery confirmDelivery(Long deliveryId, Long opportunityId) {
        access.requireOfficer();
        Account me = caller.require();
        Delivery d = deliveryId == null ? null : em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Allocation a = d == null ? null : em.find(Allocation.class, d.getAllocationId());
        if (a == null || !a.getOpportunityId().equals(opportunityId)) throw InvalidInput.of("That report is not part of this contract.");
        if (d.isConfirmed()) throw InvalidInput.of("Those figures are already confirmed.");
        d.confirm(me.getId(), clock.instant());
        audit.record("consortium.delivery.confirmed", new AuditLog.Target("consortium_allocation", a.getId(), d.getPeriod()),
                d.getVolume() + " delivered, " + d.getPaidLabel() + " paid");
        return d;
    }

    private AllocationArithmetic arithmetic(Opportunity o) {
        Map<Long, Long> lotValues = new HashMap<>();
        opportunities.lots(o.getId()).forEach(l -> { if (l.getValuePence() != null) lotValues.put(l.getId(), l.getValuePence()); });
        return new AllocationArithmetic(o.getValuePence(), lotValues);
    }

    private List<AllocationArithmetic.Share> shares(Long opportunityId) {
        return em.createQuery("select a from Allocation a where a.opportunityId = :o", Allocation.class).setParameter("o", opportunityId)
                .getResultList().stream().map(a -> new AllocationArithmetic.Share(a.getId(), a.getLotId(), a.getValuePence())).toList();
    }
}
