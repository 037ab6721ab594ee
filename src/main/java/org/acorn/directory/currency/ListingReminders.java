package org.acorn.directory.currency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.Freshness;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.MembershipStatus;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;

/**
 * Asks organisations to confirm their listings. The daily pass ({@link ReminderSchedule}) calls
 * {@link #process} once per candidate organisation, each in its own transaction; staff may send a reminder at
 * once from the stale listings page. Who is emailed: the organisation's admins; an organisation without one
 * that prefers email gets it at its contact address; one that prefers post or phone is left to staff.
 */
@ApplicationScoped
public class ListingReminders {

    private static final Logger LOG = Logger.getLogger(ListingReminders.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Listings listings;
    @Inject ReminderMail mail;
    @Inject Settings settings;
    @Inject AuditLog audit;
    @Inject Caller caller;
    @Inject Clock clock;

    public ReminderRules rules() {
        return new ReminderRules(Freshness.from(settings), settings.reminderRepeat());
    }

    /** Member organisations whose profile or a running service is due, and those with a cycle still open. */
    @Transactional
    public Set<Long> candidates(Instant now) {
        Instant ask = Freshness.from(settings).askBefore(now);
        Set<Long> ids = new TreeSet<>(em.createQuery("select o.id from Organisation o where o.membershipStatus = :member"
                        + " and (o.lastVerifiedAt is null or o.lastVerifiedAt <= :ask)", Long.class)
                .setParameter("member", MembershipStatus.MEMBER).setParameter("ask", ask).getResultList());
        ids.addAll(em.createQuery("select distinct s.organisationId from Service s, Organisation o"
                        + " where o.id = s.organisationId and o.membershipStatus = :member and s.status in :running"
                        + " and (s.lastVerifiedAt is null or s.lastVerifiedAt <= :ask)", Long.class)
                .setParameter("member", MembershipStatus.MEMBER).setParameter("running", Listings.RUNNING)
                .setParameter("ask", ask).getResultList());
        ids.addAll(em.createQuery("select c.organisationId from ListingCheck c where c.closedAt is null", Long.class)
                .getResultList());
        return ids;
    }

    /** Today's step for one organisation, in a transaction of its own so one failure stops no other. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReminderRules.Action process(Long organisationId, Instant now) {
        Listing listing = listings.of(organisationId).orElse(null);
        if (listing == null) return ReminderRules.Action.NONE;
        ReminderRules rules = rules();
        Optional<ListingCheck> open = listings.openCheck(organisationId);
        List<String> to = recipients(listing);
        boolean due = rules.due(listing.profileVerified(), listing.servicesVerified(), now);
        ReminderRules.Action action = rules.decide(due,
                open.map(c -> new ReminderRules.OpenCycle(c.getRemindersSent(), c.getLastSentAt())).orElse(null),
                !to.isEmpty(), now);
        switch (action) {
            case FIRST -> remind(listing, openCycle(organisationId, now), to, now);
            case SECOND -> remind(listing, open.orElseThrow(), to, now);
            case CLOSE -> open.orElseThrow().close(ListingCheck.Outcome.CHECKED_OTHERWISE, null, now);
            default -> { }
        }
        return action;
    }

    /** Staff: email a reminder now (the first of a new cycle, or one more in the open one). Returns where it went. */
    @Transactional
    public List<String> sendNow(Long organisationId) {
        caller.requireStaff();
        Listing listing = listings.of(organisationId).orElseThrow(() -> InvalidInput.of("That organisation does not exist."));
        List<String> to = recipients(listing);
        if (to.isEmpty()) {
            throw InvalidInput.of(listing.organisationName() + " has no organisation admin and no contact email"
                    + " to send to: phone or write instead, then mark it verified.");
        }
        Instant now = clock.instant();
        ListingCheck check = listings.openCheck(organisationId).orElseGet(() -> openCycle(organisationId, now));
        remind(listing, check, to, now);
        return to;
    }

    /** Admins' addresses; else the contact address of an organisation that prefers email; else nobody. */
    List<String> recipients(Listing listing) {
        List<String> admins = listings.adminEmails(listing.organisationId());
        if (!admins.isEmpty()) return admins;
        if (listing.contactPreference() == ContactPreference.EMAIL && listing.contactEmail() != null
                && !listing.contactEmail().isBlank()) {
            return List.of(listing.contactEmail());
        }
        return List.of();
    }

    private ListingCheck openCycle(Long organisationId, Instant now) {
        ListingCheck check = new ListingCheck(organisationId, listings.nextCycle(organisationId), now);
        em.persist(check);
        em.flush(); // its id goes into the link; a second node opening the same cycle fails here (unique cycle)
        return check;
    }

    private void remind(Listing listing, ListingCheck check, List<String> to, Instant now) {
        String token = Tokens.newToken();
        Instant expires = now.plus(settings.confirmLinkLife());
        em.persist(new ListingLink(check.getId(), Tokens.hash(token), now, expires));
        int number = check.reminded(now, String.join(", ", to));
        mail.queue(listing, check, number, token, expires, new ArrayList<>(to), now);
        audit.record("listing.reminder.sent", new AuditLog.Target("organisation", listing.organisationId(),
                listing.organisationName()), "reminder " + number + " of cycle " + check.getCycleNo() + " to "
                + to.size() + (to.size() == 1 ? " address" : " addresses"));
        LOG.info(() -> "event=listing.reminder organisation=" + listing.organisationId() + " cycle="
                + check.getCycleNo() + " reminder=" + number);
    }
}
