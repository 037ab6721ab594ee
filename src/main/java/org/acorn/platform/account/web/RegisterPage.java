package org.acorn.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.acorn.platform.account.InputRejected;
import org.acorn.platform.account.Registration;
import org.acorn.platform.config.Settings;
import org.acorn.platform.web.Faces;

/** Backs /account/register.xhtml. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject Registration registration;
    @Inject Settings settings;

    private String displayName;
    private String email;
    private String password;
    private String confirm;

    public void submit() {
        if (!Objects.equals(password, confirm)) {
            Faces.fieldError("register:confirm", "The two passwords are different. Please type the same password in both boxes.");
            return;
        }
        try {
            Registration.Outcome outcome = registration.register(displayName, email, password, Faces.request());
            if (outcome == Registration.Outcome.THROTTLED) {
                Faces.error("Several accounts have been created from your connection in the last few minutes. For everyone's"
                        + " security, please wait " + settings.throttleWindow().toMinutes() + " minutes and try again.");
                return;
            }
            Faces.redirect("/account/check-email.xhtml?about=register");
        } catch (InputRejected e) {
            e.problems().forEach((field, message) -> Faces.fieldError("register:" + field, message));
        } finally {
            password = null;
            confirm = null;
        }
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
