package org.acorn.directory.currency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.acorn.directory.Freshness;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.web.Theme;

/**
 * The email asking an organisation to check its listing. Plain text: names typed by organisations are never
 * rendered as HTML in mail. The message key names the organisation, cycle and reminder, so however many nodes
 * queue it, each admin gets it once.
 */
@ApplicationScoped
public class ReminderMail {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject Theme theme;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Listing listing, ListingCheck check, int reminder, String token, Instant expires,
                      List<String> recipients, Instant now) {
        String subject = (reminder > 1 ? "Reminder: please" : "Please") + " check your listing on " + theme.getName()
                + ": " + listing.organisationName();
        String text = text(listing, token, expires, Freshness.from(settings), now);
        for (String to : recipients) {
            mailer.queue(new MailMessage("listing-reminder-" + listing.organisationId() + "-" + check.getCycleNo()
                    + "-" + reminder, to, subject, text, null));
        }
    }

    String text(Listing listing, String token, Instant expires, Freshness freshness, Instant now) {
        String base = settings.baseUrl();
        StringBuilder out = new StringBuilder();
        out.append("Hello,\n\n")
                .append("Families and professionals find ").append(listing.organisationName()).append(" in the ")
                .append(theme.getName()).append(" directory. Please check that what it says is still right:\n\n")
                .append("- Organisation details: ").append(last(listing.profileVerified())).append('\n');
        for (Listing.Item s : listing.services()) {
            out.append("- Service \"").append(s.name()).append("\": ").append(last(s.lastVerified())).append('\n');
        }
        out.append("\nIf it is all still correct, open this link and press \"Yes, it is all still correct\"")
                .append(" (one click, no sign-in needed):\n\n")
                .append(base).append("/listing/confirm.xhtml?token=").append(token).append("\n\n")
                .append("The link works once, until ").append(DAY.format(expires)).append(".\n\n")
                .append("If something has changed, sign in and update it:\n")
                .append("  Organisation details: ").append(base).append("/organisation/details.xhtml\n")
                .append("  Services: ").append(base).append("/organisation/services.xhtml\n\n")
                .append("Listings not checked for ").append(freshness.flagAfterMonths())
                .append(" months are shown as \"not verified recently\" in the directory.\n\n")
                .append("If you would rather tell us by phone or post, reply to your co-ordinator and we will update it")
                .append(" for you.\n");
        return out.toString();
    }

    private static String last(Instant verified) {
        return verified == null ? "never checked" : "last checked " + DAY.format(verified);
    }
}
