package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The directory's records through the real pages: who sees which fields, editing profiles and services
 * (own admin and staff on behalf), conflicts, change history, taxonomy administration and bad input.
 */
public abstract class DirectoryChecks extends PortalChecks {

    protected DirectoryChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    /** The organisation the demo org admin (and the demo member) belong to: its name and id. */
    record Org(String name, long id) { }

    Org ownOrganisation(WebClient orgAdmin) {
        Page details = orgAdmin.get("/organisation/details.xhtml");
        String name = details.doc().selectFirst("h1").text().replaceFirst("^Our organisation: ", "");
        Page members = orgAdmin.get("/members.xhtml");
        Element link = members.doc().select(".member-list a").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not on the members page"));
        return new Org(name, Long.parseLong(link.attr("href").replaceFirst(".*id=", "")));
    }

    static WebClient signedIn(URL base, String email, String address) {
        WebClient client = new WebClient(base, address);
        Demo.signIn(client, email);
        return client;
    }

    @Test
    void profileFieldsAreShownByAudienceAndTheSafeguardingLeadNeverToVisitorsOrPlainMembers() {
        WebClient orgAdmin = signedIn(base, Demo.ORG_ADMIN, "203.0.113.40");
        Org org = ownOrganisation(orgAdmin);
        orgAdmin.get("/organisation/details.xhtml");
        Page saved = orgAdmin.submit("org", Map.of("org:safeguardingLead", "Robin Safeguard", "org:volunteers", "17",
                "org:policies:0:policy", "on", "org:otherPolicies", "Forest school; risk assessments",
                "org:postalAddress", "1 Chapel Row, Dalesborough", "org:contactPhone", "01234 567890"), "org:submit");
        assertThat(saved.messages()).as(saved.text()).contains("details are saved");
        assertThat(saved.doc().selectFirst("[name=org:otherPolicies]").val()).isEqualTo("Forest school, risk assessments");
        Page notNumber = orgAdmin.submit("org", Map.of("org:volunteers", "lots", "org:staffPartTime", "-5",
                "org:accreditation", "a".repeat(501)), "org:submit");
        assertThat(notNumber.fieldError("org:volunteers")).contains("whole number");
        assertThat(notNumber.fieldError("org:staffPartTime")).contains("from 0 to 100,000");
        assertThat(notNumber.fieldError("org:accreditation")).contains("500");
        orgAdmin.get("/organisation/details.xhtml");
        Page confirmed = orgAdmin.submit("org", Map.of(), "org:confirm");
        assertThat(confirmed.messages()).as(confirmed.text()).contains("confirmed as still correct");
        Page orgHistory = orgAdmin.get("/directory/history.xhtml?type=organisation&id=" + org.id());
        assertThat(orgHistory.doc().select("#history tbody tr").first().text()).contains("organisation.verified", "Chris Lee");
        assertThat(orgHistory.doc().select("#history").text()).contains("safeguardingLead", "Robin Safeguard");

        String path = "/directory/organisation.xhtml?id=" + org.id();
        Page asVisitor = new WebClient(base, "203.0.113.41").get(path);
        assertThat(asVisitor.status()).isEqualTo(200);
        assertThat(asVisitor.doc().selectFirst("h1").text()).isEqualTo(org.name());
        assertThat(asVisitor.text()).contains("Last verified").doesNotContain("Robin Safeguard", "Forest school");
        assertThat(asVisitor.doc().select("#member-fields, #staff-fields")).isEmpty();

        Page asMember = signedIn(base, Demo.MEMBER, "203.0.113.42").get(path);
        assertThat(asMember.doc().select("#member-fields").text()).contains("17", "Safeguarding children", "Forest school");
        assertThat(asMember.text()).doesNotContain("Robin Safeguard");
        assertThat(asMember.doc().select("#staff-fields")).isEmpty();

        Page asStaff = signedIn(base, Demo.COORDINATOR, "203.0.113.43").get(path);
        assertThat(asStaff.doc().select("#safeguarding-lead").text()).isEqualTo("Robin Safeguard");
        assertThat(orgAdmin.get(path).doc().select("#safeguarding-lead").text()).isEqualTo("Robin Safeguard");

        WebClient visitor = new WebClient(base, "203.0.113.44");
        assertThat(visitor.get("/directory/organisation.xhtml?id=999999").status()).isEqualTo(404);
        assertThat(visitor.get("/directory/organisation.xhtml?id=../../etc/passwd").status()).isEqualTo(404);
        assertThat(visitor.get("/directory/organisation.xhtml").status()).isEqualTo(404);
        assertThat(visitor.get("/directory/service.xhtml?id=abc").status()).isEqualTo(404);
    }

