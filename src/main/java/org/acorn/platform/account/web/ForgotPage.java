package org.acorn.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.platform.account.InputRejected;
import org.acorn.platform.account.PasswordReset;
import org.acorn.platform.config.Settings;
import org.acorn.platform.web.Faces;

/** Backs /account/forgot.xhtml. */
@Named
@RequestScoped
public class ForgotPage {

    @Inject PasswordReset passwordReset;
    @Inject Settings settings;

    private String email;

    public void submit() {
        try {
            if (passwordReset.request(email, Faces.request()) == PasswordReset.Outcome.THROTTLED) {
                Faces.error("You have asked for several reset links in the last few minutes. Please wait "
                        + settings.throttleWindow().toMinutes() + " minutes, and check your spam folder for the earlier emails.");
                return;
            }
            Faces.redirect("/account/check-email.xhtml?about=reset");
        } catch (InputRejected e) {
            e.problems().forEach((field, message) -> Faces.fieldError("forgot:" + field, message));
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
