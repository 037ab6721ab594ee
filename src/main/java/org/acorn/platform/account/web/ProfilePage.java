package org.acorn.platform.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.platform.account.Account;
import org.acorn.platform.account.InputRejected;
import org.acorn.platform.account.OrganisationNames;
import org.acorn.platform.account.OwnAccount;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.Faces;

/** Backs /account/profile.xhtml: the signed-in person's own details. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject Caller caller;
    @Inject OwnAccount ownAccount;
    @Inject OrganisationNames organisations;

    private Account account;
    private String displayName;
    private String jobTitle;
    private String phone;

    @PostConstruct
    void init() {
        account = caller.require();
        displayName = account.getDisplayName();
        jobTitle = account.getJobTitle();
        phone = account.getPhone();
    }

    public void save() {
        try {
            ownAccount.updateProfile(displayName, jobTitle, phone);
            Faces.flash("Your details have been saved.");
            Faces.redirect("/account/profile.xhtml");
        } catch (InputRejected e) {
            e.problems().forEach((field, message) -> Faces.fieldError("profile:" + field, message));
        }
    }

    public String getEmail() { return account.getEmail(); }

    public String getOrganisationName() {
        return organisations.nameOf(account.getOrganisationId()).orElse(null);
    }

    public List<String> getRoles() {
        return account.getRoles().stream().map(Role::label).toList();
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
