package org.acorn.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.acorn.directory.Organisation;

/**
 * Emails an organisation's admins before a checklist document's review or expiry date, and once when it has passed.
 * Each email is keyed by the item and its date, so two nodes running the pass at once send it once, and a renewed
 * document (a new date) is reminded afresh.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Checklist checklist;
    @Inject ReadinessSettings settings;
    @Inject ReadinessMail mail;

    /** One pass; returns how many emails were queued (organisations, not recipients). */
    @Transactional
    public int run() {
        LocalDate today = checklist.today();
        int warning = settings.warningDays();
        int sent = 0;
        for (ReadinessItem item : em.createQuery("select i from ReadinessItem i where i.expiresOn <= :last", ReadinessItem.class)
                .setParameter("last", today.plusDays(warning)).getResultList()) {
            Organisation org = em.find(Organisation.class, item.getOrganisationId());
            String what = item.getKind().getLabel();
            String link = mail.link("/readiness/index.xhtml?org=" + org.getId());
            if (ExpiryRule.remindNow(item.getExpiresOn(), today, warning, item.getRemindedFor())) {
                mail.sendToOrganisation("readiness-expiring-" + item.getId() + "-" + item.getExpiresOn(), org.getId(),
                        what + " is due for renewal on " + item.getExpiresOn(),
                        org.getName() + "'s " + what.toLowerCase() + " on the contract readiness checklist is due to be reviewed or"
                                + " renewed by " + item.getExpiresOn() + ". Please send the new version before then, so it keeps"
                                + " counting when you bid for work.\n\nYour checklist: " + link);
                // a bulk update: the item's version stays, so a reviewer's open page is not made stale by a reminder
                em.createQuery("update ReadinessItem i set i.remindedFor = :d where i.id = :id")
                        .setParameter("d", item.getExpiresOn()).setParameter("id", item.getId()).executeUpdate();
                sent++;
            } else if (ExpiryRule.expiredNoticeNow(item.getExpiresOn(), today, item.getExpiredNoticeFor())) {
                mail.sendToOrganisation("readiness-expired-" + item.getId() + "-" + item.getExpiresOn(), org.getId(),
                        what + " has expired",
                        org.getName() + "'s " + what.toLowerCase() + " passed its review or renewal date on " + item.getExpiresOn()
                                + ", so it no longer counts towards your readiness. Send the current version to put it right."
                                + "\n\nYour checklist: " + link);
                em.createQuery("update ReadinessItem i set i.expiredNoticeFor = :d where i.id = :id")
                        .setParameter("d", item.getExpiresOn()).setParameter("id", item.getId()).executeUpdate();
                sent++;
            }
        }
        int n = sent;
        if (n > 0) LOG.info(() -> "event=readiness.reminders sent=" + n);
        return sent;
    }
}
