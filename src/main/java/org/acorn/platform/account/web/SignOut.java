package org.acorn.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.acorn.platform.account.LoginSessions;
import org.acorn.platform.security.SignedIn;
import org.acorn.platform.web.Faces;

/** The "Sign out" button in the header: ends the login session everywhere and the HTTP session here. */
@Named
@RequestScoped
public class SignOut {

    @Inject SignedIn signedIn;
    @Inject LoginSessions loginSessions;

    public void signOut() {
        if (signedIn.present()) {
            loginSessions.end(signedIn.accountId(), signedIn.loginSessionId());
            signedIn.clear();
        }
        HttpSession session = Faces.request().getSession(false);
        if (session != null) session.invalidate();
        Faces.redirect("/index.xhtml?signedOut=1");
    }
}
