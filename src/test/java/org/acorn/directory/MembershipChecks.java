package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Joining the network and looking after an organisation, through the real pages as people use them:
 * apply, confirm by email, co-ordinator review, own details, colleagues, staff proxy edits, refusals.
 */
public abstract class MembershipChecks extends PortalChecks {

    protected MembershipChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final String PASSWORD = "kites-over-the-hill";
    /** The start of the demo network's terms, which the join form must show. */
    static final String TERMS_START = "Members work with children, young people or families in our area";

    @Test
    void anOrganisationAppliesIsApprovedAndLooksAfterItsDetailsAndColleagues() {
        String name = "Journey Kite Club";
        String email = "jo@journey.example.org";
        WebClient applicant = new WebClient(base, "203.0.113.10");
        Page sent = apply(applicant, name, email, Map.of("join:companyNumber", "sc 123 456"));
        assertThat(sent.path()).as(sent.text()).isEqualTo("/join/check-email.xhtml");

        String link = mail.await(email, "Confirm your email").link("/join/verify.xhtml");
        Page verified = applicant.get(link);
        assertThat(verified.doc().select("h1#verified")).as(verified.text()).hasSize(1);
        assertThat(verified.text()).contains("co-ordinator will review");
        assertThat(applicant.get(link).doc().select("h1#invalid")).as("a link works once").hasSize(1);
        assertThat(applicant.get("/join/verify.xhtml?token=../../etc/passwd").doc().select("h1#invalid")).hasSize(1);

        WebClient coordinator = new WebClient(base, "203.0.113.11");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        Page list = coordinator.get("/admin/applications.xhtml");
        Element card = application(list, name);
        assertThat(card.text()).contains("SC123456", "Community group", "Jo Journey", email);
        String form = card.selectFirst("form").id();
        Page approved = coordinator.submit(form, Map.of(), form + ":approve");
        assertThat(approved.messages()).as(approved.text()).contains(name + " is now a member");
        assertThat(approved.doc().select("section.application h2").eachText()).doesNotContain(name);
        assertThat(mail.await(email, "Welcome to").body()).contains(name);

        // the applicant is now the organisation's admin
        Page home = Demo.signIn(applicant, email, PASSWORD);
        assertThat(home.doc().select("nav a[href$=/organisation/details.xhtml]").text()).isEqualTo("Our organisation");
        Page details = applicant.get("/organisation/details.xhtml");
        assertThat(details.doc().selectFirst("h1").text()).contains(name);
        assertThat(details.doc().selectFirst("[name=org:companyNumber]").val()).isEqualTo("SC123456");
        Page saved = applicant.submit("org", Map.of("org:website", "kites.example.org",
                "org:description", "Kite making for families on Saturdays."), "org:submit");
        assertThat(saved.messages()).as(saved.text()).contains("details are saved");
        assertThat(saved.doc().selectFirst("[name=org:website]").val()).isEqualTo("https://kites.example.org");
        Page badSave = applicant.submit("org", Map.of("org:charityNumber", "12"), "org:submit");
        assertThat(badSave.fieldError("org:charityNumber")).contains("6 to 8 digits");

        // invite a colleague, who accepts through the emailed link
        applicant.get("/organisation/colleagues.xhtml");
        String colleagueEmail = "kim@journey.example.org";
        Page invited = applicant.submit("invite", Map.of("invite:email", "Kim@Journey.example.org"), "invite:submit");
        assertThat(invited.messages()).contains("Invitation sent to " + colleagueEmail);
        assertThat(invited.doc().select("#invitation-list").text()).contains(colleagueEmail);
        Page again = applicant.submit("invite", Map.of("invite:email", colleagueEmail), "invite:submit");
        assertThat(again.fieldError("invite:email")).contains("already has an invitation");
        Page badEmail = applicant.submit("invite", Map.of("invite:email", "<script>x</script>"), "invite:submit");
        assertThat(badEmail.fieldError("invite:email")).contains("does not look like an email");

        String invitation = mail.await(colleagueEmail, "You are invited to join " + name).link("/account/invitation.xhtml");
        WebClient colleague = new WebClient(base, "203.0.113.12");
        Page accept = colleague.get(invitation);
        assertThat(accept.doc().selectFirst("h1").text()).isEqualTo("Join " + name);
        Page shortPassword = colleague.submit("accept", Map.of("accept:displayName", "Kim Colleague",
                "accept:password", "short", "accept:confirm", "short"), "accept:submit");
        assertThat(shortPassword.fieldError("accept:password")).contains("at least 10");
        Page created = colleague.submit("accept", Map.of("accept:displayName", "Kim Colleague",
                "accept:password", PASSWORD, "accept:confirm", PASSWORD), "accept:submit");
        assertThat(created.messages()).as(created.text()).contains("Your account is ready");
        assertThat(colleague.get(invitation).doc().select("h1#unusable").text()).isNotEmpty();
        Demo.signIn(colleague, colleagueEmail, PASSWORD);

        Page people = applicant.get("/organisation/colleagues.xhtml");
        assertThat(people.doc().select("#people-list").text()).contains("Kim Colleague", "Jo Journey (you)");
        assertThat(people.doc().select("#no-invitations")).hasSize(1);

        // the only admin cannot remove themselves; removing the colleague works
        Page self = applicant.submit("people", Map.of(), removeButton(people, "Jo Journey"));
        assertThat(self.messages()).contains("only organisation admin");
        people = applicant.get("/organisation/colleagues.xhtml");
        Page removed = applicant.submit("people", Map.of(), removeButton(people, "Kim Colleague"));
        assertThat(removed.messages()).as(removed.text()).contains("Kim Colleague is no longer part of " + name);
        assertThat(removed.doc().select("#people-list").text()).doesNotContain("Kim Colleague");

        // a withdrawn invitation cannot be used
        applicant.submit("invite", Map.of("invite:email", "sam@journey.example.org"), "invite:submit");
        String withdrawnLink = mail.await("sam@journey.example.org", "You are invited").link("/account/invitation.xhtml");
        Page withInvite = applicant.get("/organisation/colleagues.xhtml");
        String withdraw = withInvite.doc().select("#invitation-list tr:contains(sam@journey.example.org) input[type=submit]").attr("name");
        Page withdrawn = applicant.submit("invitations", Map.of(), withdraw);
        assertThat(withdrawn.messages()).contains("withdrawn");
        Page dead = new WebClient(base, "203.0.113.13").get(withdrawnLink);
        assertThat(dead.text()).contains("withdrawn by the organisation");
    }

