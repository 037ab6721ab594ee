package org.acorn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.Forums;
import org.acorn.testing.Representation;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/** The running portal as a visitor meets it: pages, headers, errors, health, themes. */
public abstract class PlatformChecks extends PortalChecks {

    protected PlatformChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    @Test
    void homePageShowsTheNetworkAndWhatIsNewWithoutScripts() {
        Page home = new WebClient(base, "198.51.100.1").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.doc().selectFirst("h1").text()).isEqualTo("Harbourton VCS Children's Forum");
        assertThat(home.doc().select("section#whats-new, h2#whats-new")).isNotEmpty();
        assertThat(home.doc().select("li.card")).hasSizeGreaterThan(0);
        // accessible skeleton: skip link to main, landmarks
        assertThat(home.doc().selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(home.doc().select("main#main, header, nav[aria-label], footer")).hasSize(4);
        assertThat(home.doc().select("link[media=print]")).hasSize(1);
        // chosen theme's stylesheet and logo
        assertThat(home.doc().select("link[href*=/themes/riverside/theme.css]")).hasSize(1);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        Page home = new WebClient(base, "198.51.100.2").get("/");
        assertThat(home.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "script-src 'self' 'nonce-");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(home.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        Page css = new WebClient(base, "198.51.100.2").get("/themes/riverside/theme.css");
        assertThat(css.header("Content-Security-Policy")).startsWith("default-src 'self'");
    }

    @Test
    void unknownPageGivesAFriendly404() {
        Page missing = new WebClient(base, "198.51.100.3").get("/no-such-page.xhtml");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.doc().selectFirst("h1").text()).isEqualTo("We cannot find that page");
        assertThat(missing.text()).doesNotContain("Exception", "at org.");
    }

    @Test
    void visitorIsSentToSignInFromAnAdminPage() {
        Page admin = new WebClient(base, "198.51.100.4").get("/admin/audit.xhtml");
        assertThat(admin.path()).isEqualTo("/account/login.xhtml");
        assertThat(admin.uri().getQuery()).contains("next=/admin/audit.xhtml");
    }

    @Test
    void staffSignInSeesStaffNavigationAndAWrongPasswordIsRefusedPlainly() {
        WebClient visitor = new WebClient(base, "198.51.100.6");
        Page login = visitor.get("/account/login.xhtml");
        assertThat(login.header("Set-Cookie")).contains("HttpOnly", "SameSite=lax").doesNotContain("Secure");
        Page wrong = visitor.submit("login", Map.of("login:email", Demo.COORDINATOR, "login:password", "not-it"), "login:submit");
        assertThat(wrong.messages()).as(wrong.doc().body().html()).contains("do not match an account");
        Page unknown = visitor.submit("login", Map.of("login:email", "nobody@example.org", "login:password", "not-it"), "login:submit");
        assertThat(unknown.messages()).as("same answer for an unknown account").isEqualTo(wrong.messages());

        Page signedIn = Demo.signIn(visitor, Demo.COORDINATOR);
        assertThat(signedIn.doc().select("nav a[href$=/admin/index.xhtml]")).as(signedIn.uri() + " " + signedIn.text()).hasSize(1);
        assertThat(visitor.get("/admin/index.xhtml").doc().select("main a[href$=/admin/audit.xhtml]"))
                .as("the administration page leads to the audit log").hasSize(1);
        assertThat(signedIn.text()).contains("Sam Carter");
    }

    @Test
    void aForgedCrossSitePostChangesNothing() {
        WebClient victim = new WebClient(base, "198.51.100.7");
        Demo.signIn(victim, Demo.MEMBER);
        Page profile = victim.get("/account/profile.xhtml");
        String name = profile.doc().getElementById("profile:displayName").val();
        // what a hostile page can make the victim's browser send: the right field names, but it cannot read
        // the page, so it has no view state or nonce of the victim's own
        Map<String, String> forged = new java.util.HashMap<>(Map.of("profile", "profile",
                "profile:displayName", "Hacked", "profile:submit", "Save"));
        victim.post("/account/profile.xhtml", forged);
        forged.put("jakarta.faces.ViewState", "-1234567890123456789:987654321");
        forged.put("primefaces.nonce", "bm9uY2U=");
        victim.post("/account/profile.xhtml", forged);
        assertThat(victim.get("/account/profile.xhtml").doc().getElementById("profile:displayName").val()).isEqualTo(name);
    }

    @Test
    void anOverLongRequestIsRefusedAndTheServerCarriesOn() {
        WebClient client = new WebClient(base, "198.51.100.8");
        var tooLong = client.raw("/members.xhtml?q=" + "a".repeat(9000));
        assertThat(tooLong.statusCode()).isBetween(400, 431);
        for (int i = 0; i < 5; i++) {
            assertThat(new WebClient(base, "198.51.100.9").raw("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void healthReportsDatabaseAndMigrations() {
        WebClient client = new WebClient(base, "198.51.100.5");
        var ready = client.raw("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "database", "migrations");
        assertThat(client.raw("/health/live").statusCode()).isEqualTo(200);
        assertThat(client.raw("/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void theForumModelsForumIsInItsDemo() {
        // no districts: no locality forums; the consortium has its own category; the executive reps theirs
        Forums.checkDemo(base, List.of("Safeguarding", "Consortium"), "Forum executive representatives");
        assertThat(Forums.categories(new WebClient(base, "198.51.100.13").get("/forum/index.xhtml")).keySet()
                .stream().filter(n -> n.endsWith("locality forum"))).isEmpty();
    }

    @Test
    void theForumModelsRepresentationIsInItsDemo() {
        WebClient visitor = new WebClient(base, "198.51.100.12");
        Page exec = Representation.body(visitor, "Children's Trust Executive Group");
        Representation.body(visitor, "The Forum");
        // the Forum elects its places on the trust executive by single transferable vote; the LSP pays by the half day
        Page result = Representation.countedElection(visitor, "Executive places");
        assertThat(result.doc().select("pre.count-report").text()).containsIgnoringCase("quota");
        Page role = Representation.seat(visitor, exec, "Forum place 1 on the Executive");
        assertThat(role.doc().select("#support").text()).contains("£75.00 a half day");
    }
}
