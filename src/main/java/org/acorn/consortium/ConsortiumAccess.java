package org.acorn.consortium;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Who may do what with the consortium, in one place (pages use it as {@code #{consortiumAccess}} only to hide what
 * a person may not use; services call the require* methods). Officers are appointed accounts, plus the network's
 * co-ordinator and site administrator who set the consortium up. Members are the member organisations of the
 * network that belong to the consortium; the public (commissioners included) see only the consortium's own page.
 */
@Named
@RequestScoped
public class ConsortiumAccess {

    @Inject Caller caller;
    @PersistenceContext(unitName = "acorn") EntityManager em;

    private Optional<Consortium> consortium;
    private Boolean officer;
    private Boolean member;

    @Transactional
    public Optional<Consortium> consortium() {
        if (consortium == null) {
            consortium = em.createQuery("select c from Consortium c order by c.id", Consortium.class).setMaxResults(1)
                    .getResultStream().findFirst();
        }
        return consortium;
    }

    /** Appointed officer (current), co-ordinator or site administrator. */
    @Transactional
    public boolean isOfficer() {
        if (officer == null) {
            Long me = caller.account().map(a -> a.getId()).orElse(null);
            officer = me != null && (caller.isCoordinatorOrAdmin() || !em.createQuery(
                    "select o.id from Officer o where o.accountId = :a and o.endedAt is null", Long.class)
                    .setParameter("a", me).getResultList().isEmpty());
        }
        return officer;
    }

    /** The caller's organisation belongs to the consortium. */
    @Transactional
    public boolean isMember() {
        if (member == null) member = isMemberOrganisation(caller.organisationId());
        return member;
    }

    @Transactional
    public boolean isMemberOrganisation(Long organisationId) {
        if (organisationId == null || consortium().isEmpty()) return false;
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null || org.getMembershipStatus() != MembershipStatus.MEMBER) return false;
        if (consortium().get().isAutomaticMembership()) return true;
        return !em.createQuery("select m.id from ConsortiumMember m where m.organisationId = :o", Long.class)
                .setParameter("o", organisationId).getResultList().isEmpty();
    }

    /** Reads opportunities, allocations, disputes and risks: members, officers and network staff. */
    public boolean mayReadMembersArea() {
        return consortium().isPresent() && (isOfficer() || caller.isStaff() || isMember());
    }

    /** Officers; and statutory partner officers when the consortium lets commissioners post. */
    public boolean mayPostOpportunity() {
        if (consortium().isEmpty()) return false;
        return isOfficer() || caller.has(Role.PARTNER_OFFICER) && consortium().get().isCommissionersMayPost();
    }

    /** Acting for the caller's own member organisation: its organisation admin (or any member account of it). */
    public boolean mayActForMember() {
        return isMember() && caller.isSignedIn();
    }

    public void requireMembersArea() {
        caller.require();
        if (!mayReadMembersArea()) throw new AccessDenied("This is for members of the consortium.");
    }

    public void requireOfficer() {
        caller.require();
        if (!isOfficer()) throw new AccessDenied("Only consortium officers can do that.");
    }

    public Consortium requireConsortium() {
        return consortium().orElseThrow(() -> new AccessDenied("No consortium has been set up yet."));
    }

    public Caller caller() { return caller; }
}