    @Test
    void aDeclinedApplicantIsSentTheReason() {
        String name = "Decline Test Puppet Theatre";
        String email = "pat@puppets.example.org";
        WebClient applicant = new WebClient(base, "203.0.113.20");
        apply(applicant, name, email, Map.of());
        applicant.get(mail.await(email, "Confirm your email").link("/join/verify.xhtml"));

        WebClient coordinator = new WebClient(base, "203.0.113.21");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        Page list = coordinator.get("/admin/applications.xhtml");
        String form = application(list, name).selectFirst("form").id();
        Page noReason = coordinator.submit(form, Map.of(form + ":reason", "  "), form + ":decline");
        assertThat(noReason.fieldError(form + ":reason")).contains("Please give a reason");
        Page tooLong = coordinator.submit(form, Map.of(form + ":reason", "x".repeat(1001)), form + ":decline");
        assertThat(tooLong.fieldError(form + ":reason")).contains("at most 1,000");
        assertThat(mail.to(email)).as("nothing sent yet").hasSize(1);

        String reason = "We are a network for groups working with children; please contact us about the arts forum.";
        Page declined = coordinator.submit(form, Map.of(form + ":reason", reason), form + ":decline");
        assertThat(declined.messages()).contains("was declined");
        assertThat(declined.doc().select("section.application h2").eachText()).doesNotContain(name);
        String body = mail.await(email, "Your application to join").body().replace("=\r\n", "").replace("=\n", "");
        assertThat(body).contains("please contact us about the arts forum");
        assertThat(new WebClient(base, "203.0.113.22").get("/members.xhtml").text()).doesNotContain(name);
    }

