package org.acorn.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.platform.account.SignIn;
import org.acorn.platform.web.AccessFilter;
import org.acorn.platform.web.Faces;

/** Backs /account/login.xhtml. */
@Named
@RequestScoped
public class SignInPage {

    @Inject SignIn signIn;

    private String email;
    private String password;
    private String next;

    public void submit() {
        SignIn.Outcome outcome = signIn.signIn(email, password == null ? new char[0] : password.toCharArray(), Faces.request());
        password = null;
        switch (outcome) {
            case SIGNED_IN -> Faces.redirect(AccessFilter.safeNext(next));
            case THROTTLED -> Faces.error("Too many attempts. For your security, please wait 15 minutes and try again,"
                    + " or reset your password.");
            case UNVERIFIED -> Faces.error("Please confirm your email address first: use the link we emailed you."
                    + " You can ask for a new link below.");
            default -> Faces.error("That email and password do not match an account. Check them and try again.");
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
