package org.acorn.platform.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.platform.account.InputRejected;
import org.acorn.platform.account.Registration;
import org.acorn.platform.config.Settings;
import org.acorn.platform.web.Faces;

/** Backs /account/verify.xhtml: follows a confirmation link, and offers a new link when one will not do. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject Registration registration;
    @Inject Settings settings;

    private String token;
    private Registration.Confirmation result;
    private String email;

    @PostConstruct
    void init() {
        token = Faces.request().getParameter("token");
    }

    /** Runs when the link is opened (not on the resend form's post, which carries no token). */
    public void open() {
        if (token != null && result == null && !FacesContext.getCurrentInstance().isPostback()) {
            result = registration.confirm(token);
        }
    }

    public void resend() {
        try {
            if (registration.resend(email, Faces.request()) == Registration.Outcome.THROTTLED) {
                Faces.error("You have asked for several links in the last few minutes. Please wait "
                        + settings.throttleWindow().toMinutes() + " minutes, and check your spam folder for the earlier emails.");
                return;
            }
            Faces.redirect("/account/check-email.xhtml?about=verify");
        } catch (InputRejected e) {
            e.problems().forEach((field, message) -> Faces.fieldError("resend:" + field, message));
        }
    }

    public boolean isLinkGiven() { return token != null; }
    public String getResult() { return result == null ? "" : result.name(); }
    public boolean isConfirmed() { return result == Registration.Confirmation.CONFIRMED; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