    @Test
    void badInputOnTheJoinFormIsRefusedNextToTheFieldAndNothingIsCreated() {
        String email = "bad-input@example.org";
        WebClient visitor = new WebClient(base, "203.0.113.30");
        visitor.get("/join.xhtml");
        Page empty = visitor.submit("join", Map.of(), "join:submit");
        assertThat(empty.fieldError("join:name")).contains("please fill this in");
        assertThat(empty.fieldError("join:contactName")).contains("please fill this in");
        assertThat(empty.fieldError("join:email")).contains("please fill this in");
        assertThat(empty.fieldError("join:password")).contains("please fill this in");

        Page oversized = apply(visitor, "子ども".repeat(1700), email, Map.of());
        assertThat(oversized.fieldError("join:name")).contains("at most 200");

        Map<String, String> bad = new HashMap<>();
        bad.put("join:charityNumber", "12");
        bad.put("join:companyNumber", "ABC");
        bad.put("join:email", "not-an-email");
        bad.put("join:password", "short");
        bad.put("join:confirm", "short");
        bad.put("join:districts:0:district", null);
        bad.put("join:agreeTerms", null);
        bad.put("join:agreeListing", null);
        Page malformed = apply(visitor, "Bad Input Youth Club", email, bad);
        assertThat(malformed.fieldError("join:charityNumber")).contains("6 to 8 digits");
        assertThat(malformed.fieldError("join:companyNumber")).contains("8 characters");
        assertThat(malformed.fieldError("join:email")).contains("does not look like an email");
        assertThat(malformed.fieldError("join:password")).contains("at least 10");
        assertThat(malformed.fieldError("join:districts")).contains("Please tick the districts");
        assertThat(malformed.fieldError("join:agreeTerms")).contains("agree to the terms");
        assertThat(malformed.fieldError("join:agreeListing")).contains("listing policy");
        assertThat(malformed.doc().selectFirst("[name=join:name]").val()).as("typing is kept").isEqualTo("Bad Input Youth Club");
        assertThat(malformed.text()).contains(TERMS_START);

        Page mismatch = apply(visitor, "Bad Input Youth Club", email, Map.of("join:confirm", "something else entirely"));
        assertThat(mismatch.fieldError("join:password")).contains("not the same");

        WebClient coordinator = new WebClient(base, "203.0.113.32");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        String member = coordinator.get("/admin/organisation.xhtml?id=7").doc().selectFirst("[name=org:name]").val();
        assertThat(member).isNotBlank();
        Page duplicate = apply(visitor, "  " + member.toUpperCase().replace(" ", "  ") + " ", email, Map.of());
        assertThat(duplicate.fieldError("join:name")).as(member).contains("already a member or has already applied");
        Page duplicateCharity = apply(visitor, "Bad Input Toddlers", email, Map.of("join:charityNumber", "1187402"));
        assertThat(duplicateCharity.fieldError("join:charityNumber")).as("the demo's pending application has it")
                .contains("already a member or has already applied");

        String script = "<script>alert('x')</script>";
        String sql = "' OR 1=1 --";
        Map<String, String> hostile = new HashMap<>();
        hostile.put("join:contactName", script);
        hostile.put("join:agreeTerms", null);
        Page escaped = apply(visitor, sql, email, hostile);
        assertThat(escaped.fieldError("join:agreeTerms")).contains("agree to the terms");
        assertThat(escaped.doc().selectFirst("[name=join:contactName]").val()).isEqualTo(script);
        assertThat(escaped.doc().selectFirst("[name=join:name]").val()).isEqualTo(sql);
        assertThat(escaped.doc().select("script").outerHtml()).doesNotContain("alert('x')");

        Page forged = apply(visitor, "Bad Input Forged District", email, Map.of("join:districts:0:district", "on",
                "join:type", "NOT_A_TYPE"));
        assertThat(forged.fieldError("join:type")).contains("choose one of the options");

        pause(1500); // the outbox polls every 300 ms in tests: give a wrongly queued mail time to arrive
        assertThat(mail.to(email)).as("no application means no email").isEmpty();
        String names = String.join("|", coordinator.get("/admin/applications.xhtml").doc().select("section.application h2").eachText());
        assertThat(names).doesNotContain("Bad Input", sql, member.toUpperCase());
    }

