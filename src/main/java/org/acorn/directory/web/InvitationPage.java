package org.acorn.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.acorn.directory.Colleagues;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /account/invitation.xhtml?token=: accepting a colleague invitation. */
@Named
@ViewScoped
public class InvitationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Colleagues colleagues;
    @Inject Caller caller;

    private String token;
    private Colleagues.LinkState state;
    private String organisationName;
    private String email;
    private boolean accountExists;
    private String displayName;
    private transient String password;
    private transient String confirm;

    /** View action: what the link leads to. */
    public void load() {
        Colleagues.InvitationView view = colleagues.look(token);
        state = view.state();
        organisationName = view.organisationName();
        email = view.email();
        accountExists = view.accountExists();
    }

    public void createAccount() {
        try {
            colleagues.acceptAsNewAccount(token, displayName, password, confirm);
            Faces.flash("Your account is ready and you are part of " + organisationName + ". Please sign in.");
            Faces.redirect("/account/login.xhtml");
        } catch (InvalidInput e) {
            e.showOn("accept");
        } finally {
            password = null;
            confirm = null;
        }
    }

    public void join() {
        try {
            String name = colleagues.acceptAsSignedIn(token);
            Faces.flash("You are now part of " + name + ".");
            Faces.redirect("/index.xhtml");
        } catch (InvalidInput e) {
            e.showOn("join");
        }
    }

    /** True when the signed-in account is the one invited. */
    public boolean isSignedInAsInvitee() {
        return caller.account().map(a -> a.getEmail().equals(email)).orElse(false);
    }

    public String getSignInLink() {
        return "/account/login.xhtml?next=" + URLEncoder.encode("/account/invitation.xhtml?token=" + token, StandardCharsets.UTF_8);
    }

    public String getProblem() { return state == null ? "" : Colleagues.linkMessage(state); }
    public boolean isOpen() { return state == Colleagues.LinkState.OPEN; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getOrganisationName() { return organisationName; }
    public String getEmail() { return email; }
    public boolean isAccountExists() { return accountExists; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
