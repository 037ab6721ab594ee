package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.acorn.testing.Browser;
import org.acorn.testing.Demo;
import org.acorn.testing.TestMail;

/**
 * Joining, a password reset, the admin pages, a service update and the search, through the real pages in headless
 * Chromium with an axe-core check on every page. Run by {@link MembershipChecks} on its deployment (tagged "browser",
 * so the MariaDB layer leaves them out).
 */
final class MemberJourneys {

    private final URL base;
    private final TestMail mail;

    MemberJourneys(URL base, TestMail mail) {
        this.base = base;
        this.mail = mail;
    }

    void anOrganisationJoinsIsApprovedAndBringsInAColleague() {
        String org = "Kestrel Lane Toy Library";
        String applicantEmail = "kay@kestrel.example.org";
        String colleagueEmail = "lee@kestrel.example.org";
        try (Browser applicant = Browser.start(base)) {
            applicant.open("/").clickLink("Join the network");
            applicant.type("join:name", org).select("join:type", "Community group").type("join:contactName", "Kay Kestrel").type("join:email", applicantEmail)
                    .type("join:password", "kestrel lane toys 2026").type("join:confirm", "kestrel lane toys 2026")
                    .checkCss("input[id$=':district']").check("join:agreeTerms").check("join:agreeListing")
                    .click("join:submit");
            assertThat(applicant.text()).contains("Check your email");

            applicant.open(mail.await(applicantEmail, "Confirm your email").absoluteLinkOn(base, "/join/verify.xhtml"));
            assertThat(applicant.text()).contains("co-ordinator will review");

            try (Browser coordinator = Browser.start(base)) {
                coordinator.open("/account/login.xhtml").type("login:email", Demo.COORDINATOR)
                        .type("login:password", Demo.PASSWORD).click("login:submit");
                coordinator.open("/admin/applications.xhtml")
                        .clickCss("section[aria-label='Application from " + org + "'] input[id$=':approve']");
                assertThat(coordinator.text()).contains(org + " is now a member");
            }
            mail.await(applicantEmail, "Welcome");

            applicant.open("/account/login.xhtml").type("login:email", applicantEmail)
                    .type("login:password", "kestrel lane toys 2026").click("login:submit");
            applicant.clickLink("Colleagues").type("invite:email", colleagueEmail).click("invite:submit");
            assertThat(applicant.text()).contains(colleagueEmail);
        }
        try (Browser colleague = Browser.start(base)) {
            colleague.open(mail.await(colleagueEmail, "You are invited").absoluteLinkOn(base, "/account/invitation.xhtml"));
            colleague.type("accept:displayName", "Lee Kestrel").type("accept:password", "lee at the toy library")
                    .type("accept:confirm", "lee at the toy library").click("accept:submit");
            colleague.open("/account/login.xhtml").type("login:email", colleagueEmail)
                    .type("login:password", "lee at the toy library").click("login:submit");
            assertThat(colleague.text()).contains("Lee Kestrel");
            colleague.open("/account/profile.xhtml");
            assertThat(colleague.text()).contains(org);
        }
    }

    void aMemberWhoForgotTheirPasswordResetsItByEmail() {
        try (Browser member = Browser.start(base)) {
            member.open("/account/login.xhtml").clickLink("Forgotten your password?");
            member.type("forgot:email", Demo.REPRESENTATIVE).click("forgot:submit");
            member.open(mail.await(Demo.REPRESENTATIVE, "Reset your password").absoluteLinkOn(base, "/account/reset.xhtml"));
            member.type("reset:password", "a brand new passphrase").type("reset:confirm", "a brand new passphrase")
                    .click("reset:submit");
            member.open("/account/login.xhtml").type("login:email", Demo.REPRESENTATIVE)
                    .type("login:password", Demo.PASSWORD).click("login:submit");
            assertThat(member.text()).as("the old password no longer works").contains("do not match an account");
            member.type("login:email", Demo.REPRESENTATIVE).type("login:password", "a brand new passphrase")
                    .click("login:submit");
            assertThat(member.text()).contains("Morgan Ellis");
            // and back to the demo password on the account page, for the features checked after this on the same portal
            member.open("/account/password.xhtml").type("change:current", "a brand new passphrase")
                    .type("change:password", Demo.PASSWORD).type("change:confirm", Demo.PASSWORD).click("change:submit");
            assertThat(member.text()).contains("changed");
        }
    }

    void visitorIsRefusedAnAdminPageAndStaffReachIt() {
        try (Browser browser = Browser.start(base)) {
            browser.open("/");
            assertThat(browser.heading()).isEqualTo("Dalesborough Children's VCS Group");
            browser.open("/admin/applications.xhtml");
            assertThat(browser.path()).isEqualTo("/account/login.xhtml");
            assertThat(browser.text()).doesNotContain("Applications waiting");

            browser.open("/account/login.xhtml");
            browser.type("login:email", Demo.COORDINATOR).type("login:password", Demo.PASSWORD).click("login:submit");
            assertThat(browser.text()).contains("Sam Carter");
            browser.open("/error-page-that-does-not-exist.xhtml");
            assertThat(browser.heading()).isEqualTo("We cannot find that page");
        }
    }

    void anOrganisationAdminUpdatesAServiceAndSeesItOnThePublicPage() {
        String description = "Now also on Thursday afternoons, with a quiet room for babies and a marmalade stall.";
        try (Browser orgAdmin = Browser.start(base)) {
            orgAdmin.open("/account/login.xhtml").type("login:email", Demo.ORG_ADMIN).type("login:password", Demo.PASSWORD)
                    .click("login:submit");
            orgAdmin.open("/organisation/services.xhtml").clickCss("#service-list tbody a");
            String name = orgAdmin.driver().findElement(org.openqa.selenium.By.id("service:name")).getAttribute("value");
            orgAdmin.type("service:description", description).click("service:submit");
            assertThat(orgAdmin.text()).contains("is saved");
            orgAdmin.clickLink("See the listing");
            assertThat(orgAdmin.heading()).isEqualTo(name);
            assertThat(orgAdmin.text()).contains(description, "Last verified");
            // findable by its new words straight away
            orgAdmin.open("/search.xhtml?q=marmalade");
            assertThat(orgAdmin.driver().findElement(org.openqa.selenium.By.id("results")).getText()).contains(name);
        }
    }

    void aVisitorSearchesNarrowsByTwoFacetsOpensAResultAndCanPrint() {
        try (Browser browser = Browser.start(base)) {
            browser.open("/");
            browser.type("home-q", "support").click("home-search-submit");
            assertThat(browser.path()).isEqualTo("/search.xhtml");
            assertThat(browser.heading()).isEqualTo("Search");
            String all = browser.driver().findElement(org.openqa.selenium.By.id("count")).getText();
            browser.clickCss("#facet-cost a");
            browser.clickCss("#facet-district a");
            String narrowed = browser.driver().findElement(org.openqa.selenium.By.id("count")).getText();
            assertThat(Integer.parseInt(narrowed.split(" ")[0])).isLessThan(Integer.parseInt(all.split(" ")[0]));
            assertThat(browser.driver().getCurrentUrl()).contains("f=cost").contains("f=district");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("link[rel=stylesheet][media=print]")))
                    .as("print stylesheet").isNotEmpty();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("link[href*='search.css']"))).isNotEmpty();
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("#results h3 a")).click();
            assertThat(browser.path()).startsWith("/directory/");
        }
    }
}