    @Test
    void onlyStaffSeeApplicationsAndOnlyCoordinatorsDecide() {
        Page visitor = new WebClient(base, "203.0.113.40").get("/admin/applications.xhtml");
        assertThat(visitor.path()).isEqualTo("/account/login.xhtml");

        WebClient member = new WebClient(base, "203.0.113.41");
        Demo.signIn(member, Demo.MEMBER);
        assertThat(member.get("/admin/applications.xhtml").status()).isEqualTo(403);

        WebClient officer = new WebClient(base, "203.0.113.42");
        Demo.signIn(officer, Demo.DEVELOPMENT_OFFICER);
        Page list = officer.get("/admin/applications.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.doc().select("#decide-notice")).hasSize(1);
        String form = application(list, "Little Acorns Toddler Group").selectFirst("form").id();
        Page refused = officer.submit(form, Map.of(), form + ":approve");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Only a co-ordinator or site administrator");
        assertThat(officer.get("/admin/applications.xhtml").text()).as("still pending").contains("Little Acorns Toddler Group");
    }

    @Test
    void aSecondDecisionFromAStalePageChangesNothing() {
        String name = "Riverside Young Carers Project";
        WebClient coordinator = new WebClient(base, "203.0.113.45");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        WebClient admin = new WebClient(base, "203.0.113.46");
        Demo.signIn(admin, Demo.SITE_ADMIN);
        Page stale = coordinator.get("/admin/applications.xhtml");
        Page fresh = admin.get("/admin/applications.xhtml");
        String adminForm = application(fresh, name).selectFirst("form").id();
        assertThat(admin.submit(adminForm, Map.of(), adminForm + ":approve").messages()).contains(name + " is now a member");

        String staleForm = application(stale, name).selectFirst("form").id();
        Page second = coordinator.submit(staleForm, Map.of(), staleForm + ":approve");
        assertThat(second.messages()).contains("has already been approved");
        Page declineToo = coordinator.submit(staleForm, Map.of(staleForm + ":reason", "Too late"), staleForm + ":decline");
        assertThat(declineToo.messages()).contains("has already been approved");
        Page found = admin.get("/admin/organisations.xhtml?q=Riverside+Young+Carers+Project");
        assertThat(found.doc().select("#organisations tbody tr")).as("one organisation, not two").hasSize(1);
        mail.await("ruth@riverside-carers.example.org", "Welcome to");
        pause(1500);
        assertThat(mail.to("ruth@riverside-carers.example.org")).as("one welcome, no decline").hasSize(1);
    }

    @Test
    void anOrganisationAdminCannotActForAnotherOrganisation() {
        WebClient orgAdmin = new WebClient(base, "203.0.113.50");
        Demo.signIn(orgAdmin, Demo.ORG_ADMIN);
        assertThat(orgAdmin.get("/admin/organisation.xhtml?id=1").status()).isEqualTo(403);
        assertThat(orgAdmin.get("/admin/organisations.xhtml").status()).isEqualTo(403);
        Page other = orgAdmin.get("/organisation/colleagues.xhtml?org=2");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text()).doesNotContain("Morgan Ellis");
        Page own = orgAdmin.get("/organisation/colleagues.xhtml");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.doc().select("#people-list").text()).contains("Chris Lee (you)", "Dee Wright");

