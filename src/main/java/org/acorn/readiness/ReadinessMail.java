package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.network.Network;
import org.acorn.platform.account.Account;
import org.acorn.platform.account.Accounts;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.Role;

/** Who readiness mail goes to, and the queueing of it (through the outbox, in the caller's transaction). */
@ApplicationScoped
public class ReadinessMail {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject Network network;
    @Inject Accounts accounts;

    /** The organisation's admins; its contact address when it has none (a group with no one online). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> organisationAddresses(Long organisationId) {
        Set<String> to = new LinkedHashSet<>();
        for (Account a : em.createQuery("select distinct a from Account a join a.roles r where a.organisationId = :o and r = :admin",
                Account.class).setParameter("o", organisationId).setParameter("admin", Role.ORG_ADMIN).getResultList()) {
            if (a.isActive()) to.add(a.getEmail());
        }
        if (to.isEmpty()) {
            Organisation org = em.find(Organisation.class, organisationId);
            if (org != null && org.getContactEmail() != null && !org.getContactEmail().isBlank()) to.add(org.getContactEmail());
        }
        return to;
    }

    /** Development officers (the "small organisations" remit); co-ordinators when the network has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Account> developmentOfficers() {
        List<Account> officers = withRole(Role.DEVELOPMENT_OFFICER);
        return officers.isEmpty() ? withRole(Role.COORDINATOR) : officers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Account> withRole(Role role) {
        return accounts.withRole(role);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String key, String to, String subject, String body) {
        mailer.queue(new MailMessage(key, to, subject, "Hello,\n\n" + body + "\n\n— " + network.getProfile().getName() + "\n", null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sendToOrganisation(String key, Long organisationId, String subject, String body) {
        for (String to : organisationAddresses(organisationId)) send(key, to, subject, body);
    }

    public String link(String path) { return settings.baseUrl() + path; }
}