    /** Seeded term ids (V2 migration): ECM 1.1, level of need "Universal", access "Self-referral", service type "Social". */
    static final String ECM_1_1 = "term-2", UNIVERSAL = "term-124", SELF_REFERRAL = "term-127";

    static long idIn(Page page) {
        return Long.parseLong(page.uri().getQuery().replaceFirst(".*id=(\\d+).*", "$1"));
    }

    /** The org admin adds a service with two places and terms; returns its id. */
    long addService(WebClient orgAdmin, String name) {
        Page list = orgAdmin.get("/organisation/services.xhtml");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        Page form = orgAdmin.get(list.doc().selectFirst("#add-service").attr("href"));
        assertThat(form.doc().select("fieldset#taxonomy-ecm legend").text()).isEqualTo("Every Child Matters outcomes");
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("service:name", name);
        fields.put("service:description", "<script>alert('x')</script> Messy play for toddlers");
        fields.put("service:minAge", "0");
        fields.put("service:maxAge", "5");
        fields.put("service:places:0:address", "Chapel Hall, Mill Lane");
        fields.put("service:places:0:postcode", "s11 8tp");
        Page twoPlaces = orgAdmin.submit("service", fields, "service:addPlace");
        assertThat(twoPlaces.doc().select("[name=service:places:1:postcode]")).hasSize(1);
        assertThat(twoPlaces.doc().selectFirst("[name=service:name]").val()).isEqualTo(name);
        fields.put("service:places:1:address", "Library, Market Square");
        fields.put("service:places:1:postcode", "DE1 2AB");
        fields.put("service:places:1:latitude", "52.92");
        fields.put("service:places:1:longitude", "-1.47");
        fields.put(ECM_1_1, "on");
        fields.put(UNIVERSAL, "on");
        fields.put(SELF_REFERRAL, "on");
        Page saved = orgAdmin.submit("service", fields, "service:submit");
        assertThat(saved.messages()).as(saved.text()).contains("is saved");
        assertThat(saved.doc().selectFirst("#" + ECM_1_1).hasAttr("checked")).isTrue();
        return idIn(saved);
    }

