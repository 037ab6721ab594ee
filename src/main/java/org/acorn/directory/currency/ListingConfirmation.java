package org.acorn.directory.currency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;

/**
 * "Yes, it is all still correct": the one-click confirmation from a reminder's link, and staff marking a
 * listing verified after a phone call or letter. Looking a link up changes nothing (mail scanners follow
 * links); only {@link #confirm} does, and it spends every link of the cycle.
 */
@ApplicationScoped
public class ListingConfirmation {

    private static final Logger LOG = Logger.getLogger(ListingConfirmation.class.getName());

    /** What a link is worth now. */
    public enum State { USABLE, CONFIRMED, USED, CHECKED, EXPIRED, UNKNOWN }

    /** A link's state and, when it names a listing, that listing (null for UNKNOWN). */
    public record Lookup(State state, Listing listing, Instant expiresAt) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Listings listings;
    @Inject AuditLog audit;
    @Inject Caller caller;
    @Inject Clock clock;

    @Transactional
    public Lookup look(String token) {
        Found found = find(token);
        if (found == null) return new Lookup(State.UNKNOWN, null, null);
        return new Lookup(found.state, listings.of(found.check.getOrganisationId()).orElse(null), found.link.getExpiresAt());
    }

    /** Confirms the listing if the link is usable; otherwise says why not, changing nothing. */
    @Transactional
    public Lookup confirm(String token) {
        Found found = find(token);
        if (found == null) return new Lookup(State.UNKNOWN, null, null);
        Listing listing = listings.of(found.check.getOrganisationId()).orElse(null);
        if (found.state != State.USABLE || listing == null) return new Lookup(found.state, listing, found.link.getExpiresAt());
        Instant now = clock.instant();
        int services = listings.verify(listing, now);
        spendLinks(found.check, now);
        found.check.close(ListingCheck.Outcome.CONFIRMED, "email link", now);
        audit.record("listing.confirmed", target(listing), "confirmed by the link in reminder email (cycle "
                + found.check.getCycleNo() + "): organisation details and " + services + " running services verified");
        LOG.info(() -> "event=listing.confirmed organisation=" + listing.organisationId());
        return new Lookup(State.CONFIRMED, listings.of(listing.organisationId()).orElseThrow(), found.link.getExpiresAt());
    }

    /** Staff: the organisation said by phone or letter that its listing is correct. */
    @Transactional
    public Listing markVerified(Long organisationId, String note) {
        Account staff = caller.requireStaff();
        String how = note == null ? "" : note.strip();
        if (how.length() > 500) throw new InvalidInput("note", "Keep the note to 500 characters.");
        if (how.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInput("note", "The note contains characters that cannot be stored.");
        }
        Listing listing = listings.of(organisationId).orElseThrow(() -> InvalidInput.of("That organisation does not exist."));
        Instant now = clock.instant();
        int services = listings.verify(listing, now);
        listings.openCheck(organisationId).ifPresent(c -> {
            spendLinks(c, now);
            c.close(ListingCheck.Outcome.PROXY, staff.getDisplayName(), now);
        });
        audit.record("listing.verified", target(listing), listing.organisationName(),
                "marked verified by staff after contact: organisation details and " + services + " running services"
                + (how.isEmpty() ? "" : "; note: " + how));
        LOG.info(() -> "event=listing.verified organisation=" + organisationId + " proxy=true");
        return listings.of(organisationId).orElseThrow();
    }

    private record Found(ListingLink link, ListingCheck check, State state) { }

    private Found find(String token) {
        if (!Tokens.looksValid(token)) return null;
        ListingLink link = em.createQuery("select l from ListingLink l where l.tokenHash = :h", ListingLink.class)
                .setParameter("h", Tokens.hash(token)).getResultStream().findFirst().orElse(null);
        if (link == null) return null;
        ListingCheck check = em.find(ListingCheck.class, link.getCheckId());
        return new Found(link, check, stateOf(link, check, clock.instant()));
    }

    /** A spent link says "already used" even after it would have expired: the more useful answer. */
    static State stateOf(ListingLink link, ListingCheck check, Instant now) {
        if (link.getUsedAt() != null) return check.getOutcome() == ListingCheck.Outcome.CONFIRMED ? State.USED : State.CHECKED;
        if (!check.isOpen()) return State.CHECKED;
        if (!now.isBefore(link.getExpiresAt())) return State.EXPIRED;
        return State.USABLE;
    }

    private void spendLinks(ListingCheck check, Instant now) {
        List<ListingLink> links = em.createQuery("select l from ListingLink l where l.checkId = :c", ListingLink.class)
                .setParameter("c", check.getId()).getResultList();
        links.forEach(l -> l.spend(now));
    }

    private static AuditLog.Target target(Listing listing) {
        return new AuditLog.Target("organisation", listing.organisationId(), listing.organisationName());
    }
}
