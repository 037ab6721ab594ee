package org.acorn.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.acorn.meetings.agenda.AgendaAssembly;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;

/**
 * The meetings feature's emails, all through the outbox: the agenda and the minutes to the distribution list,
 * action reminders to their owners. Each message key names the meeting and what changed, so a resend after
 * a change goes out again while a retry does not.
 */
@ApplicationScoped
public class MeetingMail {

    @Inject Mailer mailer;
    @Inject Settings settings;

    public String meetingLink(Meeting m) { return settings.baseUrl() + "/meetings/meeting.xhtml?id=" + m.getId(); }

    @Transactional(Transactional.TxType.MANDATORY)
    public int agenda(Meeting m, List<AgendaAssembly.Section> agenda, List<Account> to) {
        StringBuilder text = new StringBuilder();
        text.append(m.getTitle()).append('\n').append(m.getWhen()).append('\n');
        if (!m.getWhere().isEmpty()) text.append(m.getWhere()).append('\n');
        if (m.getAccessibility() != null) text.append("Access: ").append(m.getAccessibility()).append('\n');
        for (AgendaAssembly.Section s : agenda) {
            text.append("\n").append(s.heading()).append("\n");
            for (AgendaAssembly.Line l : s.lines()) {
                text.append(l.number()).append(". ").append(l.item().getTitle()).append(" (").append(l.item().getPurpose().label().toLowerCase())
                        .append(l.item().getPresenter() == null ? "" : ", " + l.item().getPresenter())
                        .append(l.item().getMinutesAllowed() == null ? "" : ", " + l.item().getMinutesAllowed() + " min").append(")\n");
            }
        }
        text.append("\nPapers, replies and apologies: ").append(meetingLink(m)).append('\n')
                .append("Can't come? You can send in an item or comment on any item before the meeting at the same address.\n");
        for (Account a : to) {
            mailer.queue(new MailMessage("meeting-agenda-" + m.getId() + "-" + m.getIcalSequence() + "-" + m.getVersion(), a.getEmail(),
                    "Agenda: " + m.getTitle() + ", " + m.getDayLabel(), "Hello " + a.getDisplayName() + ",\n\n" + text, null));
        }
        return to.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int minutes(Meeting m, String stage, int revision, String plainMinutes, List<Account> to) {
        String link = settings.baseUrl() + "/meetings/minutes.xhtml?meeting=" + m.getId();
        String intro = "circulated".equals(stage)
                ? "The draft minutes of " + m.getTitle() + " (" + m.getDayLabel() + ") are circulated for comment. Please comment online (per item or on the whole) before the next meeting, where they are approved."
                : "The minutes of " + m.getTitle() + " (" + m.getDayLabel() + ") have been approved.";
        for (Account a : to) {
            mailer.queue(new MailMessage("meeting-minutes-" + stage + "-" + m.getId() + "-" + revision, a.getEmail(),
                    ("circulated".equals(stage) ? "Draft minutes for comment: " : "Approved minutes: ") + m.getTitle() + ", " + m.getDayLabel(),
                    "Hello " + a.getDisplayName() + ",\n\n" + intro + "\n\n" + plainMinutes + ("circulated".equals(stage) ? "\n\nRead and comment on them online: " : "\n\nRead them online: ") + link + "\n", null));
        }
        return to.size();
    }

    /**
     * Tells people who expected the meeting that it is off; the attached calendar entry (STATUS:CANCELLED, a higher
     * SEQUENCE) takes it out of calendars that imported it (those following a feed update by themselves).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelled(Meeting m, List<Account> to, String ics) {
        for (Account a : to) {
            mailer.queue(new MailMessage("meeting-cancelled-" + m.getId(), a.getEmail(), "Cancelled: " + m.getTitle() + ", " + m.getDayLabel(),
                    "Hello " + a.getDisplayName() + ",\n\n" + m.getTitle() + " on " + m.getWhen() + " is cancelled: " + m.getCancelReason()
                            + "\n\nDetails: " + meetingLink(m) + "\n", null, java.util.Map.of(), ics));
        }
        return to.size();
    }

    /** A new date, time or place, with the updated calendar entry (same UID, higher SEQUENCE) attached. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int changed(Meeting m, List<String> what, List<Account> to, String ics) {
        String lines = String.join("\n", what.stream().map(w -> "  " + w).toList());
        for (Account a : to) {
            mailer.queue(new MailMessage("meeting-changed-" + m.getId() + "-" + m.getIcalSequence(), a.getEmail(),
                    "Changed: " + m.getTitle() + ", now " + m.getDayLabel(),
                    "Hello " + a.getDisplayName() + ",\n\n" + m.getTitle() + " has changed:\n\n" + lines + "\n\nIt is now on " + m.getWhen()
                            + (m.getWhere().isEmpty() ? "" : ", " + m.getWhere()) + ".\nThe attached calendar entry updates the one in your calendar."
                            + "\n\nDetails, agenda and replies: " + meetingLink(m) + "\n", null, java.util.Map.of(), ics));
        }
        return to.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void actionReminder(String to, String name, String action, String meeting, java.time.LocalDate due, boolean overdue, String key) {
        mailer.queue(new MailMessage(key, to, (overdue ? "Overdue action: " : "Action due soon: ") + shorten(action),
                "Hello " + name + ",\n\nAn action from " + meeting + " is " + (overdue ? "overdue" : "due") + " (" + due + "):\n\n  "
                        + action + "\n\nPlease add an update, or mark it done: " + settings.baseUrl() + "/meetings/actions.xhtml?mine=true\n", null));
    }

    private static String shorten(String s) { return s.length() > 80 ? s.substring(0, 77) + "…" : s; }
}