    @Test
    void anOrgAdminAddsAndEditsAServiceAndStaffEditOnItsBehalf() {
        WebClient orgAdmin = signedIn(base, Demo.ORG_ADMIN, "203.0.113.50");
        Org org = ownOrganisation(orgAdmin);
        long id = addService(orgAdmin, "Messy Play Mornings");
        String publicPath = "/directory/service.xhtml?id=" + id;

        Page asVisitor = new WebClient(base, "203.0.113.51").get(publicPath);
        assertThat(asVisitor.doc().selectFirst("h1").text()).isEqualTo("Messy Play Mornings");
        assertThat(asVisitor.doc().select("#description").text()).contains("<script>alert('x')</script> Messy play");
        assertThat(asVisitor.doc().select("script:containsData(alert)")).as("user text is escaped").isEmpty();
        assertThat(asVisitor.doc().select("li.location").eachText()).as("in the order given").hasSize(2)
                .satisfiesExactly(t -> assertThat(t).contains("Chapel Hall", "S11 8TP"), t -> assertThat(t).contains("DE1 2AB"));
        assertThat(asVisitor.text()).contains("1.1 ", "Self-referral", "0–5", "Last verified").doesNotContain("Universal");
        assertThat(asVisitor.doc().select("#level-of-need")).isEmpty();
        Page asMember = signedIn(base, Demo.MEMBER, "203.0.113.52").get(publicPath);
        assertThat(asMember.doc().select("#level-of-need").text()).contains("Universal");
        assertThat(signedIn(base, Demo.PARTNER_OFFICER, "203.0.113.53").get(publicPath).doc().select("#level-of-need").text())
                .contains("Universal");
        assertThat(new WebClient(base, "203.0.113.51").get("/directory/organisation.xhtml?id=" + org.id())
                .doc().select("#services a").eachText()).contains("Messy Play Mornings");

        // the org admin edits; staff then edit on the organisation's behalf
        orgAdmin.get("/organisation/service.xhtml?id=" + id);
        Map<String, String> edit = new java.util.HashMap<>();
        edit.put("service:openingTimes", "Tuesdays 9:30 to 11:30");
        edit.put(UNIVERSAL, null);
        Page edited = orgAdmin.submit("service", edit, "service:submit");
        assertThat(edited.messages()).as(edited.text()).contains("is saved");
        WebClient coordinator = signedIn(base, Demo.COORDINATOR, "203.0.113.54");
        Page staffList = coordinator.get("/admin/services.xhtml?org=" + org.id());
        assertThat(staffList.doc().select("#service-list").text()).contains("Messy Play Mornings", "Verified");
        coordinator.get("/organisation/service.xhtml?id=" + id);
        Page proxy = coordinator.submit("service", Map.of("service:languages", "English, Polish"), "service:submit");
        assertThat(proxy.messages()).as(proxy.text()).contains("on behalf of " + org.name());

        Page history = orgAdmin.get("/directory/history.xhtml?type=service&id=" + id);
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        var rows = history.doc().select("#history tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).contains("Sam Carter", "on behalf of " + org.name(), "languages", "English, Polish");
        assertThat(rows.get(1).text()).contains("Chris Lee", "openingTimes", "Tuesdays");
        assertThat(rows.get(2).text()).contains("created");
        assertThat(coordinator.get("/directory/history.xhtml?type=organisation&id=" + org.id()).status()).isEqualTo(200);

        // someone else saved first: the second save is refused and changes nothing
        orgAdmin.get("/organisation/service.xhtml?id=" + id);
        coordinator.get("/organisation/service.xhtml?id=" + id);
        assertThat(orgAdmin.submit("service", Map.of("service:costText", "£1 a session"), "service:submit").messages())
                .contains("is saved");
        Page conflict = coordinator.submit("service", Map.of("service:costText", "£5 a session"), "service:submit");
        assertThat(conflict.messages()).contains("Someone else changed this");
        assertThat(new WebClient(base, "203.0.113.55").get(publicPath).doc().select("#cost").text()).contains("£1 a session");

        // confirm still correct, then closing keeps the service for staff but takes it out of public view
        orgAdmin.get("/organisation/service.xhtml?id=" + id);
        assertThat(orgAdmin.submit("service", Map.of(), "service:confirm").messages()).contains("confirmed as still correct");
        orgAdmin.get("/organisation/service.xhtml?id=" + id);
        assertThat(orgAdmin.submit("service", Map.of("service:status", "CLOSED"), "service:submit").messages()).contains("is saved");
        assertThat(new WebClient(base, "203.0.113.56").get(publicPath).status()).isEqualTo(404);
        assertThat(coordinator.get(publicPath).doc().select("#status").text()).isEqualTo("Closed");
    }

    @Test
    void badInputOnTheServiceFormIsRefusedBesideTheFieldAndNothingIsSaved() {
        WebClient orgAdmin = signedIn(base, Demo.ORG_ADMIN, "203.0.113.60");
        long id = addService(orgAdmin, "Bad Input Baby Group");
        String publicPath = "/directory/service.xhtml?id=" + id;
        String editor = "/organisation/service.xhtml?id=" + id;

        orgAdmin.get(editor);
        Map<String, String> bad = new java.util.HashMap<>();
        bad.put("service:name", "x".repeat(201));
        bad.put("service:description", "子".repeat(2001));
        bad.put("service:minAge", "10");
        bad.put("service:maxAge", "5");
        bad.put("service:places:0:postcode", "'; DROP TABLE service; --");
        bad.put("service:places:1:latitude", "95");
        bad.put("term-999999", "on");
        Page refused = orgAdmin.submit("service", bad, "service:submit");
        assertThat(refused.fieldError("service:name")).contains("at most 200");
        assertThat(refused.fieldError("service:description")).contains("at most 2000");
        assertThat(refused.fieldError("service:maxAge")).contains("cannot be below");
        assertThat(refused.fieldError("service:places:0:postcode")).contains("not a UK postcode");
        assertThat(refused.fieldError("service:places:1:latitude")).contains("between 49 and 61");
        assertThat(refused.fieldError("service:terms")).contains("does not exist");
        assertThat(refused.doc().selectFirst("[name=service:minAge]").val()).as("typing is kept").isEqualTo("10");
        assertThat(refused.doc().selectFirst("#" + ECM_1_1).hasAttr("checked")).as("ticks are kept").isTrue();

        Page more = orgAdmin.submit("service", Map.of("service:name", "Fine name", "service:minAge", "30",
                "service:places:1:longitude", "west", "term-abc", "on"), "service:submit");
        assertThat(more.fieldError("service:minAge")).contains("from 0 to 25");
        assertThat(more.fieldError("service:terms")).contains("choose terms from the lists");
        assertThat(more.fieldError("service:places:1:longitude")).contains("decimal number");

        Map<String, String> noPlace = new java.util.HashMap<>();
        noPlace.put("service:name", " ");
        for (int i = 0; i < 2; i++) {
            for (String f : new String[] {"address", "postcode", "latitude", "longitude"}) noPlace.put("service:places:" + i + ":" + f, "");
        }
        Page none = orgAdmin.submit("service", noPlace, "service:submit");
        assertThat(none.fieldError("service:name")).contains("Please give the service a name");
        assertThat(none.fieldError("service:places:0:postcode")).contains("at least one place");

        Page unchanged = new WebClient(base, "203.0.113.61").get(publicPath);
        assertThat(unchanged.doc().selectFirst("h1").text()).isEqualTo("Bad Input Baby Group");
        assertThat(unchanged.doc().select("li.location")).hasSize(2);

        // another organisation's admin, a plain member and a visitor cannot open the editor
        assertThat(signedIn(base, Demo.REPRESENTATIVE, "203.0.113.62").get(editor).status()).isEqualTo(403);
        assertThat(signedIn(base, Demo.MEMBER, "203.0.113.63").get(editor).status()).isEqualTo(403);
        assertThat(new WebClient(base, "203.0.113.64").get(editor).path()).isEqualTo("/account/login.xhtml");
        assertThat(orgAdmin.get("/organisation/service.xhtml?id=99999999").status()).isEqualTo(404);
        assertThat(orgAdmin.get("/organisation/service.xhtml?id=1%27%20or%201=1").status()).isEqualTo(404);
        assertThat(signedIn(base, Demo.REPRESENTATIVE, "203.0.113.65").get("/directory/history.xhtml?type=service&id=" + id)
                .status()).isEqualTo(403);
        assertThat(orgAdmin.get("/directory/history.xhtml?type=../../etc&id=" + id).status()).isEqualTo(404);
    }

    /** The id of the term in the taxonomy page's table whose label cell is exactly this. */
    static String termRow(Page page, String label) {
        Element row = page.doc().select("#terms tbody tr").stream()
                .filter(r -> r.selectFirst("td").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + page.doc().select("#terms").text()));
        return row.id().replace("term-", "");
    }

