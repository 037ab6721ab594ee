package org.acorn.platform.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The only thing kept in the HTTP session: which account and which login session this browser is.
 * Everything else (roles, organisation) is read fresh per request by {@link Caller}, so a revoked role or
 * an ended session takes effect at once on every node.
 */
@SessionScoped
public class SignedIn implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long accountId;
    private String loginSessionId;

    public Long accountId() { return accountId; }
    public String loginSessionId() { return loginSessionId; }
    public boolean present() { return accountId != null; }

    public void set(Long accountId, String loginSessionId) {
        this.accountId = accountId;
        this.loginSessionId = loginSessionId;
    }

    public void clear() {
        accountId = null;
        loginSessionId = null;
    }
}
