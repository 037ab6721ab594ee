package org.acorn.bulletins.audience;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.acorn.platform.mail.OneClickUnsubscribe;

/** The List-Unsubscribe address of bulletins, update emails and digests (one-click POST, or a confirming page). */
@WebServlet(MailingUnsubscribe.PATH)
public class UnsubscribeServlet extends OneClickUnsubscribe {
    private static final long serialVersionUID = 1L;

    @Inject transient MailingUnsubscribe unsubscribe;

    @Override protected Optional<String> stop(String token) { return unsubscribe.apply(token); }
    @Override protected String confirmPage() { return "/bulletins/unsubscribe.xhtml"; }
    @Override protected String choicesPage() { return "/bulletins/emails.xhtml"; }
}
