package org.acorn.directory;

import org.acorn.directory.search.ListingDocuments;
import org.acorn.directory.service.Services;
import org.acorn.search.IndexEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.acorn.network.District;
import org.acorn.network.Network;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Role;
import org.acorn.platform.security.Caller;
import org.acorn.search.IndexEvents;

/**
 * Keeping an organisation's details current: by its own admin, or by network staff on its behalf (proxy
 * entry for groups without good IT), with the before and after in the audit log.
 */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Network network;
    @Inject Organisations organisations;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject IndexEvents indexEvents;
    @Inject Services services;

    private static final int POLICIES_MAX = 2000;

    /** The organisation's details as a form, for someone who may edit them. */
    @Transactional
    public OrganisationForm forEditing(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return OrganisationForm.of(load(organisationId));
    }

    /** The organisation's current name, for someone who may act for it. */
    @Transactional
    public String nameOf(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return load(organisationId).getName();
    }

    /** Staff search by name, at most 50. */
    @Transactional
    public List<Organisation> search(String text) {
        caller.requireStaff();
        return organisations.search(text, 50);
    }

    /**
     * Saves the form. Refuses with messages by field when it is wrong, and with "someone else changed this"
     * when the organisation was saved by someone else since the form was loaded.
     */
    @Transactional
    public void update(Long organisationId, OrganisationForm form) {
        caller.requireMayActFor(organisationId);
        Organisation org = load(organisationId);
        if (org.getVersion() != form.getVersion()) throw InvalidInput.of(EditConflict.MESSAGE);

        Map<String, String> errors = form.normaliseAndCheck(network.getHasDistricts());
        if (!errors.containsKey("name") && organisations.nameTaken(form.getName(), organisationId)) {
            errors.put("name", "Another member organisation already has this name.");
        }
        if (!errors.containsKey("charityNumber") && organisations.charityNumberTaken(form.getCharityNumber(), organisationId)) {
            errors.put("charityNumber", "Another member organisation already has this charity number.");
        }
        List<District> districts = network.districts(form.chosenDistricts());
        if (!errors.containsKey("districts") && districts.size() != form.chosenDistricts().size()) {
            errors.put("districts", "Please choose districts from the list.");
        }
        String policies = form.policiesHeld();
        if (!errors.containsKey("otherPolicies") && policies != null && policies.length() > POLICIES_MAX) {
            errors.put("otherPolicies", "The policies together are too long to store; please shorten the other policies.");
        }
        if (!errors.isEmpty()) throw new InvalidInput(errors);

        Map<String, Object> before = org.auditView();
        org.rename(form.getName());
        org.setType(form.getType());
        org.setCharityNumber(form.getCharityNumber());
        org.setCompanyNumber(form.getCompanyNumber());
        org.setCountyWide(form.isCountyWide());
        org.setDistricts(new HashSet<>(districts));
        org.setIncomeBand(form.getIncomeBand());
        org.setContactName(form.getContactName());
        org.setContactEmail(form.getContactEmail());
        org.setContactPhone(form.getContactPhone());
        org.setPostalAddress(form.getPostalAddress());
        org.setContactPreference(form.getContactPreference());
        org.setWebsite(form.getWebsite());
        org.setDescription(form.getDescription());
        org.setStaff(form.getStaffFullTime(), form.getStaffPartTime(), form.getStaffSessional());
        org.setVolunteers(form.getVolunteers());
        org.setPoliciesHeld(form.policiesHeld());
        org.setAccreditation(form.getAccreditation());
        org.setSafeguardingLead(form.getSafeguardingLead());
        org.setContractReady(form.isContractReady());
        Instant now = clock.instant();
        org.touch(now);
        org.setLastVerifiedAt(now); // someone who may speak for it has just checked its details
        em.flush(); // a concurrent save by someone else fails here (version)

        String onBehalfOf = caller.adminsOrganisation(organisationId) ? null : org.getName();
        audit.record("organisation.updated", new AuditLog.Target("organisation", org.getId(), org.getName()),
                onBehalfOf, AuditLog.changes(before, org.auditView()));
        // its services carry its name, districts and type, so they are indexed again with it
        indexEvents.changed(ListingDocuments.ORGANISATION, organisationId.toString());
        services.ofOrganisation(organisationId).forEach(s -> indexEvents.changed(ListingDocuments.SERVICE, s.getId().toString()));
        LOG.info(() -> "event=organisation.updated organisation=" + organisationId + " proxy=" + (onBehalfOf != null));
    }

    /**
     * "Confirm still correct": someone who may speak for the organisation says its details are current, which
     * sets its last verified date. Refused like a save when someone else changed the details meanwhile.
     */
    @Transactional
    public void confirmStillCorrect(Long organisationId, long version) {
        caller.requireMayActFor(organisationId);
        Organisation org = load(organisationId);
        if (org.getVersion() != version) throw InvalidInput.of(EditConflict.MESSAGE);
        Instant now = clock.instant();
        org.touch(now);
        org.setLastVerifiedAt(now);
        em.flush();
        String onBehalfOf = caller.adminsOrganisation(organisationId) ? null : org.getName();
        audit.record("organisation.verified", new AuditLog.Target("organisation", org.getId(), org.getName()),
                onBehalfOf, "confirmed still correct");
        indexEvents.changed(ListingDocuments.ORGANISATION, organisationId.toString());
        LOG.info(() -> "event=organisation.verified organisation=" + organisationId + " proxy=" + (onBehalfOf != null));
    }

    /** Its membership status, for someone who may act for it. */
    @Transactional
    public MembershipStatus membershipOf(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return load(organisationId).getMembershipStatus();
    }

    /**
     * A co-ordinator accepts an organisation that is only listed (brought in by an Open Referral import) as a
     * member: it joins today, and its profile and services become public.
     */
    @Transactional
    public void admitListed(Long organisationId) {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        Organisation org = load(organisationId);
        if (org.getMembershipStatus() != MembershipStatus.LISTED) {
            throw InvalidInput.of("Only an organisation that is listed but not a member can be accepted here.");
        }
        Instant now = clock.instant();
        org.setMembershipStatus(MembershipStatus.MEMBER);
        org.setJoinedAt(now);
        org.touch(now);
        em.flush();
        audit.record("organisation.admitted", new AuditLog.Target("organisation", org.getId(), org.getName()),
                "membershipStatus: " + MembershipStatus.LISTED + " → " + MembershipStatus.MEMBER);
        indexEvents.changed(ListingDocuments.ORGANISATION, organisationId.toString());
        services.ofOrganisation(organisationId).forEach(s -> indexEvents.changed(ListingDocuments.SERVICE, s.getId().toString()));
        LOG.info(() -> "event=organisation.admitted organisation=" + organisationId);
    }

    /** When the organisation's details were last confirmed, for someone who may edit them. */
    @Transactional
    public Instant lastVerified(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return load(organisationId).getLastVerifiedAt();
    }

    private Organisation load(Long organisationId) {
        Organisation org = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (org == null) throw InvalidInput.of("That organisation does not exist.");
        return org;
    }
}
