package org.acorn.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.directory.Membership;

/** Backs /join/verify.xhtml: spends the emailed link and says what happens next. */
@Named
@RequestScoped
public class JoinVerifyPage {

    @Inject Membership membership;

    private String token;
    private Membership.Verified result;

    public void verify() {
        result = membership.verify(token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getResult() { return result == null ? Membership.Verified.INVALID.name() : result.name(); }
}
