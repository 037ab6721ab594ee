package org.acorn.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.directory.Colleagues;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Invitation;
import org.acorn.directory.OrganisationChecks;
import org.acorn.directory.OrganisationService;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Faces;

/**
 * Backs /organisation/colleagues.xhtml: an organisation admin's own organisation, or ?org=ID for staff.
 * The lists are kept for the life of the page, so each button acts on the person it was shown beside.
 */
@Named
@ViewScoped
public class ColleaguesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Colleagues colleagues;
    @Inject OrganisationService organisations;
    @Inject Caller caller;

    private Long org;
    private String organisationName;
    private List<Person> people;
    private List<Invite> invitations;
    private String email;

    /** View action: the organisation asked for (staff) or the caller's own. */
    public void load() {
        if (org == null) {
            org = caller.organisationId();
            if (org == null || !caller.has(Role.ORG_ADMIN)) {
                throw new AccessDenied("Only your organisation's admin can manage colleagues.");
            }
        }
        organisationName = organisations.nameOf(org);
        Long me = caller.require().getId();
        people = colleagues.of(org).stream().map(a -> new Person(a, me)).toList();
        invitations = colleagues.openInvitations(org).stream().map(Invite::new).toList();
    }

    public void invite() {
        try {
            colleagues.invite(org, email);
            Faces.flash("Invitation sent to " + OrganisationChecks.normaliseEmail(email) + ".");
            reload();
        } catch (InvalidInput e) {
            e.showOn("invite");
        }
    }

    public void withdraw(Invite invite) {
        try {
            colleagues.withdraw(org, invite.id);
            Faces.flash("The invitation to " + invite.email + " is withdrawn.");
            reload();
        } catch (InvalidInput e) {
            e.showOn("invitations");
        }
    }

    public void remove(Person person) {
        try {
            colleagues.remove(org, person.id);
            Faces.flash(person.name + " is no longer part of " + organisationName + ".");
            reload();
        } catch (InvalidInput e) {
            e.showOn("people");
        }
    }

    private void reload() {
        boolean own = org.equals(caller.organisationId()) && caller.has(Role.ORG_ADMIN);
        Faces.redirect("/organisation/colleagues.xhtml" + (own ? "" : "?org=" + org));
    }

    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public String getOrganisationName() { return organisationName; }
    public List<Person> getPeople() { return people; }
    public List<Invite> getInvitations() { return invitations; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    /** A colleague as listed. */
    public static class Person implements Serializable {
        private static final long serialVersionUID = 1L;
        final Long id;
        final String name;
        final String email;
        final boolean admin;
        final boolean you;

        Person(Account a, Long me) {
            id = a.getId();
            name = a.getDisplayName();
            email = a.getEmail();
            admin = a.hasRole(Role.ORG_ADMIN);
            you = a.getId().equals(me);
        }

        public String getName() { return name; }
        public String getEmail() { return email; }
        public boolean isAdmin() { return admin; }
        public boolean isYou() { return you; }
    }

    /** An open invitation as listed. */
    public static class Invite implements Serializable {
        private static final long serialVersionUID = 1L;
        final Long id;
        final String email;
        final java.time.Instant expires;

        Invite(Invitation i) {
            id = i.getId();
            email = i.getEmail();
            expires = i.getExpiresAt();
        }

        public String getEmail() { return email; }
        public java.time.Instant getExpires() { return expires; }
    }
}
