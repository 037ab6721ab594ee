package org.acorn.consortium;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.acorn.platform.account.Account;
import org.acorn.platform.account.Accounts;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.Role;

/**
 * Tells the consortium's current officers, through the outbox, of what a member has sent them to act on: delivery
 * figures to confirm, a dispute to handle. Without it a report waits unseen until an officer happens to open the page.
 * With no officer appointed the co-ordinators are told: they act as officers then ({@link ConsortiumAccess}).
 */
@ApplicationScoped
public class OfficerMail {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject Accounts accounts;

    /**
     * @param key names what happened once (a retry of the same key sends nothing twice); each officer's copy adds
     *            their account id
     * @param path the page the officer acts on, from the site root
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String key, String subject, String text, String path) {
        for (Account officer : officers()) {
            mailer.queue(new MailMessage("consortium-officer-" + key + "-" + officer.getId(), officer.getEmail(), subject,
                    text + "\n\n" + settings.baseUrl() + path + "\n", null));
        }
    }

    private List<Account> officers() {
        List<Account> officers = em.createQuery("select a from Account a, Officer o where o.accountId = a.id and o.endedAt is null",
                Account.class).getResultList().stream().filter(Account::isActive).toList();
        return officers.isEmpty() ? accounts.withRole(Role.COORDINATOR) : officers;
    }
}
