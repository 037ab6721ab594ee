package org.acorn.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.acorn.directory.EditConflict;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.search.IndexEvents;

/**
 * Keeping an organisation's services current: by its own admin, or by network staff on its behalf (the audit
 * entry then says on behalf of whom). Each save is checked field by field, refused whole when someone else
 * saved first, audited with the fields that changed and announced to the search index in the same transaction.
 * Saving or confirming a service counts as verifying it. Services are never deleted: closing keeps the record.
 */
@ApplicationScoped
public class ServiceEditing {

    private static final Logger LOG = Logger.getLogger(ServiceEditing.class.getName());
    public static final String TARGET_TYPE = "service";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject IndexEvents indexEvents;
    @Inject Services services;
    @Inject Clock clock;

    /** A service open in the editor (service id null for a new one), with the organisation it belongs to. */
    public record Editing(Long serviceId, Long organisationId, String organisationName, boolean proxy, ServiceForm form,
                          Instant lastVerified) implements java.io.Serializable { }

    /** An organisation's services for its list page. */
    public record Listing(Long organisationId, String organisationName, boolean proxy, List<Service> services) { }

    @Transactional
    public Listing list(Long organisationId) {
        caller.requireMayActFor(organisationId);
        Organisation org = organisation(organisationId);
        return new Listing(org.getId(), org.getName(), proxy(org), services.ofOrganisation(org.getId()));
    }

    /** An existing service for editing; empty when there is none. Someone who may not edit it is refused. */
    @Transactional
    public Optional<Editing> open(Long serviceId) {
        Service s = serviceId == null ? null : em.find(Service.class, serviceId);
        if (s == null) return Optional.empty();
        caller.requireMayActFor(s.getOrganisationId());
        Organisation org = organisation(s.getOrganisationId());
        return Optional.of(new Editing(s.getId(), org.getId(), org.getName(), proxy(org), ServiceForm.of(s),
                s.getLastVerifiedAt()));
    }

    /** A blank form for a new service of the organisation. */
    @Transactional
    public Editing start(Long organisationId) {
        caller.requireMayActFor(organisationId);
        Organisation org = organisation(organisationId);
        return new Editing(null, org.getId(), org.getName(), proxy(org), ServiceForm.blank(), null);
    }

    /** The terms the service carries that are no longer offered: shown (and kept) though not offered to others. */
    @Transactional
    public List<TaxonomyTerm> keptTerms(Long serviceId) {
        Service s = serviceId == null ? null : em.find(Service.class, serviceId);
        if (s == null) return List.of();
        caller.requireMayActFor(s.getOrganisationId());
        return s.getTerms().stream().filter(t -> !t.isOffered()).toList();
    }

    /**
     * Creates ({@code serviceId} null) or updates a service of the organisation and returns its id. Refuses with
     * messages by field, or with the edit-conflict message when the service changed since the form was loaded.
     */
    @Transactional
    public Long save(Long organisationId, Long serviceId, ServiceForm form) {
        caller.requireMayActFor(organisationId);
        Organisation org = organisation(organisationId);
        Service s = null;
        if (serviceId != null) {
            s = em.find(Service.class, serviceId);
            if (s == null || !s.getOrganisationId().equals(org.getId())) throw InvalidInput.of("That service does not exist.");
            if (s.getVersion() != form.getVersion()) throw InvalidInput.of(EditConflict.MESSAGE);
        }
        Map<String, String> errors = form.normaliseAndCheck();
        Set<TaxonomyTerm> terms = resolve(form.chosenTerms(), s, errors);
        if (!errors.isEmpty()) throw new InvalidInput(errors);

        Instant now = clock.instant();
        boolean created = s == null;
        if (created) s = new Service(org.getId(), form.getName(), now);
        Map<String, Object> before = created ? Map.of() : s.auditView();
        apply(form, terms, s);
        s.verified(now); // someone who may speak for it has just checked it
        if (created) em.persist(s);
        em.flush(); // a concurrent save by someone else fails here (version)

        audit.record(created ? "service.created" : "service.updated", target(s), onBehalfOf(org),
                AuditLog.changes(before, s.auditView()));
        indexEvents.changed(TARGET_TYPE, String.valueOf(s.getId()));
        Long id = s.getId();
        LOG.info(() -> "event=service." + (created ? "created" : "updated") + " service=" + id + " proxy=" + proxy(org));
        return id;
    }

