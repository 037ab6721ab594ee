package org.acorn.platform.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.Tokens;
import org.acorn.platform.web.Theme;

/**
 * The emails about a person's own account. Plain text only: nothing a person typed is ever rendered as
 * HTML in a mail. Each is queued in the caller's transaction, so it goes exactly when the change commits.
 */
@ApplicationScoped
public class AccountMail {

    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject Theme theme;

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmAddress(Account account, String token, Duration life) {
        String link = settings.baseUrl() + "/account/verify.xhtml?token=" + token;
        send("verify", account, "Confirm your email address for " + site(),
                "Hello " + account.getDisplayName() + ",\n\n"
                + "Please confirm that this is your email address by opening this link:\n\n"
                + link + "\n\n"
                + "The link works once and for " + describe(life) + ". After that you can sign in.\n\n"
                + "If you did not create an account on " + site() + ", ignore this email: nothing happens"
                + " unless the link is opened.\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void alreadyRegistered(Account account) {
        send("exists", account, "You already have an account with " + site(),
                "Hello " + account.getDisplayName() + ",\n\n"
                + "Someone (probably you) tried to create a new account on " + site() + " with this email address."
                + " You already have an account, so no new one was made.\n\n"
                + "Sign in here: " + settings.baseUrl() + "/account/login.xhtml\n\n"
                + "If you have forgotten your password, reset it here: " + settings.baseUrl() + "/account/forgot.xhtml\n\n"
                + "If you never confirmed your email address, ask for a new confirmation link here: "
                + settings.baseUrl() + "/account/verify.xhtml\n\n"
                + "If this was not you, you can ignore this email: your account has not been changed.\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resetLink(Account account, String token, Duration life) {
        String link = settings.baseUrl() + "/account/reset.xhtml?token=" + token;
        send("reset", account, "Reset your password for " + site(),
                "Hello " + account.getDisplayName() + ",\n\n"
                + "We were asked to reset the password of your account on " + site() + ". To choose a new password,"
                + " open this link:\n\n"
                + link + "\n\n"
                + "The link works once and for " + describe(life) + ".\n\n"
                + "If you did not ask for this, ignore this email: your password stays as it is.\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void passwordChanged(Account account) {
        send("changed", account, "Your password for " + site() + " was changed",
                "Hello " + account.getDisplayName() + ",\n\n"
                + "The password of your account on " + site() + " has just been changed, and any other browsers"
                + " signed in to your account have been signed out.\n\n"
                + "If this was you, there is nothing more to do.\n\n"
                + "If this wasn't you, reset your password straight away here: " + settings.baseUrl()
                + "/account/forgot.xhtml\n"
                + "and tell the network's co-ordinator.\n");
    }

    private void send(String kind, Account account, String subject, String text) {
        // every message is a new one: a random key, so the outbox never mistakes it for a repeat
        mailer.queue(new MailMessage("account-" + kind + "-" + account.getId() + "-" + Tokens.newPublicId(),
                account.getEmail(), subject, text, null));
    }

    private String site() {
        return theme.getName();
    }

    static String describe(Duration life) {
        long minutes = life.toMinutes();
        if (minutes % (60 * 24) == 0 && minutes >= 60 * 24) return plural(minutes / (60 * 24), "day");
        if (minutes % 60 == 0 && minutes >= 60) return plural(minutes / 60, "hour");
        return plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
