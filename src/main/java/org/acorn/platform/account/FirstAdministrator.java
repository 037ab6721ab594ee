package org.acorn.platform.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.Role;
import org.acorn.platform.security.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new production portal (no demo data) has nobody who can sign in. When ACORN_ADMIN_EMAIL is set and no site
 * administrator exists, this creates one, without a password, and emails a link to choose it (the reset page):
 * no password ever travels in configuration.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final Duration LINK_LIFE = Duration.ofDays(7);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject @ConfigProperty(name = "acorn.admin.email") Optional<String> adminEmail;
    @Inject Settings settings;
    @Inject Mailer mailer;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    void onReady(@Observes @Priority(200) DatabaseReady ready) {
        String email = adminEmail.map(Account::normaliseEmail).filter(e -> e.contains("@")).orElse(null);
        if (email == null) return;
        long admins = em.createQuery("select count(a) from Account a where :r member of a.roles", Long.class)
                .setParameter("r", Role.SITE_ADMIN).getSingleResult();
        if (admins > 0 || Accounts.byEmail(em, email) != null) return;
        Instant now = clock.instant();
        Account admin = new Account(email, "Site administrator", now);
        admin.grant(Role.SITE_ADMIN);
        admin.grant(Role.COORDINATOR);
        em.persist(admin);
        em.flush();
        String token = Tokens.newToken();
        em.persist(new AccountToken(admin.getId(), AccountToken.Purpose.RESET_PASSWORD, Tokens.hash(token), now,
                now.plus(LINK_LIFE)));
        String link = settings.baseUrl() + "/account/reset.xhtml?token=" + token;
        mailer.queue(new MailMessage("first-admin-" + admin.getId(), email, "Set your password for your new portal",
                "Hello,\n\nA site administrator account has been created for you on " + settings.baseUrl()
                        + ".\nChoose your password here (the link works once, for 7 days):\n\n" + link + "\n", null));
        audit.record("account.bootstrap", new AuditLog.Target("account", admin.getId(), email), "first site administrator");
        LOG.info(() -> "event=admin.bootstrapped account=" + admin.getId());
    }
}
