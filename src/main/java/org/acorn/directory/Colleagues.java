package org.acorn.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.acorn.network.Network;
import org.acorn.platform.account.Account;
import org.acorn.platform.account.Accounts;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.PasswordHasher;
import org.acorn.platform.security.Role;
import org.acorn.platform.security.Tokens;

/**
 * The people of a member organisation: its admin invites colleagues by email, withdraws invitations and
 * removes people who have left; network staff may do the same on the organisation's behalf.
 */
@ApplicationScoped
public class Colleagues {

    private static final Logger LOG = Logger.getLogger(Colleagues.class.getName());

    /** What an invitation link leads to. */
    public enum LinkState { OPEN, USED, EXPIRED, WITHDRAWN, INVALID }

    /** An invitation as its link shows it: the organisation, the address, and whether an account has it. */
    public record InvitationView(LinkState state, String organisationName, String email, boolean accountExists) {
        static InvitationView of(LinkState state) { return new InvitationView(state, null, null, false); }
    }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Accounts accounts;
    @Inject Network network;
    @Inject AuditLog audit;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject Clock clock;

    @Transactional
    public List<Account> of(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return accounts.ofOrganisation(organisationId);
    }

    @Transactional
    public List<Invitation> openInvitations(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return em.createQuery("select i from Invitation i where i.organisationId = :o and i.acceptedAt is null"
                        + " and i.revokedAt is null and i.expiresAt > :now order by i.createdAt", Invitation.class)
                .setParameter("o", organisationId).setParameter("now", clock.instant()).getResultList();
    }

    /** Emails a colleague a link to join the organisation. */
    @Transactional
    public void invite(Long organisationId, String rawEmail) {
        caller.requireMayActFor(organisationId);
        Organisation org = organisation(organisationId);
        String email = OrganisationChecks.normaliseEmail(rawEmail);
        String problem = OrganisationChecks.email(email, true);
        if (problem != null) throw new InvalidInput("email", problem);
        Account existing = accounts.byEmail(email).orElse(null);
        if (existing != null && organisationId.equals(existing.getOrganisationId())) {
            throw new InvalidInput("email", "That person is already one of your colleagues here.");
        }
        boolean alreadyInvited = openInvitations(organisationId).stream().anyMatch(i -> i.getEmail().equals(email));
        if (alreadyInvited) {
            throw new InvalidInput("email", "That address already has an invitation waiting. Withdraw it first to send a new one.");
        }
        Instant now = clock.instant();
        String token = Tokens.newToken();
        Invitation invitation = new Invitation(organisationId, email, Tokens.hash(token), caller.require().getId(), now,
                now.plus(settings.inviteTokenLife()));
        em.persist(invitation);
        em.flush();
        audit.record("colleague.invited", target(org), onBehalfOf(org), "invited " + email);
        String link = settings.baseUrl() + "/account/invitation.xhtml?token=" + token;
        String networkName = network.getProfile().getName();
        mailer.queue(new MailMessage("invitation-" + invitation.getId(), email,
                "You are invited to join " + org.getName() + " on " + networkName,
                "Hello,\n\n" + caller.getDisplayName() + " has invited you to join " + org.getName() + " on the "
                        + networkName + " portal, where member organisations read bulletins, book training and keep"
                        + " their details up to date.\n\n"
                        + "To accept, open this link:\n" + link + "\n\n"
                        + "The link works once and expires in " + settings.inviteTokenLife().toDays() + " days."
                        + " If you were not expecting this, ignore this email.\n",
                null));
        LOG.info(() -> "event=colleague.invited organisation=" + organisationId + " invitation=" + invitation.getId());
    }

    @Transactional
    public void withdraw(Long organisationId, Long invitationId) {
        caller.requireMayActFor(organisationId);
        Organisation org = organisation(organisationId);
        Invitation invitation = invitationId == null ? null : em.find(Invitation.class, invitationId);
        if (invitation == null || !organisationId.equals(invitation.getOrganisationId())) {
            throw InvalidInput.of("That invitation no longer exists.");
        }
        if (!invitation.isOpenAt(clock.instant())) throw InvalidInput.of("That invitation has already been used or withdrawn.");
        invitation.revoke(clock.instant());
        audit.record("colleague.invitation.withdrawn", target(org), onBehalfOf(org), "withdrew invitation to "
                + invitation.getEmail());
        LOG.info(() -> "event=colleague.invitation.withdrawn organisation=" + organisationId + " invitation=" + invitationId);
    }

    /** Takes a person out of the organisation: no longer a member or admin of it. Their account stays. */
    @Transactional
    public void remove(Long organisationId, Long accountId) {
        Account actor = caller.requireMayActFor(organisationId);
        Organisation org = organisation(organisationId);
        Account colleague = accountId == null ? null : em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (colleague == null || !organisationId.equals(colleague.getOrganisationId())) {
            throw InvalidInput.of("That person is no longer part of this organisation.");
        }
        if (colleague.getId().equals(actor.getId()) && colleague.hasRole(Role.ORG_ADMIN)) {
            long otherAdmins = accounts.ofOrganisation(organisationId).stream()
                    .filter(a -> a.hasRole(Role.ORG_ADMIN) && !a.getId().equals(actor.getId())).count();
            if (otherAdmins == 0) {
                throw InvalidInput.of("You are the only organisation admin, so you cannot remove yourself. Make a"
                        + " colleague an admin first, or ask the co-ordinator.");
            }
        }
        colleague.setOrganisationId(null);
        colleague.revoke(Role.MEMBER);
        colleague.revoke(Role.ORG_ADMIN);
        audit.record("colleague.removed", target(org), onBehalfOf(org),
                "removed " + colleague.getDisplayName() + " <" + colleague.getEmail() + ">");
        LOG.info(() -> "event=colleague.removed organisation=" + organisationId + " account=" + accountId);
    }

