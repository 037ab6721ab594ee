package org.acorn.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.acorn.platform.security.Role;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

    static final Long ME = 1L;
    static final Long OTHER = 2L;
    static final Long ORG = 10L;
    static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);
    static final Set<Role> SITE_ADMIN = EnumSet.of(Role.SITE_ADMIN);
    static final Set<Role> NONE = EnumSet.noneOf(Role.class);

    @Test
    void onlyTheCoordinatorAndSiteAdministratorsAdminister() {
        assertThat(RoleRules.mayAdminister(COORDINATOR)).isTrue();
        assertThat(RoleRules.mayAdminister(SITE_ADMIN)).isTrue();
        for (Role r : EnumSet.complementOf(EnumSet.of(Role.COORDINATOR, Role.SITE_ADMIN))) {
            assertThat(RoleRules.mayAdminister(EnumSet.of(r))).as(r.name()).isFalse();
        }
        assertThat(RoleRules.mayAdminister(EnumSet.of(Role.DEVELOPMENT_OFFICER, Role.MEMBER, Role.ORG_ADMIN))).isFalse();
        assertThat(RoleRules.mayAdminister(NONE)).isFalse();
    }

    @Test
    void aCoordinatorGivesAndRemovesOrdinaryRoles() {
        assertThat(RoleRules.roleProblems(ME, COORDINATOR, OTHER, ORG,
                EnumSet.of(Role.REPRESENTATIVE, Role.ORG_ADMIN, Role.MEMBER, Role.COORDINATOR, Role.DEVELOPMENT_OFFICER),
                EnumSet.of(Role.PARTNER_OFFICER))).isEmpty();
        assertThat(RoleRules.roleProblems(ME, COORDINATOR, OTHER, ORG, NONE, EnumSet.of(Role.COORDINATOR)))
                .as("another co-ordinator's role").isEmpty();
    }

    @Test
    void onlyASiteAdministratorGivesOrRemovesSiteAdministrator() {
        assertThat(RoleRules.roleProblems(ME, COORDINATOR, OTHER, ORG, EnumSet.of(Role.SITE_ADMIN), NONE))
                .singleElement().asString().contains("Only a site administrator");
        assertThat(RoleRules.roleProblems(ME, COORDINATOR, OTHER, ORG, NONE, EnumSet.of(Role.SITE_ADMIN)))
                .singleElement().asString().contains("Only a site administrator");
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, OTHER, ORG, EnumSet.of(Role.SITE_ADMIN), NONE)).isEmpty();
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, OTHER, null, NONE, EnumSet.of(Role.SITE_ADMIN))).isEmpty();
    }

    @Test
    void nobodyRemovesTheirOwnCoordinatorOrSiteAdministratorRole() {
        assertThat(RoleRules.roleProblems(ME, COORDINATOR, ME, null, NONE, EnumSet.of(Role.COORDINATOR)))
                .singleElement().asString().contains("You cannot remove your own Co-ordinator role");
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, ME, null, NONE, EnumSet.of(Role.SITE_ADMIN)))
                .singleElement().asString().contains("You cannot remove your own Site administrator role");
        Set<Role> both = EnumSet.of(Role.COORDINATOR, Role.SITE_ADMIN);
        assertThat(RoleRules.roleProblems(ME, both, ME, null, NONE, both)).hasSize(2);
        // but may give themselves something, or drop another role
        assertThat(RoleRules.roleProblems(ME, COORDINATOR, ME, ORG, EnumSet.of(Role.REPRESENTATIVE),
                EnumSet.of(Role.MEMBER))).isEmpty();
    }

    @Test
    void memberAndOrganisationAdminOnlyForAccountsInAnOrganisation() {
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, OTHER, null, EnumSet.of(Role.MEMBER, Role.ORG_ADMIN), NONE))
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("only for accounts that belong to an organisation"));
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, OTHER, ORG, EnumSet.of(Role.MEMBER, Role.ORG_ADMIN), NONE)).isEmpty();
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, OTHER, null, NONE, EnumSet.of(Role.ORG_ADMIN)))
                .as("removing is always fine").isEmpty();
        assertThat(RoleRules.roleProblems(ME, SITE_ADMIN, OTHER, null, EnumSet.of(Role.PARTNER_OFFICER), NONE)).isEmpty();
    }

    @Test
    void nobodyDisablesThemselvesAndOnlyASiteAdministratorDisablesOne() {
        assertThat(RoleRules.statusProblems(ME, COORDINATOR, ME, COORDINATOR, true))
                .singleElement().asString().isEqualTo("You cannot disable your own account.");
        assertThat(RoleRules.statusProblems(ME, COORDINATOR, OTHER, EnumSet.of(Role.MEMBER), true)).isEmpty();
        assertThat(RoleRules.statusProblems(ME, COORDINATOR, OTHER, COORDINATOR, true)).isEmpty();
        assertThat(RoleRules.statusProblems(ME, COORDINATOR, OTHER, SITE_ADMIN, true))
                .singleElement().asString().contains("Only a site administrator can disable");
        assertThat(RoleRules.statusProblems(ME, COORDINATOR, OTHER, SITE_ADMIN, false))
                .singleElement().asString().contains("Only a site administrator can enable");
        assertThat(RoleRules.statusProblems(ME, SITE_ADMIN, OTHER, SITE_ADMIN, true)).isEmpty();
    }
}
