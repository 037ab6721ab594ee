package org.acorn.platform.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.acorn.platform.security.Role;

/**
 * Who may change whose roles and status. Pure rules, so they can be checked without a database:
 * <ul>
 *   <li>only a co-ordinator or a site administrator changes roles or status (development officers look only);</li>
 *   <li>only a site administrator grants or removes Site administrator, or disables/enables one;</li>
 *   <li>nobody removes their own Site administrator or Co-ordinator role, or disables their own account,
 *       so the network can never lock itself out;</li>
 *   <li>Member and Organisation admin belong to accounts that belong to an organisation.</li>
 * </ul>
 */
public final class RoleRules {

    /** Roles that a person can never take away from themselves. */
    static final Set<Role> KEEP_OWN = EnumSet.of(Role.SITE_ADMIN, Role.COORDINATOR);
    /** Roles that only make sense inside an organisation. */
    static final Set<Role> NEED_ORGANISATION = EnumSet.of(Role.MEMBER, Role.ORG_ADMIN);

    private RoleRules() { }

    /** The actor may change roles and status at all. */
    public static boolean mayAdminister(Set<Role> actorRoles) {
        return actorRoles.contains(Role.COORDINATOR) || actorRoles.contains(Role.SITE_ADMIN);
    }

    /**
     * What is wrong with granting and revoking these roles (already reduced to real changes); empty when
     * the change may go ahead. Assumes {@link #mayAdminister} holds.
     */
    public static List<String> roleProblems(Long actorId, Set<Role> actorRoles, Long targetId, Long targetOrganisationId,
                                            Set<Role> granted, Set<Role> revoked) {
        List<String> problems = new ArrayList<>();
        boolean siteAdmin = actorRoles.contains(Role.SITE_ADMIN);
        if (!siteAdmin && (granted.contains(Role.SITE_ADMIN) || revoked.contains(Role.SITE_ADMIN))) {
            problems.add("Only a site administrator can give or remove the " + Role.SITE_ADMIN.label() + " role.");
        }
        boolean self = actorId != null && actorId.equals(targetId);
        if (self) {
            for (Role role : KEEP_OWN) {
                if (revoked.contains(role)) {
                    problems.add("You cannot remove your own " + role.label() + " role. Ask another "
                            + (role == Role.SITE_ADMIN ? "site administrator" : "co-ordinator or a site administrator")
                            + ", so the network is never left without one.");
                }
            }
        }
        if (targetOrganisationId == null) {
            for (Role role : NEED_ORGANISATION) {
                if (granted.contains(role)) {
                    problems.add("The " + role.label() + " role is only for accounts that belong to an organisation,"
                            + " and this account does not.");
                }
            }
        }
        return problems;
    }

    /** What is wrong with disabling or enabling this account; empty when it may go ahead. */
    public static List<String> statusProblems(Long actorId, Set<Role> actorRoles, Long targetId, Set<Role> targetRoles,
                                              boolean disabling) {
        List<String> problems = new ArrayList<>();
        if (disabling && actorId != null && actorId.equals(targetId)) {
            problems.add("You cannot disable your own account.");
        }
        if (targetRoles.contains(Role.SITE_ADMIN) && !actorRoles.contains(Role.SITE_ADMIN)) {
            problems.add("Only a site administrator can " + (disabling ? "disable" : "enable")
                    + " a site administrator's account.");
        }
        return problems;
    }
}
