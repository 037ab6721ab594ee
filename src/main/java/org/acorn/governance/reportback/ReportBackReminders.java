package org.acorn.governance.reportback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.SeatTerm;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;

/**
 * Meetings that nobody has reported back from within {@code acorn.governance.reportback.due.days}, and the
 * reminder to the body's representatives: once per meeting and person (the outbox key), however many nodes
 * run the pass. Meetings more than 90 days old are no longer chased.
 */
@ApplicationScoped
public class ReportBackReminders {

    static final int CHASED_DAYS = 90;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject GovernanceSettings governance;
    @Inject Settings settings;
    @Inject Mailer mailer;
    @Inject Clock clock;

    /** An overdue meeting and the representatives who sat on the body then. */
    public record Overdue(BodyMeeting meeting, PartnershipBody body, List<String> representatives, LocalDate due) {
        public BodyMeeting getMeeting() { return meeting; }
        public PartnershipBody getBody() { return body; }
        public String getRepresentativesText() { return representatives.isEmpty() ? "no representative" : String.join(", ", representatives); }
        public LocalDate getDue() { return due; }
    }

    LocalDate today() { return LocalDate.now(clock.withZone(GovernanceSettings.ZONE)); }

    @Transactional
    public List<Overdue> overdue() {
        LocalDate today = today();
        List<BodyMeeting> meetings = em.createQuery("select m from BodyMeeting m where m.meetsOn <= :due and m.meetsOn >= :oldest"
                        + " and not exists (select r from ReportBack r where r.meetingId = m.id and r.status = :p)"
                        + " order by m.meetsOn", BodyMeeting.class)
                .setParameter("due", today.minusDays(governance.reportDueDays()))
                .setParameter("oldest", today.minusDays(CHASED_DAYS))
                .setParameter("p", ReportBack.Status.PUBLISHED).getResultList();
        List<Overdue> out = new ArrayList<>();
        for (BodyMeeting m : meetings) {
            List<String> reps = holders(m).stream().map(SeatTerm::getHolderName).toList();
            out.add(new Overdue(m, em.find(PartnershipBody.class, m.getBodyId()), reps,
                    m.getMeetsOn().plusDays(governance.reportDueDays())));
        }
        return out;
    }

    /** Current holders (with an account) of seats on the meeting's body. */
    private List<SeatTerm> holders(BodyMeeting m) {
        return em.createQuery("select t from SeatTerm t, Seat s where t.seatId = s.id and s.bodyId = :b"
                + " and t.currentSlot is not null", SeatTerm.class).setParameter("b", m.getBodyId()).getResultList();
    }

    /** Queues the reminders due now; returns how many people were reminded (repeat runs queue nothing new). */
    @Transactional
    public int remind() {
        int sent = 0;
        for (Overdue o : overdue()) {
            for (SeatTerm t : holders(o.meeting())) {
                if (t.getAccountId() == null) continue;
                Account a = em.find(Account.class, t.getAccountId());
                if (a == null || !a.isActive()) continue;
                mailer.queue(new MailMessage("reportback-due-" + o.meeting().getId(), a.getEmail(),
                        "Please report back: " + o.body().getName() + " on " + o.meeting().getMeetsOn(),
                        "Hello " + a.getDisplayName() + ",\n\n" + o.body().getName() + " met on " + o.meeting().getMeetsOn()
                        + " and no report-back has been published yet. Members rely on it to know what was decided and"
                        + " what is asked of them.\n\nWrite it here: " + settings.baseUrl()
                        + "/representation/report-back-edit.xhtml?body=" + o.body().getId() + "\n", null));
                sent++;
            }
        }
        return sent;
    }
}
