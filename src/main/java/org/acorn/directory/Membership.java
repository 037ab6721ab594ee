package org.acorn.directory;

import org.acorn.directory.search.ListingDocuments;
import org.acorn.search.IndexEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.acorn.platform.security.Throttle;
import org.acorn.platform.security.Tokens;

/**
 * Joining the network: an organisation applies, proves its email address, and a co-ordinator approves
 * (creating the organisation and making the applicant its admin) or declines with a reason.
 */
@ApplicationScoped
public class Membership {

    private static final Logger LOG = Logger.getLogger(Membership.class.getName());
    static final String THROTTLE_ACTION = "join";
    public static final int REASON_MAX = 1000;

    /** What became of an emailed verification link. */
    public enum Verified { NEW_ACCOUNT, EXISTING_ACCOUNT, EXPIRED, INVALID }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Network network;
    @Inject Organisations organisations;
    @Inject Accounts accounts;
    @Inject Throttle throttle;
    @Inject Mailer mailer;
    @Inject AuditLog audit;
    @Inject Settings settings;
    @Inject Clock clock;
    @Inject IndexEvents indexEvents;

    /**
     * Stores the application (waiting for the email to be proved) and mails the link. Refuses with
     * messages by field, saving nothing, when the form is wrong or the name or charity number is taken.
     */
    @Transactional
    public void apply(JoinForm form, String clientAddress) {
        if (throttle.exceeded(THROTTLE_ACTION, "address", clientAddress)) {
            LOG.info(() -> "event=join.throttled");
            throw InvalidInput.of("Too many applications have been sent from here recently. Please try again in"
                    + " 15 minutes, or contact the co-ordinator.");
        }
        boolean hasDistricts = network.getHasDistricts();
        Map<String, String> errors = form.normaliseAndCheck(hasDistricts);
        Instant now = clock.instant();
        if (!errors.containsKey("name") && (organisations.nameTaken(form.getOrganisationName(), null)
                || openApplicationWithName(form.getOrganisationName(), now))) {
            errors.put("name", "An organisation with this name is already a member or has already applied."
                    + " If that is you, contact the co-ordinator.");
        }
        if (!errors.containsKey("charityNumber") && form.getCharityNumber() != null
                && (organisations.charityNumberTaken(form.getCharityNumber(), null)
                || openApplicationWithCharity(form.getCharityNumber(), now))) {
            errors.put("charityNumber", "An organisation with this charity number is already a member or has already"
                    + " applied. If that is you, contact the co-ordinator.");
        }
        List<District> districts = network.districts(form.chosenDistricts());
        if (!errors.containsKey("districts") && districts.size() != form.chosenDistricts().size()) {
            errors.put("districts", "Please choose districts from the list.");
        }
        if (!errors.isEmpty()) {
            form.forgetPasswords();
            throw new InvalidInput(errors);
        }

        MembershipApplication app = new MembershipApplication(form.getOrganisationName(), form.getType(),
                form.getContactName(), form.getEmail(), now);
        app.setCharityNumber(form.getCharityNumber());
        app.setCompanyNumber(form.getCompanyNumber());
        app.setCountyWide(form.isCountyWide());
        app.setDistrictIdList(districts.stream().map(District::getId).toList());
        app.setPasswordHash(PasswordHasher.hash(form.getPassword().toCharArray()));
        form.forgetPasswords();
        String token = Tokens.newToken();
        app.setToken(Tokens.hash(token), now.plus(settings.verifyTokenLife()));
        em.persist(app);
        em.flush();
        throttle.count(THROTTLE_ACTION, "address", clientAddress);

        String link = settings.baseUrl() + "/join/verify.xhtml?token=" + token;
        String networkName = network.getProfile().getName();
        mailer.queue(new MailMessage("join-verify-" + app.getId(), app.getEmail(),
                "Confirm your email to apply to " + networkName,
                "Hello " + app.getContactName() + ",\n\n"
                        + "Thank you for applying for " + app.getOrganisationName() + " to join " + networkName + ".\n\n"
                        + "Please confirm your email address by opening this link:\n" + link + "\n\n"
                        + "The link works once and expires in " + settings.verifyTokenLife().toHours() + " hours.\n"
                        + "If you did not apply, ignore this email and nothing will happen.\n",
                null));
        LOG.info(() -> "event=join.applied application=" + app.getId());
    }

