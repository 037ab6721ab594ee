package org.acorn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessFilterTest {

    static final String HOME = "/index.xhtml";

    @Test
    void sameSitePathsAreFollowed() {
        assertThat(AccessFilter.safeNext("/admin/audit.xhtml")).isEqualTo("/admin/audit.xhtml");
        assertThat(AccessFilter.safeNext("/admin/audit.xhtml?q=a%20b&page=2")).isEqualTo("/admin/audit.xhtml?q=a%20b&page=2");
        assertThat(AccessFilter.safeNext("/")).isEqualTo("/");
    }

    @Test
    void openRedirectAttemptsGoHome() {
        for (String evil : new String[] {null, "", "evil.example", "//evil.example", "//evil.example/path",
                "///evil.example", "/\\evil.example", "\\\\evil.example", "\\/evil.example", "/path\\..\\x",
                "http://evil.example", "https://evil.example/admin", "HTTP://evil.example", "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", " /admin", "/admin\r\nSet-Cookie: x=1",
                "/admin\nLocation: //evil", "/a\u0000b", "/a\tb", "/" + "a".repeat(500)}) {
            assertThat(AccessFilter.safeNext(evil)).as(String.valueOf(evil)).isEqualTo(HOME);
        }
    }

    @Test
    void staffAndMemberAreasNeedSignIn() {
        assertThat(AccessFilter.needsSignIn("/admin/audit.xhtml")).isTrue();
        assertThat(AccessFilter.needsSignIn("/admin/audit.csv")).isTrue();
        assertThat(AccessFilter.needsSignIn("/organisation/details.xhtml")).isTrue();
        assertThat(AccessFilter.needsSignIn("/account/profile.xhtml")).isTrue();
        assertThat(AccessFilter.needsSignIn("/account/")).isTrue();
        assertThat(AccessFilter.needsSignIn("/account/sub/login.xhtml")).as("only the listed pages themselves").isTrue();
    }

    @Test
    void publicAccountPagesAndPublicPagesDoNot() {
        for (String open : new String[] {"/account/login.xhtml", "/account/register.xhtml", "/account/verify.xhtml",
                "/account/forgot.xhtml", "/account/reset.xhtml", "/account/invitation.xhtml",
                "/account/check-email.xhtml", "/", "/index.xhtml", "/members.xhtml", "/join.xhtml"}) {
            assertThat(AccessFilter.needsSignIn(open)).as(open).isFalse();
        }
    }
}
