package org.acorn.platform.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.acorn.platform.account.AccountTokens;
import org.acorn.platform.account.InputRejected;
import org.acorn.platform.account.PasswordReset;
import org.acorn.platform.web.Faces;

/**
 * Backs /account/reset.xhtml. The token arrives in the link and, on the form's post, in a hidden field
 * named the same, so it is read from the request before the page decides whether to show the form.
 */
@Named
@RequestScoped
public class ResetPage {

    @Inject PasswordReset passwordReset;

    private String token;
    private AccountTokens.State state;
    private String password;
    private String confirm;

    @PostConstruct
    void init() {
        token = Faces.request().getParameter("token");
    }

    public void submit() {
        if (!Objects.equals(password, confirm)) {
            Faces.fieldError("reset:confirm", "The two passwords are different. Please type the same password in both boxes.");
            return;
        }
        try {
            state = passwordReset.reset(token, password);
            if (state == AccountTokens.State.USABLE) {
                Faces.flash("Your password has been changed. Please sign in with your new password.");
                Faces.redirect("/account/login.xhtml");
            }
        } catch (InputRejected e) {
            e.problems().forEach((field, message) -> Faces.fieldError("reset:" + field, message));
        } finally {
            password = null;
            confirm = null;
        }
    }

    /** USABLE, USED, EXPIRED or UNKNOWN. */
    public String getState() {
        if (state == null) state = passwordReset.check(token);
        return state.name();
    }

    public String getToken() { return token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