    /** What a link leads to; anyone holding the link may ask. */
    @Transactional
    public InvitationView look(String token) {
        Invitation invitation = find(token, false);
        if (invitation == null) return InvitationView.of(LinkState.INVALID);
        LinkState state = stateOf(invitation);
        if (state != LinkState.OPEN) return InvitationView.of(state);
        Organisation org = em.find(Organisation.class, invitation.getOrganisationId());
        return new InvitationView(LinkState.OPEN, org.getName(), invitation.getEmail(),
                accounts.byEmail(invitation.getEmail()).isPresent());
    }

    /** Accepts for someone without an account: creates it (the link proves the address) in the organisation. */
    @Transactional
    public Account acceptAsNewAccount(String token, String rawName, String password, String confirm) {
        Invitation invitation = openOrRefuse(token);
        String name = OrganisationChecks.clean(rawName);
        Map<String, String> errors = new LinkedHashMap<>();
        OrganisationForm.put(errors, "displayName", name == null ? "Please give your name."
                : OrganisationChecks.personName(name, true));
        OrganisationForm.put(errors, "password", OrganisationChecks.password(password, confirm));
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        if (accounts.byEmail(invitation.getEmail()).isPresent()) {
            throw InvalidInput.of("An account with this email address already exists. Please sign in to accept.");
        }
        Instant now = clock.instant();
        Account account = new Account(invitation.getEmail(), name, now);
        account.setPasswordHash(PasswordHasher.hash(password.toCharArray()));
        account.markEmailVerified(now);
        account.setOrganisationId(invitation.getOrganisationId());
        account.grant(Role.MEMBER);
        em.persist(account);
        invitation.accept(now);
        em.flush();
        Organisation org = em.find(Organisation.class, invitation.getOrganisationId());
        audit.record("colleague.joined", target(org), "account " + account.getId() + " accepted invitation "
                + invitation.getId());
        LOG.info(() -> "event=colleague.joined invitation=" + invitation.getId() + " account=" + account.getId());
        return account;
    }

    /** Accepts for the signed-in account, which must be the one invited and belong to no other organisation. */
    @Transactional
    public String acceptAsSignedIn(String token) {
        Account me = caller.require();
        Invitation invitation = openOrRefuse(token);
        if (!invitation.getEmail().equals(me.getEmail())) {
            throw new AccessDenied("This invitation was sent to a different email address. Sign out, then sign in"
                    + " with the address the invitation was sent to.");
        }
        Organisation org = em.find(Organisation.class, invitation.getOrganisationId());
        if (me.getOrganisationId() != null && !me.getOrganisationId().equals(org.getId())) {
            throw InvalidInput.of("Your account already belongs to another member organisation. An account can belong"
                    + " to one organisation only: ask that organisation's admin to remove you first.");
        }
        Instant now = clock.instant();
        me.setOrganisationId(org.getId());
        me.grant(Role.MEMBER);
        invitation.accept(now);
        audit.record("colleague.joined", target(org), "account " + me.getId() + " accepted invitation "
                + invitation.getId());
        LOG.info(() -> "event=colleague.joined invitation=" + invitation.getId() + " account=" + me.getId());
        return org.getName();
    }

    private Invitation openOrRefuse(String token) {
        Invitation invitation = find(token, true);
        LinkState state = invitation == null ? LinkState.INVALID : stateOf(invitation);
        if (state != LinkState.OPEN) throw InvalidInput.of(linkMessage(state));
        return invitation;
    }

    /** The sentence shown for a link that cannot be used. */
    public static String linkMessage(LinkState state) {
        return switch (state) {
            case USED -> "This invitation has already been used. If that was you, sign in.";
            case EXPIRED -> "This invitation has expired. Please ask your organisation's admin to invite you again.";
            case WITHDRAWN -> "This invitation was withdrawn by the organisation. Please ask its admin if you think that"
                    + " is a mistake.";
            case INVALID -> "This invitation link is not valid. Check that you copied the whole link from the email.";
            case OPEN -> "";
        };
    }

    private LinkState stateOf(Invitation i) {
        if (i.getAcceptedAt() != null) return LinkState.USED;
        if (i.getRevokedAt() != null) return LinkState.WITHDRAWN;
        if (!clock.instant().isBefore(i.getExpiresAt())) return LinkState.EXPIRED;
        return LinkState.OPEN;
    }

    private Invitation find(String token, boolean lock) {
        if (!Tokens.looksValid(token)) return null;
        var query = em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", Tokens.hash(token));
        if (lock) query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        return query.getResultStream().findFirst().orElse(null);
    }

    private Organisation organisation(Long id) {
        Organisation org = id == null ? null : em.find(Organisation.class, id);
        if (org == null) throw InvalidInput.of("That organisation does not exist.");
        return org;
    }

    private String onBehalfOf(Organisation org) {
        return caller.adminsOrganisation(org.getId()) ? null : org.getName();
    }

    private static AuditLog.Target target(Organisation org) {
        return new AuditLog.Target("organisation", org.getId(), org.getName());
    }
}
