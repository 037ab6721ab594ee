package org.acorn.forum.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import org.acorn.platform.mail.OneClickUnsubscribe;

/** The List-Unsubscribe address of forum emails (one-click POST, or a confirming page for people). */
@WebServlet(Unsubscribe.PATH)
public class UnsubscribeServlet extends OneClickUnsubscribe {
    private static final long serialVersionUID = 1L;

    @Inject transient Unsubscribe unsubscribe;

    @Override protected Optional<String> stop(String token) { return unsubscribe.apply(token); }
    @Override protected String confirmPage() { return "/forum/unsubscribe.xhtml"; }
    @Override protected String choicesPage() { return "/forum/notifications.xhtml"; }
}
