package org.acorn.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.acorn.platform.account.Account;

/**
 * Who is making this request, read fresh from the database once per request. Application services ask
 * it before they act; pages use it (as {@code #{caller}}) only to hide what the user may not use.
 */
@Named("caller")
@RequestScoped
public class Caller {

    @Inject SignedIn signedIn;
    @Inject HttpServletRequest request;
    @PersistenceContext(unitName = "acorn") EntityManager em;

    private Account account;
    private boolean loaded;

    public Optional<Account> account() {
        if (!loaded) {
            loaded = true;
            // visitors without a session stay without one: no cookie, nothing held for them
            if (request.getSession(false) != null && signedIn.present()) {
                Account found = em.find(Account.class, signedIn.accountId());
                account = found != null && found.isActive() ? found : null;
            }
        }
        return Optional.ofNullable(account);
    }

    public boolean isSignedIn() { return account().isPresent(); }

    public boolean has(Role role) { return account().map(a -> a.hasRole(role)).orElse(false); }

    /** Co-ordinator, development officer or site administrator. */
    public boolean isStaff() { return account().map(a -> a.getRoles().stream().anyMatch(Role::isStaff)).orElse(false); }

    public boolean isCoordinatorOrAdmin() { return has(Role.COORDINATOR) || has(Role.SITE_ADMIN); }

    /**
     * Reads what is for members (members-only updates, meetings, listings' member fields in search): someone signed in
     * for an organisation, a member, a statutory partner officer, or staff. One rule for every feature.
     */
    public boolean readsAsMember() {
        return isStaff() || isSignedIn() && (organisationId() != null || has(Role.MEMBER) || has(Role.PARTNER_OFFICER));
    }

    /** Organisation admin of that organisation. */
    public boolean adminsOrganisation(Long organisationId) {
        return organisationId != null && has(Role.ORG_ADMIN)
                && organisationId.equals(account().map(Account::getOrganisationId).orElse(null));
    }

    /** May edit the organisation: its own admin, or network staff acting on its behalf. */
    public boolean mayActFor(Long organisationId) { return adminsOrganisation(organisationId) || isStaff(); }

    public Long organisationId() { return account().map(Account::getOrganisationId).orElse(null); }

    public String getDisplayName() { return account().map(Account::getDisplayName).orElse("Visitor"); }

    public Account require() {
        return account().orElseThrow(NotSignedIn::new);
    }

    public Account requireAny(Role... roles) {
        Account a = require();
        for (Role role : roles) {
            if (a.hasRole(role)) return a;
        }
        throw new AccessDenied("You do not have permission to do that.");
    }

    public Account requireStaff() {
        Account a = require();
        if (!isStaff()) throw new AccessDenied("Only network staff can do that.");
        return a;
    }

    public Account requireMayActFor(Long organisationId) {
        Account a = require();
        if (!mayActFor(organisationId)) throw new AccessDenied("You cannot change this organisation.");
        return a;
    }
}
