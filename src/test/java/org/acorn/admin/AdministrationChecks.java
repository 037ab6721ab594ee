package org.acorn.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Accounts and roles, the audit log and its CSV export, through the real pages as staff and others meet
 * them. Each test leaves the demo accounts' roles and status as it found them.
 */
public abstract class AdministrationChecks extends PortalChecks {

    protected AdministrationChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final String CSV_HEADER = "when,actor,action,target type,target id,target,on behalf of,detail";

    @Test
    void coordinatorGrantsARoleSeesItInTheAuditLogAndCsvThenRevokesIt() {
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.10");

        // case-insensitive search by email shows organisation, roles and status
        Page list = coordinator.get("/admin/accounts.xhtml?q=" + enc("VOLUNTEER@Example"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.doc().select("#accounts tbody tr")).hasSize(1);
        Element row = list.doc().selectFirst("#accounts tbody tr");
        assertThat(row.child(0).text()).isEqualTo("Dee Wright");
        assertThat(row.child(1).text()).isEqualTo(Demo.MEMBER);
        assertThat(row.child(2).text()).as("organisation name").isNotBlank().doesNotContain("removed");
        assertThat(row.child(3).text()).isEqualTo("Member");
        assertThat(row.child(4).text()).isEqualTo("Active");
        // and by part of the name, any case
        assertThat(coordinator.get("/admin/accounts.xhtml?q=dEE+wRi").doc().select("#accounts tbody tr")).hasSize(1);

        Page account = openAccount(coordinator, Demo.MEMBER);
        assertThat(account.doc().selectFirst("h1").text()).isEqualTo("Dee Wright");
        assertThat(account.doc().select("#roles label")).extracting(Element::text)
                .contains("Member", "Representative", "Co-ordinator", "Site administrator");
        assertThat(checked(account, "MEMBER")).isTrue();
        assertThat(checked(account, "REPRESENTATIVE")).isFalse();

        Page saved = saveRoles(coordinator, Map.of("roles:role-REPRESENTATIVE", "on"));
        assertThat(saved.messages()).contains("Given: Representative.");
        assertThat(checked(saved, "REPRESENTATIVE")).isTrue();
        assertThat(checked(saved, "MEMBER")).as("untouched roles stay").isTrue();

        Page audit = coordinator.get("/admin/audit.xhtml?action=role.granted");
        Element granted = audit.doc().selectFirst("#entries tbody tr");
        assertThat(granted).as(audit.text()).isNotNull();
        assertThat(granted.selectFirst(".action").text()).isEqualTo("role.granted");
        assertThat(granted.selectFirst(".actor").text()).contains("Sam Carter (co-ordinator)");
        assertThat(granted.selectFirst(".target").text()).contains("Dee Wright <volunteer@example.org>");
        assertThat(granted.selectFirst(".detail").text()).isEqualTo("Representative");
        assertThat(audit.text()).contains("append-only");
        assertThat(audit.doc().select("button, input[type=submit]")).as("nothing to edit or delete")
                .extracting(Element::val).containsExactlyInAnyOrder("Show entries", "Sign out");

        // the CSV link carries the filter; the file has a BOM, the headers and the entry
        String csvLink = audit.doc().selectFirst("a#csv").absUrl("href");
        assertThat(csvLink).contains("/admin/audit.csv?action=role.granted");
        HttpResponse<String> csv = coordinator.raw(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"audit-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv\"");
        assertThat(csv.body()).startsWith("\uFEFF" + CSV_HEADER + "\r\n");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},Sam Carter \\(co-ordinator\\) <coordinator@example.org>,"
                        + "role\\.granted,account,\\d+,Dee Wright <volunteer@example.org>,,Representative"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",role.granted,"));

        openAccount(coordinator, Demo.MEMBER);
        Page revoked = saveRoles(coordinator, mapOf("roles:role-REPRESENTATIVE", null));
        assertThat(revoked.messages()).contains("Removed: Representative.");
        assertThat(checked(revoked, "REPRESENTATIVE")).isFalse();
        Element revokedRow = coordinator.get("/admin/audit.xhtml?action=role.revoked").doc().selectFirst("#entries tbody tr");
        assertThat(revokedRow.selectFirst(".target").text()).contains("Dee Wright <volunteer@example.org>");
        assertThat(revokedRow.selectFirst(".detail").text()).isEqualTo("Representative");
    }

    @Test
    void developmentOfficerSeesAccountsButCannotChangeRolesOrReadTheAuditLog() {
        WebClient officer = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.11");
        Page list = officer.get("/admin/accounts.xhtml?q=example.org");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.doc().select("#accounts tbody tr")).hasSizeGreaterThanOrEqualTo(7);
        Page account = openAccount(officer, Demo.ORG_ADMIN);
        assertThat(account.doc().getElementById("roles-readonly").text()).isEqualTo("Member, Organisation admin");
        assertThat(account.doc().getElementById("roles")).as("no role form for a development officer").isNull();
        assertThat(account.doc().getElementById("status")).as("no disable button either").isNull();
        assertThat(officer.get("/admin/audit.xhtml").status()).isEqualTo(403);
        assertThat(officer.raw("/admin/audit.csv").statusCode()).isEqualTo(403);

        // the service is the guard: a form opened while the officer briefly held the co-ordinator role
        // is refused once that role has gone, and nothing changes
        WebClient admin = signedIn(Demo.SITE_ADMIN, "203.0.113.12");
        openAccount(admin, Demo.DEVELOPMENT_OFFICER);
        assertThat(saveRoles(admin, Map.of("roles:role-COORDINATOR", "on")).messages()).contains("Given: Co-ordinator.");
        Page form = openAccount(officer, Demo.ORG_ADMIN);
        assertThat(form.doc().getElementById("roles")).isNotNull();
        openAccount(admin, Demo.DEVELOPMENT_OFFICER);
        assertThat(saveRoles(admin, mapOf("roles:role-COORDINATOR", null)).messages()).contains("Removed: Co-ordinator.");

        Page refused = officer.submit("roles", Map.of("roles:role-REPRESENTATIVE", "on"), "roles:submit");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Only the co-ordinator or a site administrator can change accounts and roles.");
        Page after = openAccount(admin, Demo.ORG_ADMIN);
        assertThat(checked(after, "REPRESENTATIVE")).as("nothing changed").isFalse();
    }

    @Test
    void onlyASiteAdministratorGivesSiteAdministratorAndRolesNeedTheRightAccount() {
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.13");
        openAccount(coordinator, Demo.REPRESENTATIVE);
        Page refused = saveRoles(coordinator, Map.of("roles:role-SITE_ADMIN", "on", "roles:role-PARTNER_OFFICER", "on"));
        assertThat(refused.fieldError("roles:choices"))
                .contains("Only a site administrator can give or remove the Site administrator role.");
        assertThat(openAccount(coordinator, Demo.REPRESENTATIVE)).satisfies(p -> {
            assertThat(checked(p, "SITE_ADMIN")).as("refused").isFalse();
            assertThat(checked(p, "PARTNER_OFFICER")).as("all or nothing").isFalse();
        });

        // Member and Organisation admin only for people in an organisation
        openAccount(coordinator, Demo.PARTNER_OFFICER);
        Page noOrganisation = saveRoles(coordinator, Map.of("roles:role-ORG_ADMIN", "on"));
        assertThat(noOrganisation.fieldError("roles:choices")).contains("only for accounts that belong to an organisation");
        assertThat(checked(openAccount(coordinator, Demo.PARTNER_OFFICER), "ORG_ADMIN")).isFalse();

        WebClient admin = signedIn(Demo.SITE_ADMIN, "203.0.113.14");
        openAccount(admin, Demo.REPRESENTATIVE);
        assertThat(saveRoles(admin, Map.of("roles:role-SITE_ADMIN", "on")).messages()).contains("Given: Site administrator.");
        assertThat(checked(openAccount(coordinator, Demo.REPRESENTATIVE), "SITE_ADMIN")).isTrue();
        // …and a co-ordinator cannot take it away again either
        assertThat(saveRoles(coordinator, mapOf("roles:role-SITE_ADMIN", null)).fieldError("roles:choices"))
                .contains("Only a site administrator");
        openAccount(admin, Demo.REPRESENTATIVE);
        assertThat(saveRoles(admin, mapOf("roles:role-SITE_ADMIN", null)).messages()).contains("Removed: Site administrator.");
    }

    @Test
    void nobodyRemovesTheirOwnCoordinatorOrSiteAdministratorRoleOrDisablesThemselves() {
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.15");
        Page own = openAccount(coordinator, Demo.COORDINATOR);
        assertThat(own.doc().getElementById("status")).as("no disable button on your own account").isNull();
        Page refused = saveRoles(coordinator, mapOf("roles:role-COORDINATOR", null));
        assertThat(refused.fieldError("roles:choices")).contains("You cannot remove your own Co-ordinator role");
        assertThat(checked(openAccount(coordinator, Demo.COORDINATOR), "COORDINATOR")).isTrue();
        assertThat(coordinator.get("/admin/audit.xhtml").status()).as("still a co-ordinator").isEqualTo(200);

        WebClient admin = signedIn(Demo.SITE_ADMIN, "203.0.113.16");
        openAccount(admin, Demo.SITE_ADMIN);
        assertThat(saveRoles(admin, mapOf("roles:role-SITE_ADMIN", null)).fieldError("roles:choices"))
                .contains("You cannot remove your own Site administrator role");
        assertThat(checked(openAccount(admin, Demo.SITE_ADMIN), "SITE_ADMIN")).isTrue();
    }

    @Test
    void partnerOfficerMemberAndVisitorAreRefusedTheAuditLogAndItsCsv() {
        for (String email : List.of(Demo.PARTNER_OFFICER, Demo.MEMBER, Demo.ORG_ADMIN)) {
            WebClient client = signedIn(email, "203.0.113.17");
            assertThat(client.get("/admin/audit.xhtml").status()).as(email).isEqualTo(403);
            HttpResponse<String> csv = client.raw("/admin/audit.csv");
            assertThat(csv.statusCode()).as(email).isEqualTo(403);
            assertThat(csv.body()).doesNotContain(CSV_HEADER);
            assertThat(client.get("/admin/accounts.xhtml").status()).as(email).isEqualTo(403);
        }
        // path parameters and odd spellings of the path do not slip past the staff-only check
        WebClient partner = signedIn(Demo.PARTNER_OFFICER, "203.0.113.25");
        for (String sneaky : List.of("/admin;x=1/accounts.xhtml", "/admin/./accounts.xhtml", "/x/../admin/accounts.xhtml",
                "/admin;/audit.csv", "/%61dmin/accounts.xhtml")) {
            Page p = partner.get(sneaky);
            assertThat(p.doc().select("#accounts, #entries")).as(sneaky + " → " + p.status() + " " + p.uri()).isEmpty();
            assertThat(p.text()).as(sneaky).doesNotContain(CSV_HEADER, "accounts found");
        }
        WebClient visitor = new WebClient(base, "203.0.113.18");
        for (String sneaky : List.of("/admin;x=1/accounts.xhtml", "/admin;/audit.csv", "/admin/.;/audit.csv")) {
            Page p = visitor.get(sneaky);
            assertThat(p.text()).as(sneaky).doesNotContain(CSV_HEADER, "accounts found");
            assertThat(p.path()).as(sneaky + " is sent to sign in by the access filter").endsWith("/account/login.xhtml");
        }
        assertThat(visitor.get("/admin/audit.xhtml").path()).endsWith("/account/login.xhtml");
        Page csv = visitor.get("/admin/audit.csv");
        assertThat(csv.path()).endsWith("/account/login.xhtml");
        assertThat(csv.text()).doesNotContain(CSV_HEADER);
    }

    @Test
    void auditFiltersByTextActionAndDatesPagesFiftyAtATimeAndExplainsBadDates() {
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.19");
        openAccount(coordinator, Demo.REPRESENTATIVE);
        // 26 grants and 26 revokes of one role: more than one page of entries for this account
        for (int i = 0; i < 26; i++) {
            saveRoles(coordinator, Map.of("roles:role-PARTNER_OFFICER", "on"));
            saveRoles(coordinator, mapOf("roles:role-PARTNER_OFFICER", null));
        }
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        // the role's label is the entries' detail: matched in any case
        String filter = "/admin/audit.xhtml?q=" + enc("STATUTORY PARTNER") + "&type=account";
        Page first = coordinator.get(filter);
        assertThat(first.doc().select("#entries tbody tr")).hasSize(50);
        assertThat(first.text()).contains("52 entries match the filter.", "Page 1 of 2");
        assertThat(first.doc().selectFirst("#entries .action").text()).as("newest first").isEqualTo("role.revoked");
        assertThat(first.doc().getElementById("previous")).isNull();
        Page second = coordinator.get(first.doc().getElementById("next").absUrl("href"));
        assertThat(second.uri().getQuery()).contains("q=STATUTORY+PARTNER", "type=account", "page=2");
        assertThat(second.doc().select("#entries tbody tr")).hasSize(2);
        assertThat(second.doc().select("#entries .action").last().text()).as("oldest last").isEqualTo("role.granted");
        assertThat(second.doc().getElementById("next")).isNull();
        assertThat(coordinator.get(second.doc().getElementById("previous").absUrl("href"))
                .doc().select("#entries tbody tr")).hasSize(50);
        // the filter form shows the filter back
        assertThat(first.doc().getElementById("q").val()).isEqualTo("STATUTORY PARTNER");
        assertThat(first.doc().selectFirst("#entries .target").text()).contains("Morgan Ellis <rep@example.org>");
        assertThat(first.doc().select("#type option[selected]").text()).isEqualTo("account");
        assertThat(first.doc().select("#action option")).extracting(Element::val).contains("", "role.granted", "role.revoked");

        assertThat(coordinator.get(filter + "&action=role.granted").text()).contains("26 entries match");
        assertThat(coordinator.get(filter + "&from=" + today + "&to=" + today).text()).contains("52 entries match");
        Page past = coordinator.get(filter + "&from=2001-01-01&to=2001-12-31");
        assertThat(past.text()).contains("0 entries match");
        assertThat(past.doc().select("#entries tbody tr")).isEmpty();
        // a page past the end shows the last page
        assertThat(coordinator.get(filter + "&page=999999").text()).contains("Page 2 of 2");

        Page badDates = coordinator.get(filter + "&from=2026-02-30&to=yesterday");
        assertThat(badDates.status()).isEqualTo(200);
        assertThat(badDates.fieldError("from")).contains("Enter a real date");
        assertThat(badDates.fieldError("to")).contains("Enter a real date");
        assertThat(badDates.doc().getElementById("from").val()).isEqualTo("2026-02-30");
        assertThat(badDates.doc().select("#entries")).isEmpty();
        Page backwards = coordinator.get(filter + "&from=" + today + "&to=2020-01-01");
        assertThat(backwards.fieldError("to")).contains("must be the same as or after");
        assertThat(backwards.fieldError("from")).isEmpty();
        assertThat(coordinator.raw("/admin/audit.csv?from=2026-13-01").statusCode()).isEqualTo(400);
    }

    @Test
    void hostileFilterTextIsShownEscapedAndFindsNothing() {
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.20");
        String script = "<script>alert('filter-text')</script>"; // text no other check writes
        for (String path : List.of("/admin/audit.xhtml?q=", "/admin/accounts.xhtml?q=")) {
            String none = path.contains("audit") ? "0 entries match the filter." : "0 accounts found.";
            Page page = coordinator.get(path + enc(script));
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.doc().getElementById("q").val()).isEqualTo(script);
            assertThat(page.doc().select("script:containsData(alert)")).isEmpty();
            assertThat(page.text()).contains(none);
            assertThat(coordinator.raw(path + enc(script)).body()).as("escaped in the HTML")
                    .doesNotContain("<script>alert").contains("&lt;script&gt;alert");

            Page sql = coordinator.get(path + enc("' OR 1=1 --"));
            assertThat(sql.status()).isEqualTo(200);
            assertThat(sql.text()).contains(none);
            Page wildcard = coordinator.get(path + enc("%"));
            assertThat(wildcard.text()).as("a typed % is a character, not a wildcard").contains(none);

            // far more than the field allows (maxlength 200); a GET much longer than this is refused by the
            // HTTP server itself before it reaches the portal
            Page huge = coordinator.get(path + enc("x".repeat(3000)));
            assertThat(huge.status()).as(path + " long text").isEqualTo(200);
            assertThat(huge.text()).contains("Only the first 200 characters were used.");
            assertThat(huge.doc().getElementById("q").val()).hasSize(200);
        }
        Page hostileSelect = coordinator.get("/admin/audit.xhtml?action=" + enc(script) + "&type=" + enc("' OR 1=1 --"));
        assertThat(hostileSelect.status()).isEqualTo(200);
        assertThat(hostileSelect.text()).contains("0 entries match");
        HttpResponse<String> csv = coordinator.raw("/admin/audit.csv?q=" + enc(script));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("\uFEFF" + CSV_HEADER + "\r\n");
        Page noSuchAccount = coordinator.get("/admin/account.xhtml?id=" + enc("1 OR 1=1"));
        assertThat(noSuchAccount.status()).isEqualTo(404);
        assertThat(coordinator.get("/admin/account.xhtml?id=999999").status()).isEqualTo(404);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        WebClient volunteer = signedIn(Demo.MEMBER, "203.0.113.21");
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.22");
        Page account = openAccount(coordinator, Demo.MEMBER);
        Page disabled = coordinator.submit("status", Map.of(), "status:disable");
        assertThat(disabled.messages()).contains("The account is disabled");
        assertThat(disabled.doc().getElementById("status-text").text()).startsWith("Disabled");
        assertThat(coordinator.get("/admin/accounts.xhtml?q=volunteer").doc().selectFirst("#accounts tbody tr").child(4).text())
                .startsWith("Disabled");
        assertThat(account.status()).isEqualTo(200);

        // the open session has ended, and signing in again is refused
        assertThat(volunteer.get("/").doc().select(".account-menu a").text()).doesNotContain("Dee Wright");
        WebClient again = new WebClient(base, "203.0.113.23");
        again.get("/account/login.xhtml");
        Page refused = again.submit("login", Map.of("login:email", Demo.MEMBER, "login:password", Demo.PASSWORD), "login:submit");
        assertThat(refused.path()).endsWith("/account/login.xhtml");
        assertThat(refused.messages()).contains("do not match an account");

        Page audit = coordinator.get("/admin/audit.xhtml?action=account.disabled");
        assertThat(audit.doc().selectFirst("#entries .target").text()).contains("Dee Wright <volunteer@example.org>");
        assertThat(audit.doc().selectFirst("#entries .detail").text()).isEqualTo("status: \"ACTIVE\" → \"DISABLED\"");
        // RFC 4180: the quotes in the detail are doubled inside a quoted cell
        HttpResponse<String> csv = coordinator.raw("/admin/audit.csv?action=account.disabled");
        assertThat(csv.body()).contains(",account.disabled,account,", ",\"status: \"\"ACTIVE\"\" → \"\"DISABLED\"\"\"\r\n");

        openAccount(coordinator, Demo.MEMBER);
        Page enabled = coordinator.submit("status", Map.of(), "status:enable");
        assertThat(enabled.messages()).contains("enabled again");
        assertThat(enabled.doc().getElementById("status-text").text()).startsWith("Active");
        assertThat(coordinator.get("/admin/audit.xhtml?action=account.enabled").doc().select("#entries tbody tr")).hasSize(1);
        Demo.signIn(new WebClient(base, "203.0.113.24"), Demo.MEMBER);
    }

    private WebClient signedIn(String email, String address) {
        WebClient client = new WebClient(base, address);
        Demo.signIn(client, email);
        return client;
    }

    /** Finds the account by its email on the accounts page and opens it. */
    private static Page openAccount(WebClient client, String email) {
        Page list = client.get("/admin/accounts.xhtml?q=" + enc(email));
        Element link = list.doc().selectFirst("#accounts a[href*=account.xhtml?id=]");
        assertThat(link).as("account " + email + " in " + list.text()).isNotNull();
        Page page = client.get(link.absUrl("href"));
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    /** Presses Save roles on the open account page with the given boxes ticked (value) or unticked (null). */
    private static Page saveRoles(WebClient client, Map<String, String> changes) {
        return client.submit("roles", changes, "roles:submit");
    }

    private static boolean checked(Page page, String role) {
        Element box = page.doc().getElementById("roles:role-" + role);
        assertThat(box).as("checkbox for " + role + " on " + page.text()).isNotNull();
        return box.hasAttr("checked");
    }

    private static Map<String, String> mapOf(String key, String value) {
        Map<String, String> m = new HashMap<>();
        m.put(key, value);
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