    static String cell(Page page, String termId, String cls) {
        return page.doc().select("#term-" + termId + " td." + cls).text();
    }

    @Test
    void aSiteAdministratorKeepsTheTaxonomiesWithoutLosingTaggedServices() {
        WebClient admin = signedIn(base, Demo.SITE_ADMIN, "203.0.113.70");
        String page = "/admin/taxonomies.xhtml?t=target_group";
        admin.get(page);
        Page added = admin.submit("add", Map.of("add:label", "  Kinship   carers "), "add:submit");
        assertThat(added.messages()).as(added.text()).contains("Added “Kinship carers”");
        String kinship = termRow(added, "Kinship carers");
        Page second = admin.submit("add", Map.of("add:label", "Grandparents raising children", "add:parent", "91"), "add:submit");
        String grandparents = termRow(second, "Grandparents raising children");
        assertThat(second.doc().select("#term-" + grandparents + " td.depth-1")).as("under its parent").hasSize(1);

        WebClient orgAdmin = signedIn(base, Demo.ORG_ADMIN, "203.0.113.71");
        long service = addService(orgAdmin, "Kinship Carers Coffee Morning");
        String editor = "/organisation/service.xhtml?id=" + service;
        orgAdmin.get(editor);
        assertThat(orgAdmin.submit("service", Map.of("term-" + kinship, "on", "term-" + grandparents, "on"), "service:submit")
                .messages()).contains("is saved");
        assertThat(cell(admin.get(page), kinship, "count")).isEqualTo("1");

        admin.get(page);
        Page renamed = admin.submit("rename", Map.of("rename:term", kinship, "rename:label", "Kinship and family carers"),
                "rename:submit");
        assertThat(renamed.messages()).as(renamed.text()).contains("Renamed");
        String publicPath = "/directory/service.xhtml?id=" + service;
        assertThat(new WebClient(base, "203.0.113.72").get(publicPath).text()).contains("Kinship and family carers");

        Page retired = admin.submit("retire", Map.of("retire:term", kinship), "retire:submit");
        assertThat(retired.messages()).contains("Retired");
        assertThat(cell(retired, kinship, "state")).isEqualTo("Retired");
        assertThat(orgAdmin.get("/organisation/service.xhtml").doc().select("#term-" + kinship)).as("not offered").isEmpty();
        Page kept = orgAdmin.get(editor);
        assertThat(kept.doc().select("label[for=term-" + kinship + "]").text()).contains("no longer offered");
        assertThat(orgAdmin.submit("service", Map.of("service:languages", "English"), "service:submit").messages()).contains("is saved");
        assertThat(new WebClient(base, "203.0.113.72").get(publicPath).text()).contains("Kinship and family carers");

        admin.get(page);
        Page merged = admin.submit("merge", Map.of("merge:from", grandparents, "merge:into", "86"), "merge:submit");
        assertThat(merged.messages()).as(merged.text()).contains("1 service was re-tagged");
        assertThat(cell(merged, grandparents, "state")).isEqualTo("Merged into Parents in general");
        assertThat(cell(merged, grandparents, "count")).isEqualTo("0");
        Page after = new WebClient(base, "203.0.113.72").get(publicPath);
        assertThat(after.text()).contains("Parents in general", "Kinship and family carers").doesNotContain("Grandparents raising");

        // refusals: nothing changes
        Page empty = admin.submit("add", Map.of("add:label", "   "), "add:submit");
        assertThat(empty.fieldError("add:label")).contains("Please give the term a label");
        Page tooLong = admin.submit("add", Map.of("add:label", "x".repeat(301)), "add:submit");
        assertThat(tooLong.fieldError("add:label")).contains("at most 300");
        Page self = admin.submit("merge", Map.of("merge:from", "87", "merge:into", "87"), "merge:submit");
        assertThat(self.fieldError("merge:into")).contains("cannot be merged into itself");
        Page unknown = admin.submit("rename", Map.of("rename:term", "999999", "rename:label", "Anything"), "rename:submit");
        assertThat(unknown.fieldError("rename:term")).isNotEmpty();
        Page hostile = admin.submit("rename", Map.of("rename:term", "87 OR 1=1", "rename:label", "Anything"), "rename:submit");
        assertThat(hostile.fieldError("rename:term")).isNotEmpty();
        Page script = admin.submit("add", Map.of("add:label", "<script>alert(1)</script>"), "add:submit");
        assertThat(script.doc().select("#terms td").eachText()).contains("<script>alert(1)</script>");
        assertThat(script.doc().select("script:containsData(alert)")).isEmpty();
        assertThat(cell(admin.get(page), "87", "state")).isEqualTo("In use");

        Page readOnly = signedIn(base, Demo.COORDINATOR, "203.0.113.73").get(page);
        assertThat(readOnly.doc().select("#read-only")).hasSize(1);
        assertThat(readOnly.doc().select("form#add, form#merge")).isEmpty();
        assertThat(signedIn(base, Demo.MEMBER, "203.0.113.74").get(page).status()).isEqualTo(403);
        assertThat(admin.get("/admin/taxonomies.xhtml?t=nonsense").status()).isEqualTo(404);
    }
}