        WebClient member = new WebClient(base, "203.0.113.51");
        Demo.signIn(member, Demo.MEMBER);
        assertThat(member.get("/organisation/details.xhtml").status()).as("a member who is not its admin").isEqualTo(403);
    }

    @Test
    void aDevelopmentOfficerUpdatesAnOrganisationOnItsBehalf() {
        WebClient officer = new WebClient(base, "203.0.113.60");
        Demo.signIn(officer, Demo.DEVELOPMENT_OFFICER);
        Page found = officer.get("/admin/organisations.xhtml");
        assertThat(found.doc().select("#organisations tbody tr")).isNotEmpty();
        Page edit = officer.get("/admin/organisation.xhtml?id=5");
        String name = edit.doc().selectFirst("[name=org:name]").val();
        assertThat(edit.doc().selectFirst("h1").text()).isEqualTo("Edit on behalf of " + name);

        Page needsAddress = officer.submit("org", Map.of("org:contactPreference", "POST", "org:postalAddress", ""), "org:submit");
        assertThat(needsAddress.fieldError("org:postalAddress")).contains("Please give a postal address");
        Page saved = officer.submit("org", Map.of("org:contactPreference", "POST",
                "org:postalAddress", "The Old School, 1 High Street, Ashby AB1 2CD"), "org:submit");
        assertThat(saved.messages()).as(saved.text()).contains("on its behalf");
        Page reloaded = officer.get("/admin/organisation.xhtml?id=5");
        assertThat(reloaded.doc().selectFirst("[name=org:contactPreference][checked]").val()).isEqualTo("POST");
        assertThat(reloaded.doc().selectFirst("[name=org:postalAddress]").text()).contains("1 High Street");
        String query = name.split(" ")[0];
        Page listed = officer.get("/admin/organisations.xhtml?q=" + query);
        assertThat(listed.doc().select("#organisations tbody tr").stream()
                .filter(tr -> tr.selectFirst("td").text().equals(name)).findFirst().orElseThrow()
                .selectFirst("td.preference").text()).isEqualTo("Post");

        // two editors: the second is told, and nothing of theirs overwrites the first
        WebClient coordinator = new WebClient(base, "203.0.113.61");
        Demo.signIn(coordinator, Demo.COORDINATOR);

        // the audit log says who acted, for whom, and what changed
        Page audit = coordinator.get("/admin/audit.xhtml?action=organisation.updated");
        org.jsoup.nodes.Element entry = audit.doc().select("tbody tr").stream()
                .filter(tr -> tr.text().contains("Priya Shah")).findFirst()
                .orElseThrow(() -> new AssertionError("no proxy edit in the audit log: " + audit.text()));
        assertThat(entry.text()).contains("on behalf of " + name, "postalAddress", "→", "1 High Street");
        coordinator.get("/admin/organisation.xhtml?id=6");
        officer.get("/admin/organisation.xhtml?id=6");
        Page first = officer.submit("org", Map.of("org:contactPhone", "01234 567890"), "org:submit");
        assertThat(first.messages()).as(first.text()).contains("on its behalf");
        Page second = coordinator.submit("org", Map.of("org:contactPhone", "09999 999999"), "org:submit");
        assertThat(second.messages()).as(second.text()).contains("Someone else changed this");
        assertThat(coordinator.get("/admin/organisation.xhtml?id=6").doc().selectFirst("[name=org:contactPhone]").val())
                .isEqualTo("01234 567890");
    }

    /** Opens the join form and fills it validly, then applies the changes (null removes a field). */
    private Page apply(WebClient client, String name, String email, Map<String, String> changes) {
        Page form = client.get("/join.xhtml");
        assertThat(form.doc().select("[name=join:districts:0:district]")).as("district checkboxes").hasSize(1);
        Map<String, String> fields = new HashMap<>();
        fields.put("join:name", name);
        fields.put("join:type", "COMMUNITY_GROUP");
        fields.put("join:districts:0:district", "on");
        fields.put("join:contactName", email.startsWith("jo@") ? "Jo Journey" : "Pat Applicant");
        fields.put("join:email", email);
        fields.put("join:password", PASSWORD);
        fields.put("join:confirm", PASSWORD);
        fields.put("join:agreeTerms", "on");
        fields.put("join:agreeListing", "on");
        fields.putAll(changes);
        return client.submit("join", fields, "join:submit");
    }

    private static Element application(Page list, String name) {
        return list.doc().select("section.application").stream()
                .filter(s -> s.selectFirst("h2").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no application from " + name + " in: " + list.text()));
    }

    private static String removeButton(Page people, String who) {
        return people.doc().select("#people-list tr").stream().filter(tr -> tr.text().contains(who))
                .findFirst().orElseThrow().selectFirst("input[type=submit]").attr("name");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- in the browser (MemberJourneys)

    @Test
    @Tag("browser")
    void anOrganisationJoinsIsApprovedAndBringsInAColleague() {
        new MemberJourneys(base, mail).anOrganisationJoinsIsApprovedAndBringsInAColleague();
    }

    @Test
    @Tag("browser")
    void aMemberWhoForgotTheirPasswordResetsItByEmail() {
        new MemberJourneys(base, mail).aMemberWhoForgotTheirPasswordResetsItByEmail();
    }

    @Test
    @Tag("browser")
    void visitorIsRefusedAnAdminPageAndStaffReachIt() {
        new MemberJourneys(base, mail).visitorIsRefusedAnAdminPageAndStaffReachIt();
    }

    @Test
    @Tag("browser")
    void anOrganisationAdminUpdatesAServiceAndSeesItOnThePublicPage() {
        new MemberJourneys(base, mail).anOrganisationAdminUpdatesAServiceAndSeesItOnThePublicPage();
    }

    @Test
    @Tag("browser")
    void aVisitorSearchesNarrowsByTwoFacetsOpensAResultAndCanPrint() {
        new MemberJourneys(base, mail).aVisitorSearchesNarrowsByTwoFacetsOpensAResultAndCanPrint();
    }
}
