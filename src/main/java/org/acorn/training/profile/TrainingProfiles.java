package org.acorn.training.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.directory.record.ProfileFacts;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.training.accreditation.Accreditation;
import org.acorn.training.course.Run;

/**
 * Training figures on an organisation's public profile, if its admin chooses (assurance for families and
 * commissioners, 003 l.461): people with current safeguarding training and volunteers with current accreditation.
 * Counts only: who they are stays on the organisation's own training record.
 */
@ApplicationScoped
public class TrainingProfiles implements ProfileFacts {

    /** The topic whose current training is counted. */
    static final String SAFEGUARDING = "safeguarding";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject AuditLog audit;
    @Inject Accreditation accreditation;

    @Transactional
    public boolean shown(Long organisationId) {
        ProfileChoice c = organisationId == null ? null : em.find(ProfileChoice.class, organisationId);
        return c != null && c.isShown();
    }

    /** The organisation's admin (or staff) turns the public counts on or off. */
    @Transactional
    public void choose(Long organisationId, boolean show) {
        Account me = caller.requireMayActFor(organisationId);
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null) throw InvalidInput.of("That organisation no longer exists.");
        ProfileChoice c = em.find(ProfileChoice.class, organisationId);
        if (c == null) em.persist(new ProfileChoice(organisationId, show, me.getId(), clock.instant()));
        else c.set(show, me.getId(), clock.instant());
        audit.record("training.profile.counts", new AuditLog.Target("organisation", o.getId(), o.getName()), show ? "shown" : "hidden");
    }

    /** People (counted once each) from the organisation whose safeguarding training is current today. */
    @Transactional
    public long currentSafeguarding(Long organisationId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Run.LONDON);
        return em.createQuery("select count(distinct b.personKey) from Certificate c, Booking b, Run r, Course co where c.bookingId = b.id"
                        + " and r.id = b.runId and co.id = r.courseId and b.organisationId = :o and c.revokedAt is null"
                        + " and (c.validUntil is null or c.validUntil >= :today) and lower(co.topic) = :topic", Long.class)
                .setParameter("o", organisationId).setParameter("today", today).setParameter("topic", SAFEGUARDING).getSingleResult();
    }

    /**
     * Accredited volunteers per organisation for the public accreditation page: only organisations that chose to show
     * their counts, the same choice as on their profile.
     */
    @Transactional
    public java.util.Map<String, Long> accreditedShown() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createQuery("select o.name, count(e) from Enrolment e, Organisation o, ProfileChoice p where o.id = e.organisationId"
                        + " and p.organisationId = o.id and p.shown = true and e.validUntil >= :today group by o.name order by o.name", Object[].class)
                .setParameter("today", LocalDate.ofInstant(clock.instant(), Run.LONDON)).getResultList()) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }

    @Override
    @Transactional
    public List<Fact> publicFacts(Long organisationId) {
        if (!shown(organisationId)) return List.of();
        long safeguarding = currentSafeguarding(organisationId);
        long accredited = accreditation.accreditedIn(organisationId);
        java.util.ArrayList<Fact> out = new java.util.ArrayList<>();
        out.add(new Fact("Staff and volunteers with current safeguarding training", String.valueOf(safeguarding)));
        if (!accreditation.programmes().isEmpty()) out.add(new Fact("Volunteers with current accreditation", String.valueOf(accredited)));
        return out;
    }
}
