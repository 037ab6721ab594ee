package org.acorn.updates;

import java.util.EnumSet;
import java.util.Set;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** Who may read which updates: the site search's rule (members include partner officers; staff see all). */
public final class UpdateReaders {

    private UpdateReaders() { }

    public static Set<UpdateVisibility> of(Caller caller) {
        if (caller.isStaff()) return EnumSet.allOf(UpdateVisibility.class);
        if (caller.readsAsMember()) return EnumSet.of(UpdateVisibility.PUBLIC, UpdateVisibility.MEMBERS);
        return EnumSet.of(UpdateVisibility.PUBLIC);
    }

    /** The same rule for an account that is not the caller (whom to email). */
    public static Set<UpdateVisibility> of(org.acorn.platform.account.Account a) {
        return of(a.getRoles(), a.getOrganisationId());
    }

    /** The same rule from an account's roles and organisation (read in bulk, as the weekly digest does). */
    public static Set<UpdateVisibility> of(Set<Role> roles, Long organisationId) {
        if (roles.stream().anyMatch(Role::isStaff)) return EnumSet.allOf(UpdateVisibility.class);
        if (organisationId != null || roles.contains(Role.MEMBER) || roles.contains(Role.PARTNER_OFFICER)) {
            return EnumSet.of(UpdateVisibility.PUBLIC, UpdateVisibility.MEMBERS);
        }
        return EnumSet.of(UpdateVisibility.PUBLIC);
    }
}
