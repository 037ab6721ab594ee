package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.Demo;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeping listings current and the gap report, with the portal's clock run 800 days ahead of the demo data
 * (acorn.clock.offset), so every organisation's profile is past its asking limit: reminders by email, the
 * one-click confirmation, the stale listings page, and the gap and overlap report with its drill-down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurrencyIT {

    static final TestMail MAIL = new TestMail();
    static final String SUBJECT = "check your listing";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AcornDeployment.war(MAIL.port(), Map.of("acorn.clock.offset", "P800D"));
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void adminsAreRemindedOnceAndConfirmWithOneClick() throws InterruptedException {
        String orgName = ownOrganisation(Demo.ORG_ADMIN);
        String repOrg = ownOrganisation(Demo.REPRESENTATIVE);
        WebClient coordinator = new WebClient(base, "203.0.113.40");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        Page stale = coordinator.get("/admin/stale.xhtml");
        assertThat(orgRow(stale, orgName).select(".reminders").text()).isEqualTo("None this year");

        Page pass = coordinator.submit("pass", Map.of(), "pass:run");
        assertThat(pass.messages()).as(pass.text()).containsPattern("Today's reminders: [1-9]\\d* first reminders");
        TestMail.Received mail = MAIL.await(Demo.ORG_ADMIN, SUBJECT);
        assertThat(mail.subject()).contains(orgName);
        assertThat(mail.body()).contains("Organisation details: last checked", "/organisation/details.xhtml",
                "/organisation/services.xhtml");
        MAIL.await(Demo.REPRESENTATIVE, SUBJECT);

        // a second pass the same day (or a second node) sends nothing more; members who are not admins get nothing
        coordinator.get("/admin/stale.xhtml");
        coordinator.submit("pass", Map.of(), "pass:run");
        Thread.sleep(3000);
        // (with the clock 800 days on, other features remind these people too: count this reminder only)
        assertThat(reminders(Demo.ORG_ADMIN)).isEqualTo(1);
        assertThat(reminders(Demo.MEMBER)).isZero();
        assertThat(orgRow(coordinator.get("/admin/stale.xhtml"), orgName).select(".reminders").text()).startsWith("1 sent");

        // opening the link (as a mail scanner would) changes nothing
        String link = mail.link("/listing/confirm.xhtml");
        WebClient admin = new WebClient(base, "203.0.113.41");
        Page check = admin.get(link);
        assertThat(check.doc().select("h1#check").text()).contains(orgName);
        assertThat(check.doc().select("#listing").text()).contains("Organisation details");
        assertThat(check.doc().select("a#update-details").attr("href")).endsWith("/organisation/details.xhtml");
        assertThat(admin.get(link).doc().select("h1#check")).hasSize(1);
        assertThat(orgRow(coordinator.get("/admin/stale.xhtml"), orgName)).isNotNull();

        Page confirmed = admin.submit("confirm", Map.of(), "confirm:yes");
        assertThat(confirmed.doc().select("h1#confirmed").text()).as(confirmed.text()).contains(orgName);
        assertThat(confirmed.doc().select("#listing").text()).contains("Verified").doesNotContain("Not verified recently");
        Page used = admin.get(link);
        assertThat(used.doc().select("h1#unusable")).hasSize(1);
        assertThat(used.doc().select("#link-problem").text()).contains("already been confirmed");
        Page replay = admin.post(link, Map.of("token", link.substring(link.indexOf('=') + 1)));
        assertThat(replay.doc().select("h1#confirmed")).isEmpty();

        for (String bad : List.of("abc", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "x'%20OR%20'1'='1", "A".repeat(43), "A".repeat(5000))) {
            Page p = admin.get("/listing/confirm.xhtml?token=" + bad);
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.doc().select("#link-problem").text()).as(bad).contains("do not recognise this link");
        }
        assertThat(admin.get("/listing/confirm.xhtml").doc().select("#link-problem").text()).contains("do not recognise");

        // the confirmed organisation drops off the stale list; the audit log says who confirmed what
        Page after = coordinator.get("/admin/stale.xhtml");
        assertThat(after.doc().select("#stale td.organisation").eachText()).doesNotContain(orgName);
        Page audit = coordinator.get("/admin/audit.xhtml?action=listing.confirmed");
        assertThat(audit.doc().select("#entries").text()).contains(orgName, "confirmed by the link");

        // staff send another reminder at once: the representative's organisation gets a second email
        after = coordinator.get("/admin/stale.xhtml");
        Page sent = coordinator.submit("actions", Map.of(), orgRow(after, repOrg).select("input[value=Send reminder now]").attr("name"));
        assertThat(sent.messages()).as(sent.text()).contains("Reminder queued to " + Demo.REPRESENTATIVE);
        MAIL.await(Demo.REPRESENTATIVE, "Reminder: please check your listing");
        assertThat(reminders(Demo.REPRESENTATIVE)).isEqualTo(2);

        // and mark one verified after a phone call, on its behalf
        Page marking = coordinator.submit("actions", Map.of(), orgRow(sent, repOrg).select("input[value=Mark verified after a call]").attr("name"));
        assertThat(marking.doc().select("#verify h2").text()).contains(repOrg);
        Page tooLong = coordinator.submit("verify", Map.of("verify:note", "x".repeat(600)), "verify:submit");
        assertThat(tooLong.fieldError("verify:note")).contains("500 characters");
        Page marked = coordinator.submit("verify", Map.of("verify:note", "Phoned <b>Morgan</b>; all correct"), "verify:submit");
        assertThat(marked.messages()).as(marked.text()).contains("Marked the listing of " + repOrg + " as verified");
        assertThat(marked.doc().select("#stale td.organisation").eachText()).doesNotContain(repOrg);
        Page proxyAudit = coordinator.get("/admin/audit.xhtml?action=listing.verified");
        assertThat(proxyAudit.doc().select("#entries").text()).contains("on behalf of " + repOrg, "Phoned <b>Morgan</b>");
        // the rep's old link is spent with the cycle
        String repLink = MAIL.await(Demo.REPRESENTATIVE, "Reminder: please").link("/listing/confirm.xhtml");
        assertThat(admin.get(repLink).doc().select("#link-problem").text()).contains("already been checked");
    }

    @Test
    void theStaleListFiltersAndDownloads() {
        WebClient officer = new WebClient(base, "203.0.113.50");
        Demo.signIn(officer, Demo.DEVELOPMENT_OFFICER);
        Page all = officer.get("/admin/stale.xhtml");
        int total = all.doc().select("#stale tbody tr").size();
        assertThat(total).isGreaterThan(10);
        Page unverified = officer.get("/admin/stale.xhtml?status=UNVERIFIED");
        assertThat(unverified.doc().select("#stale td.status").eachText()).isNotEmpty().allMatch("Not verified recently"::equals);
        Page due = officer.get("/admin/stale.xhtml?status=DUE");
        assertThat(due.doc().select("#stale td.status").eachText()).allMatch("Due for checking"::equals);
        assertThat(unverified.doc().select("#stale tbody tr").size() + due.doc().select("#stale tbody tr").size()).isEqualTo(total);

        Element firstDistrict = all.doc().select("#district option[value~=\\d+]").first();
        Page inDistrict = officer.get("/admin/stale.xhtml?district=" + firstDistrict.val());
        assertThat(inDistrict.doc().select("#district option[selected]").text()).isEqualTo(firstDistrict.text());
        assertThat(inDistrict.doc().select("#stale tbody tr td:eq(2)").eachText()).isNotEmpty()
                .allMatch(a -> a.contains(firstDistrict.text()) || a.equals("County-wide"));

        Page bad = officer.get("/admin/stale.xhtml?status=%3Cscript%3E&district=1%27%20OR%201=1");
        assertThat(bad.text()).contains("Choose a status from the list.", "Choose a district from the list.")
                .doesNotContain("<script>");
        assertThat(bad.doc().select("#stale")).isEmpty();

        HttpResponse<String> csv = officer.raw("/admin/stale.csv?status=UNVERIFIED");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).contains("listing,id,name");
        assertThat(lines).hasSize(1 + unverified.doc().select("#stale tbody tr").size());
        assertThat(officer.raw("/admin/stale.csv?district=..%2F..").statusCode()).isEqualTo(400);
    }

    @Test
    void theGapReportCountsDrillsDownAndDownloads() {
        WebClient partner = new WebClient(base, "203.0.113.60");
        Demo.signIn(partner, Demo.PARTNER_OFFICER);
        Page report = partner.get("/reports/gaps.xhtml");
        assertThat(report.doc().select("#heatmap thead th").eachText()).contains("1 Be healthy", "5 Achieve economic well-being");
        assertThat(report.text()).contains("county-wide organisations are counted in every district");
        assertThat(report.doc().select("svg.chart rect.chart-bar")).hasSize(report.doc().select("#heatmap tbody tr").size());

        // every cell's mark agrees with its count and the thresholds (gap <= 1, overlap >= 12)
        for (Element td : report.doc().select("#heatmap td.heat")) {
            int n = Integer.parseInt(td.selectFirst("a").ownText().trim());
            assertThat(td.select(".marker").text()).isEqualTo(n <= 1 ? "Gap" : n >= 12 ? "Possible overlap" : "");
        }
        // a district × outcome cell lists exactly its services, each linking to the service page
        Element cell = report.doc().select("#heatmap td.heat").stream()
                .filter(td -> Integer.parseInt(td.selectFirst("a").ownText().trim()) > 0).findFirst().orElseThrow();
        int count = Integer.parseInt(cell.selectFirst("a").ownText().trim());
        Page drill = partner.get(cell.selectFirst("a").attr("href").replaceFirst("^/[^/]*/reports", "/reports"));
        assertThat(drill.doc().select("#services tbody tr")).hasSize(count);
        assertThat(drill.doc().select("#services a").eachAttr("href")).allMatch(h -> h.matches(".*/directory/service\\.xhtml\\?id=\\d+"));
        assertThat(drill.doc().select("#services td:eq(2)").eachText()).doesNotContain("Closed");

        // with closed services counted, no cell has fewer
        Page withClosed = partner.get("/reports/gaps.xhtml?closed=true");
        Element sameCell = withClosed.doc().selectFirst("#heatmap td[data-area=" + cell.attr("data-area") + "][data-term="
                + cell.attr("data-term") + "]");
        assertThat(Integer.parseInt(sameCell.selectFirst("a").ownText().trim())).isGreaterThanOrEqualTo(count);

        // CSV has the same figures
        HttpResponse<String> csv = partner.raw("/reports/gaps.csv?view=ecm");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).contains("district", "1 Be healthy");
        String firstRowCells = String.join(",", report.doc().select("#heatmap tbody tr").first().select("td.heat a")
                .stream().map(a -> a.ownText().trim()).toList());
        assertThat(lines[1]).contains("," + firstRowCells + ",");

        // other views, expansion and hostile parameters
        Page types = partner.get("/reports/gaps.xhtml?view=service_type");
        String expand = types.doc().select("#heatmap thead a").first().attr("href");
        Page sub = partner.get(expand.replaceFirst("^/[^/]*/reports", "/reports"));
        assertThat(sub.doc().select("#expanded")).hasSize(1);
        assertThat(partner.get("/reports/gaps.xhtml?view=target_group").doc().select("#heatmap")).hasSize(1);
        Page hostile = partner.get("/reports/gaps.xhtml?view=%3Cscript%3Ealert(1)%3C/script%3E&expand=1%20OR%201=1");
        assertThat(hostile.doc().select("#problem").text()).contains("Choose what to count by");
        assertThat(hostile.doc().select("script:containsData(alert(1))")).isEmpty();
        assertThat(partner.get("/reports/gaps.xhtml?view=service_type&expand=999999").doc().select("#problem").text())
                .contains("not in the list");
        assertThat(partner.get("/reports/gap-cell.xhtml?area=abc&term=../../").doc().select("#problem").text())
                .contains("does not exist");
        assertThat(partner.raw("/reports/gaps.csv?view=nope").statusCode()).isEqualTo(400);
    }

    @Test
    void membersAndVisitorsAreRefused() {
        WebClient visitor = new WebClient(base, "203.0.113.70");
        assertThat(visitor.get("/reports/gaps.xhtml").path()).isEqualTo("/account/login.xhtml");
        assertThat(visitor.get("/admin/stale.xhtml").path()).isEqualTo("/account/login.xhtml");
        assertThat(visitor.raw("/reports/gaps.csv").uri().getPath()).isEqualTo("/account/login.xhtml");

        WebClient member = new WebClient(base, "203.0.113.71");
        Demo.signIn(member, Demo.MEMBER);
        assertThat(member.get("/reports/gaps.xhtml").status()).isEqualTo(403);
        assertThat(member.get("/admin/stale.xhtml").status()).isEqualTo(403);
        assertThat(member.raw("/admin/stale.csv").statusCode()).isEqualTo(403);
        assertThat(member.raw("/reports/gaps.csv").statusCode()).isEqualTo(403);

        WebClient orgAdmin = new WebClient(base, "203.0.113.72");
        Demo.signIn(orgAdmin, Demo.ORG_ADMIN);
        assertThat(orgAdmin.get("/reports/gaps.xhtml").status()).isEqualTo(403);

        WebClient rep = new WebClient(base, "203.0.113.73");
        Demo.signIn(rep, Demo.REPRESENTATIVE);
        assertThat(rep.get("/reports/gaps.xhtml").doc().select("#heatmap")).hasSize(1);
        assertThat(rep.get("/admin/stale.xhtml").status()).isEqualTo(403);
    }

    private String ownOrganisation(String adminEmail) {
        WebClient client = new WebClient(base, "203.0.113." + (80 + adminEmail.length()));
        Demo.signIn(client, adminEmail);
        return client.get("/organisation/details.xhtml").doc().selectFirst("[name=org:name]").val();
    }

    private static Element orgRow(Page page, String orgName) {
        return page.doc().select("#stale tr.org-row").stream()
                .filter(tr -> tr.select("td.organisation").text().equals(orgName)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation row for " + orgName + " in:\n" + page.text()));
    }

    private static long reminders(String to) {
        return MAIL.to(to, SUBJECT).size();
    }
}
