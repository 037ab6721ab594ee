package org.acorn.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.acorn.platform.account.InputRejected;
import org.acorn.platform.account.OwnAccount;
import org.acorn.platform.config.Settings;
import org.acorn.platform.web.Faces;

/** Backs /account/password.xhtml. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject OwnAccount ownAccount;
    @Inject Settings settings;

    private String current;
    private String password;
    private String confirm;

    public void submit() {
        try {
            if (!Objects.equals(password, confirm)) {
                Faces.fieldError("change:confirm", "The two new passwords are different. Please type the same password in both boxes.");
                return;
            }
            switch (ownAccount.changePassword(current, password, Faces.request())) {
                case CHANGED -> {
                    Faces.flash("Your password has been changed. Any other browsers signed in to your account have been signed out.");
                    Faces.redirect("/account/password.xhtml");
                }
                case WRONG_CURRENT -> Faces.fieldError("change:current", "That is not your current password. Please try again.");
                default -> Faces.error("Too many wrong passwords. For your security, please wait "
                        + settings.throttleWindow().toMinutes() + " minutes and try again.");
            }
        } catch (InputRejected e) {
            e.problems().forEach((field, message) -> Faces.fieldError("change:" + field, message));
        } finally {
            current = null;
            password = null;
            confirm = null;
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
