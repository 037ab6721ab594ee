package org.acorn.platform.admin;

import java.util.List;

/**
 * A change to an account that the rules do not allow (as opposed to a caller who may not administer at
 * all, which is {@link org.acorn.platform.security.AccessDenied}). Nothing was changed; the reasons are
 * written for the person who asked.
 */
public class ChangeRefused extends RuntimeException {

    private final List<String> reasons;

    public ChangeRefused(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() { return reasons; }
}