    /** "Confirm still correct": sets last verified; refused when the service changed since it was loaded. */
    @Transactional
    public void confirmStillCorrect(Long serviceId, long version) {
        Service s = serviceId == null ? null : em.find(Service.class, serviceId);
        if (s == null) throw InvalidInput.of("That service does not exist.");
        caller.requireMayActFor(s.getOrganisationId());
        if (s.getVersion() != version) throw InvalidInput.of(EditConflict.MESSAGE);
        Organisation org = organisation(s.getOrganisationId());
        s.verified(clock.instant());
        em.flush();
        audit.record("service.verified", target(s), onBehalfOf(org), "confirmed still correct");
        indexEvents.changed(TARGET_TYPE, String.valueOf(s.getId()));
        LOG.info(() -> "event=service.verified service=" + serviceId + " proxy=" + proxy(org));
    }

    private static void apply(ServiceForm form, Set<TaxonomyTerm> terms, Service s) {
        s.setName(form.getName());
        s.setDescription(form.getDescription());
        s.setEligibility(form.getEligibility());
        s.setHowToRefer(form.getHowToRefer());
        s.setCostText(form.getCostText());
        s.setFree(form.isFree());
        s.setAges(form.min(), form.max());
        s.setLanguages(form.getLanguages());
        s.setOpeningTimes(form.getOpeningTimes());
        s.setSendRelevant(form.isSendRelevant());
        s.setStatus(form.getStatus());
        List<ServiceForm.Place> places = form.filledPlaces();
        List<ServiceLocation> existing = List.copyOf(s.getLocations());
        for (int i = 0; i < Math.max(places.size(), existing.size()); i++) {
            if (i >= places.size()) {
                s.removeLocation(existing.get(i));
                continue;
            }
            ServiceForm.Place p = places.get(i);
            ServiceLocation l = i < existing.size() ? existing.get(i) : new ServiceLocation(p.getAddress(), p.getPostcode());
            l.setAddress(p.getAddress());
            l.setPostcode(p.getPostcode());
            l.placeAt(p.lat(), p.lng());
            if (i >= existing.size()) s.addLocation(l);
            l.setSortOrder(i);
        }
        s.tagExactly(terms);
    }

    /** The chosen terms; a term must exist and be offered, unless the service already carries it (kept when retired). */
    private Set<TaxonomyTerm> resolve(Set<Long> ids, Service current, Map<String, String> errors) {
        Set<TaxonomyTerm> out = new LinkedHashSet<>();
        for (Long id : ids) {
            TaxonomyTerm t = em.find(TaxonomyTerm.class, id);
            if (t == null) {
                errors.putIfAbsent("terms", "Please choose terms from the lists shown: one of those chosen does not exist.");
            } else if (!t.isOffered() && (current == null || !current.getTerms().contains(t))) {
                errors.putIfAbsent("terms", "“" + t.getLabel() + "” is no longer offered. Please choose another term.");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private Organisation organisation(Long id) {
        Organisation org = id == null ? null : em.find(Organisation.class, id);
        if (org == null) throw InvalidInput.of("That organisation does not exist.");
        return org;
    }

    private boolean proxy(Organisation org) { return !caller.adminsOrganisation(org.getId()); }

    private String onBehalfOf(Organisation org) { return proxy(org) ? org.getName() : null; }

    static AuditLog.Target target(Service s) {
        return new AuditLog.Target(TARGET_TYPE, s.getId(), s.getName());
    }
}