    /**
     * Spends an emailed link: the address is proved, so the account is created from the application's
     * password hash, or an existing account with that address is linked; the application then waits for
     * a co-ordinator.
     */
    @Transactional
    public Verified verify(String token) {
        if (!Tokens.looksValid(token)) return Verified.INVALID;
        MembershipApplication app = em.createQuery("select a from MembershipApplication a where a.tokenHash = :h",
                        MembershipApplication.class)
                .setParameter("h", Tokens.hash(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (app == null || app.getStatus() != MembershipApplication.Status.AWAITING_EMAIL) return Verified.INVALID;
        Instant now = clock.instant();
        if (!now.isBefore(app.getTokenExpiresAt())) return Verified.EXPIRED;

        Account existing = accounts.byEmail(app.getEmail()).orElse(null);
        Account account = existing;
        if (account == null) {
            account = new Account(app.getEmail(), app.getContactName(), now);
            account.setPasswordHash(app.getPasswordHash());
            account.markEmailVerified(now);
            em.persist(account);
            em.flush();
        } else {
            account.markEmailVerified(now); // the link proved the address
        }
        app.emailVerified(now, account.getId());
        Long id = app.getId();
        LOG.info(() -> "event=join.verified application=" + id);
        return existing == null ? Verified.NEW_ACCOUNT : Verified.EXISTING_ACCOUNT;
    }

    /** Applications waiting for a decision, oldest first. Network staff only. */
    @Transactional
    public List<MembershipApplication> pending() {
        caller.requireStaff();
        return em.createQuery("select a from MembershipApplication a where a.status = :s order by a.createdAt, a.id",
                MembershipApplication.class).setParameter("s", MembershipApplication.Status.PENDING).getResultList();
    }

    /**
     * Approves: creates the organisation, makes the applicant its admin, tells them. The application is
     * locked and its status and version checked here, so two co-ordinators (or a stale page) cannot make
     * two organisations.
     */
    @Transactional
    public Organisation approve(Long applicationId, long seenVersion) {
        Account decider = requireDecider();
        MembershipApplication app = lockPending(applicationId, seenVersion);
        Instant now = clock.instant();
        if (organisations.nameTaken(app.getOrganisationName(), null)) {
            throw InvalidInput.of("An organisation called \"" + app.getOrganisationName() + "\" is already a member."
                    + " Decline this application with a reason, or rename the existing member first.");
        }
        Account account = app.getAccountId() != null ? em.find(Account.class, app.getAccountId())
                : accounts.byEmail(app.getEmail()).orElse(null);
        if (account != null && account.getOrganisationId() != null) {
            throw InvalidInput.of("The applicant's account (" + app.getEmail() + ") already belongs to another member"
                    + " organisation. An account can belong to one organisation only: ask the applicant to use"
                    + " another email address, or to leave that organisation first.");
        }
        boolean newAccount = account == null;
        if (newAccount) {
            // the address was proved when the application was confirmed; the password is set with a reset link
            account = new Account(app.getEmail(), app.getContactName(), now);
            account.markEmailVerified(app.getEmailVerifiedAt() == null ? now : app.getEmailVerifiedAt());
            em.persist(account);
        }

        Organisation org = new Organisation(app.getOrganisationName(), app.getType(), now);
        org.setCharityNumber(app.getCharityNumber());
        org.setCompanyNumber(app.getCompanyNumber());
        org.setCountyWide(app.isCountyWide());
        org.setDistricts(new HashSet<>(network.districts(app.districtIdList())));
        org.setContactName(app.getContactName());
        org.setContactEmail(app.getEmail());
        org.setContactPreference(ContactPreference.EMAIL);
        org.setMembershipStatus(MembershipStatus.MEMBER);
        org.setJoinedAt(now);
        org.setLastVerifiedAt(now);
        em.persist(org);
        em.flush();

        account.setOrganisationId(org.getId());
        account.grant(Role.MEMBER);
        account.grant(Role.ORG_ADMIN);
        app.approve(decider.getId(), now, org.getId());
        em.flush(); // a concurrent decision fails here, before any mail is queued

        indexEvents.changed(ListingDocuments.ORGANISATION, org.getId().toString());
        audit.record("membership.approved", new AuditLog.Target("organisation", org.getId(), org.getName()),
                "application " + app.getId() + "; admin account " + account.getId());
        String networkName = network.getProfile().getName();
        String signIn = settings.baseUrl() + "/account/login.xhtml";
        mailer.queue(new MailMessage("membership-approved-" + app.getId(), app.getEmail(),
                "Welcome to " + networkName + ": " + org.getName() + " is now a member",
                "Hello " + app.getContactName() + ",\n\n"
                        + "Good news: " + org.getName() + " is now a member of " + networkName + ".\n\n"
                        + (newAccount
                        ? "To sign in, set your password with \"Forgotten your password?\" on the sign-in page:\n"
                        : "Sign in with your email address and password:\n")
                        + signIn + "\n\n"
                        + "Under \"Our organisation\" you can check your details and invite colleagues.\n",
                null));
        Long orgId = org.getId();
        LOG.info(() -> "event=membership.approved application=" + applicationId + " organisation=" + orgId);
        return org;
    }

    /** Declines with a reason, which the applicant is sent. */
    @Transactional
    public void decline(Long applicationId, long seenVersion, String reason) {
        Account decider = requireDecider();
        String why = OrganisationChecks.clean(reason);
        if (why == null) throw new InvalidInput("reason", "Please give a reason: the applicant will be sent it.");
        if (why.length() > REASON_MAX) {
            throw new InvalidInput("reason", "Please use at most 1,000 characters for the reason.");
        }
        MembershipApplication app = lockPending(applicationId, seenVersion);
        app.decline(decider.getId(), clock.instant(), why);
        em.flush();
        audit.record("membership.declined", new AuditLog.Target("membership_application", app.getId(),
                app.getOrganisationName()), why);
        String networkName = network.getProfile().getName();
        mailer.queue(new MailMessage("membership-declined-" + app.getId(), app.getEmail(),
                "Your application to join " + networkName,
                "Hello " + app.getContactName() + ",\n\n"
                        + "Thank you for applying for " + app.getOrganisationName() + " to join " + networkName + ".\n"
                        + "We are sorry, but we cannot accept the application at the moment. The co-ordinator's reason:\n\n"
                        + why + "\n\n"
                        + "If you have questions, reply to " + contactEmail() + ".\n",
                null));
        LOG.info(() -> "event=membership.declined application=" + applicationId);
    }

    private Account requireDecider() {
        Account a = caller.require();
        if (!caller.isCoordinatorOrAdmin()) {
            throw new AccessDenied("Only a co-ordinator or site administrator can approve or decline applications.");
        }
        return a;
    }

    private MembershipApplication lockPending(Long applicationId, long seenVersion) {
        MembershipApplication app = applicationId == null ? null
                : em.find(MembershipApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (app == null) throw InvalidInput.of("That application no longer exists.");
        if (app.getStatus() != MembershipApplication.Status.PENDING) {
            throw InvalidInput.of("The application from " + app.getOrganisationName() + " has already been "
                    + (app.getStatus() == MembershipApplication.Status.APPROVED ? "approved" : "decided")
                    + ", perhaps by another co-ordinator. Nothing was changed.");
        }
        if (app.getVersion() != seenVersion) throw InvalidInput.of(EditConflict.MESSAGE);
        return app;
    }

    private boolean openApplicationWithName(String name, Instant now) {
        return !em.createQuery("select a.id from MembershipApplication a where a.nameKey = :k and (a.status = :p"
                        + " or (a.status = :w and a.tokenExpiresAt > :now))", Long.class)
                .setParameter("k", Organisation.nameKey(name)).setParameter("p", MembershipApplication.Status.PENDING)
                .setParameter("w", MembershipApplication.Status.AWAITING_EMAIL).setParameter("now", now)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private boolean openApplicationWithCharity(String charityNumber, Instant now) {
        return !em.createQuery("select a.id from MembershipApplication a where a.charityNumber = :c and (a.status = :p"
                        + " or (a.status = :w and a.tokenExpiresAt > :now))", Long.class)
                .setParameter("c", charityNumber).setParameter("p", MembershipApplication.Status.PENDING)
                .setParameter("w", MembershipApplication.Status.AWAITING_EMAIL).setParameter("now", now)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private String contactEmail() {
        String e = network.getProfile().getContactEmail();
        return e == null ? "the network co-ordinator" : e;
    }
}
