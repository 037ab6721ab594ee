package org.acorn.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.Browser;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Contract readiness through the real pages on the Group demo, with the portal's clock run 30 days ahead of real time
 * (acorn.clock.offset), so every date rule is seen to follow the injected clock: documents sent with bad input (lying
 * and oversized files, hostile text, dates in the past by the portal's clock) refused with nothing saved; the expiry
 * reminder emailed by the schedule; the review flow raising the score; the access rules (another organisation's admin,
 * a plain member, a visitor, by address and id); the self-assessment scaled to size and its action plan; help requests
 * routed to a volunteering member and closed, emailed at each step; a template offered and published into the library.
 * Browser journey: an organisation admin sends a policy, a development officer accepts it, the score rises.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    static final TestMail MAIL = new TestMail();
    /** The portal's today: real today plus the deployment's clock offset. */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    URL base;

    /** The Group demo; -Dreadiness.demo=network or forum starts the others (each model's demo readiness is checked the same way). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return AcornDeployment.war(MAIL.port(), Map.of("acorn.readiness.pass.seconds", "2", "acorn.readiness.document.max.kb", "64",
                "acorn.clock.offset", "P30D",
                "acorn.demo", System.getProperty("readiness.demo", "group")));
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    // ---------------------------------------------------------------- checklist, bad input, reminder, review

    @Test
    void badDocumentsAreRefusedAGoodOneIsRemindedBeforeItExpiresAndAReviewRaisesTheScore() {
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.10");
        Page mine = admin.get("/readiness/index.xhtml");
        assertThat(mine.status()).isEqualTo(200);
        String org = orgOf(mine);
        int before = score(mine);
        assertThat(state(mine, "COMPLAINTS")).isEqualTo("Not sent yet");
        // demo: the admin's own organisation has one document sent back with a note
        assertThat(state(mine, "DATA_PROTECTION")).isEqualTo("Needs work");
        assertThat(mine.doc().select("#item-DATA_PROTECTION .review-note").text()).contains("registration forms");

        Map<String, String> ok = Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", TODAY.plusDays(10).toString(), "upload:note", "");
        Page lying = send(admin, ok, "complaints.pdf", "MZ this is not a PDF at all".getBytes(StandardCharsets.UTF_8));
        assertThat(lying.fieldError("upload:file")).contains("“complaints.pdf” is not a PDF, Word");
        Page huge = send(admin, ok, "complaints.txt", new byte[70 * 1024]);
        assertThat(huge.fieldError("upload:file")).contains("is larger than 64 KB");
        // real today + 5 days is in the past for a portal running 30 days ahead
        Page past = send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", TODAY.minusDays(25).toString()), "c.pdf", PDF);
        assertThat(past.fieldError("upload:expiresOn")).contains("That date has passed");
        Page far = send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", TODAY.plusYears(11).toString()), "c.pdf", PDF);
        assertThat(far.fieldError("upload:expiresOn")).contains("within the next 10 years");
        Page malformed = send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", "31/12/2027"), "c.pdf", PDF);
        assertThat(malformed.fieldError("upload:expiresOn")).contains("Give the date like");
        Page noDate = send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", ""), "c.pdf", PDF);
        assertThat(noDate.fieldError("upload:expiresOn")).contains("Give the date it must be reviewed");
        Page badKind = send(admin, Map.of("upload:kind", "COMPLAINTS' OR 1=1", "upload:expiresOn", TODAY.plusDays(10).toString()), "c.pdf", PDF);
        assertThat(badKind.status()).isEqualTo(200);
        Page longNote = send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", TODAY.plusDays(10).toString(),
                "upload:note", "x".repeat(1001)), "c.pdf", PDF);
        assertThat(longNote.fieldError("upload:note")).contains("1,000 characters or fewer");
        assertThat(state(admin.get("/readiness/index.xhtml"), "COMPLAINTS")).isEqualTo("Not sent yet");

        // a good one, with hostile text in its name and note: kept as text, never as markup
        Page sent = send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", TODAY.plusDays(10).toString(),
                "upload:note", "<script>alert('owl')</script>"), "../../<b>owl</b>complaints.pdf", PDF);
        assertThat(sent.messages()).contains("Complaints procedure sent");
        assertThat(state(sent, "COMPLAINTS")).isEqualTo("Waiting for review");
        assertThat(sent.doc().select("#item-COMPLAINTS").text()).contains("<script>alert('owl')</script>");
        assertThat(sent.doc().select("script").stream().map(Element::data)).noneMatch(s -> s.contains("owl"));
        String fileLink = sent.doc().select("#item-COMPLAINTS a").attr("href");
        assertThat(admin.raw(path(fileLink)).statusCode()).isEqualTo(200);

        // due in 10 days by the portal's clock: the schedule (every 2 s here) emails the admin once
        TestMail.Received reminder = MAIL.await(Demo.ORG_ADMIN, "Complaints procedure is due for renewal on " + TODAY.plusDays(10));
        assertThat(reminder.link("/readiness/index.xhtml")).isEqualTo("/readiness/index.xhtml?org=" + org);

        // staff see it waiting and due soon; a development officer sends it back, then accepts it
        WebClient officer = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.11");
        Page overview = officer.get("/readiness/staff.xhtml");
        assertThat(overview.doc().select("#waiting li").eachText()).anyMatch(t -> t.contains("Complaints procedure"));
        assertThat(overview.doc().select("#expiring li").eachText()).anyMatch(t -> t.contains("Complaints procedure"));
        Page theirs = officer.get("/readiness/index.xhtml?org=" + org);
        String item = option(theirs, "review:reviewItem", "Complaints procedure");
        Page noNote = officer.submit("review", Map.of("review:reviewItem", item, "review:note", ""), "review:needsWork");
        assertThat(noNote.fieldError("review:note")).contains("Enter what needs to change");
        officer.submit("review", Map.of("review:reviewItem", item, "review:note", "Add how long a complaint takes to answer."), "review:needsWork");
        assertThat(plain(MAIL.await(Demo.ORG_ADMIN, "Complaints procedure needs work"))).contains("how long a complaint takes").contains("Send the revised");

        // the organisation sends a new version while the officer's page is open: the old view's review is refused
        Page stale = officer.get("/readiness/index.xhtml?org=" + org);
        admin.get("/readiness/index.xhtml");
        send(admin, Map.of("upload:kind", "COMPLAINTS", "upload:expiresOn", TODAY.plusMonths(12).toString()), "complaints-v2.pdf", PDF);
        assertThat(admin.raw(path(fileLink)).statusCode()).as("the replaced file is gone").isEqualTo(404);
        Page refused = officer.submit("review", Map.of("review:reviewItem", option(stale, "review:reviewItem", "Complaints procedure")), "review:accept");
        assertThat(refused.messages()).contains("sent a new document");
        officer.get("/readiness/index.xhtml?org=" + org);
        Page accepted = officer.submit("review", Map.of("review:reviewItem", option(officer.current(), "review:reviewItem", "Complaints procedure")), "review:accept");
        assertThat(accepted.messages()).contains("Accepted");
        assertThat(plain(MAIL.await(Demo.ORG_ADMIN, "Complaints procedure accepted"))).contains("Priya Shah");
        Page after = admin.get("/readiness/index.xhtml");
        assertThat(state(after, "COMPLAINTS")).isEqualTo("Accepted");
        assertThat(score(after)).isGreaterThan(before);
        assertThat(after.doc().select("#missing li").eachText()).noneMatch(t -> t.startsWith("Complaints procedure"));
    }

    // ---------------------------------------------------------------- access

    @Test
    void readinessIsPrivateToTheOrganisationsAdminsAndStaffByAddressAndById() {
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.20");
        Page mine = admin.get("/readiness/index.xhtml");
        String org = orgOf(mine);
        String file = mine.doc().select("#item-SAFEGUARDING a").attr("href");
        assertThat(admin.raw(path(file)).statusCode()).isEqualTo(200);
        admin.get("/readiness/help.xhtml");
        Page asked = admin.submit("ask", Map.of("ask:topic", "BIDS", "ask:details", "Private: our bid for the early help lot."), "ask:send");
        String request = asked.uri().getQuery().replace("id=", "");

        // another organisation's admin, by every address that names the organisation, its file or its request
        WebClient other = signedIn(Demo.REPRESENTATIVE, "203.0.113.21");
        assertThat(orgOf(other.get("/readiness/index.xhtml"))).isNotEqualTo(org);
        for (String p : new String[] {"index", "assessment", "help", "templates"}) {
            assertThat(other.get("/readiness/" + p + ".xhtml?org=" + org).status()).as(p).isEqualTo(404);
        }
        assertThat(other.raw(path(file)).statusCode()).isEqualTo(404);
        assertThat(other.get("/readiness/request.xhtml?id=" + request).status()).isEqualTo(404);
        assertThat(other.get("/readiness/request.xhtml?id=" + request).text()).doesNotContain("early help lot");
        assertThat(other.get("/readiness/staff.xhtml").status()).isEqualTo(403);

        // a plain member of the same organisation, a partner officer, a visitor
        WebClient member = signedIn(Demo.MEMBER, "203.0.113.22");
        assertThat(member.get("/readiness/index.xhtml").status()).isEqualTo(404);
        assertThat(member.get("/readiness/index.xhtml?org=" + org).status()).isEqualTo(404);
        assertThat(member.raw(path(file)).statusCode()).isEqualTo(404);
        WebClient partner = signedIn(Demo.PARTNER_OFFICER, "203.0.113.23");
        assertThat(partner.get("/readiness/index.xhtml?org=" + org).status()).isEqualTo(404);
        WebClient visitor = new WebClient(base, "203.0.113.24");
        assertThat(visitor.get("/readiness/index.xhtml?org=" + org).path()).endsWith("/account/login.xhtml");
        assertThat(visitor.get(path(file)).path()).endsWith("/account/login.xhtml");

        // hostile addresses answer as "not found"
        for (String bad : new String[] {"abc", "-1", "99999999999", "%3Cscript%3E", "1%27%20OR%201=1"}) {
            assertThat(admin.get("/readiness/index.xhtml?org=" + bad).status()).as(bad).isEqualTo(404);
            assertThat(admin.get("/readiness/request.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
        }

        // staff see any organisation's; the demo has members fully ready and one whose insurance has expired
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.25");
        assertThat(coordinator.raw(path(file)).statusCode()).isEqualTo(200);
        Page overview = coordinator.get("/readiness/staff.xhtml");
        assertThat(overview.doc().select("#scores td.score").eachText()).filteredOn("100%"::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(overview.doc().select("#scores td.score").eachText()).filteredOn("0%"::equals).isNotEmpty();
        assertThat(overview.doc().select("#scores tbody tr").stream().filter(tr -> !"0".equals(tr.select("td").get(5).text()))
                .map(tr -> coordinator.get(tr.selectFirst("a").attr("href")))
                .anyMatch(p -> "Expired".equals(state(p, "INSURANCE")))).isTrue();
    }

    // ---------------------------------------------------------------- self-assessment, help, templates

    @Test
    void theSelfAssessmentMakesAPrivateActionPlanAndHelpIsRoutedToAVolunteeringMemberAndClosed() {
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.30");
        Page a = admin.get("/readiness/assessment.xhtml");
        assertThat(a.doc().select("#size").text()).containsPattern("These questions are for (a small volunteer-run group|a small organisation with paid staff|a larger charity)");
        int questions = a.doc().select("#assess .question").size();
        assertThat(questions).isBetween(9, 22);
        // answer every question yes except the first (no): one open step, for the first question
        Map<String, String> answers = new java.util.HashMap<>();
        for (int i = 0; i < questions; i++) answers.put("assess:q:" + i + ":answer", i == 0 ? "NO" : "YES");
        Page hostile = admin.submit("assess", Map.of("assess:q:0:answer", "MAYBE<script>"), "assess:save");
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.messages()).doesNotContain("Answers saved");
        Page saved = admin.submit("assess", answers, "assess:save");
        assertThat(saved.messages()).contains("1 step is in your action plan");
        assertThat(saved.doc().select("#plan-summary").text()).startsWith("1 open step");
        Page done = admin.submit("plan", Map.of(), saved.doc().select("#steps-list li.open input[value=Done]").attr("name"));
        assertThat(done.doc().select("#plan-summary").text()).startsWith("0 open steps");
        assertThat(done.doc().select("#steps-list li.done")).hasSize(1);

        // help: refused without details; asked; routed by staff to a member that volunteered; closed by the helper
        admin.get("/readiness/help.xhtml");
        assertThat(admin.submit("ask", Map.of("ask:topic", "MONITORING", "ask:details", "  "), "ask:send").fieldError("ask:details"))
                .contains("Enter what you need help with");
        assertThat(admin.submit("ask", Map.of("ask:topic", "NOT_A_TOPIC", "ask:details", "x"), "ask:send").messages()).doesNotContain("sent to the development officers");
        Page asked = admin.submit("ask", Map.of("ask:topic", "MONITORING", "ask:details", "Quarterly outcomes for the <b>heron</b> grant."), "ask:send");
        assertThat(asked.doc().select("#details").text()).isEqualTo("Quarterly outcomes for the <b>heron</b> grant.");
        String request = asked.uri().getQuery().replace("id=", "");
        assertThat(plain(MAIL.await(Demo.DEVELOPMENT_OFFICER, "help with monitoring and evaluation"))).contains("heron</b> grant");
        MAIL.await(Demo.ORG_ADMIN, "We have your request: help with monitoring");

        WebClient rep = signedIn(Demo.REPRESENTATIVE, "203.0.113.31");
        rep.get("/readiness/help.xhtml");
        assertThat(rep.submit("offer", Map.of("offer:topics", "MONITORING"), "offer:save").messages()).contains("offer of help is saved");
        WebClient officer = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.32");
        Page staffView = officer.get("/readiness/request.xhtml?id=" + request);
        assertThat(officer.submit("route", Map.of("route:helper", "member:999999"), "route:route").fieldError("route:helper")).isNotEmpty();
        officer.get("/readiness/request.xhtml?id=" + request);
        Page routed = officer.submit("route", Map.of("route:helper", memberOption(staffView)), "route:route");
        assertThat(routed.doc().select("#request-status").text()).contains("With a helper").contains("Morgan Ellis");
        TestMail.Received canYou = MAIL.await(Demo.REPRESENTATIVE, "Can you help");
        assertThat(plain(canYou)).contains("heron</b> grant");
        assertThat(canYou.link("/readiness/request.xhtml")).isEqualTo("/readiness/request.xhtml?id=" + request);
        MAIL.await(Demo.ORG_ADMIN, "Your request is with Morgan Ellis");

        // the helper sees only this request (not the organisation's checklist) and closes it
        Page helperView = rep.get("/readiness/request.xhtml?id=" + request);
        assertThat(helperView.status()).isEqualTo(200);
        assertThat(rep.get("/readiness/index.xhtml?org=" + orgOf(admin.get("/readiness/index.xhtml"))).status()).isEqualTo(404);
        rep.get("/readiness/request.xhtml?id=" + request);
        assertThat(rep.submit("close", Map.of("close:outcome", ""), "close:done").fieldError("close:outcome")).contains("Enter what help was given");
        Page closed = rep.submit("close", Map.of("close:outcome", "Met on Tuesday; a one-page outcomes sheet agreed."), "close:done");
        assertThat(closed.doc().select("#request-status").text()).startsWith("Done");
        assertThat(plain(MAIL.await(Demo.ORG_ADMIN, "Done: help with monitoring"))).contains("one-page outcomes sheet");
        MAIL.await(Demo.REPRESENTATIVE, "Done: help with monitoring");
        assertThat(rep.get("/readiness/request.xhtml?id=" + request).doc().getElementById("close")).isNull();
    }

    @Test
    void aLargerMemberOffersATemplateACoordinatorPublishesItInTheLibraryAndMembersSeeIt() {
        WebClient rep = signedIn(Demo.REPRESENTATIVE, "203.0.113.40");
        rep.get("/readiness/templates.xhtml");
        Map<String, String> fields = Map.of("offer:title", "Kestrel lone working policy", "offer:summary", "For groups whose volunteers visit homes.",
                "offer:kind", "HEALTH_AND_SAFETY");
        Page lying = rep.submitFile("offer", fields, Map.of("offer:file", Map.entry("policy.docx", "MZ not a document".getBytes(StandardCharsets.UTF_8))), "offer:send");
        assertThat(lying.fieldError("offer:file")).contains("is not a PDF, Word");
        Page noTitle = rep.submitFile("offer", Map.of("offer:title", " ", "offer:summary", "x", "offer:kind", "HEALTH_AND_SAFETY"),
                Map.of("offer:file", Map.entry("p.pdf", PDF)), "offer:send");
        assertThat(noTitle.fieldError("offer:title")).contains("Enter a title");
        Page offered = rep.submitFile("offer", fields, Map.of("offer:file", Map.entry("lone-working.pdf", PDF)), "offer:send");
        assertThat(offered.doc().select("#mine li").eachText()).anyMatch(t -> t.contains("Kestrel lone working policy: Waiting for review"));
        MAIL.await(Demo.COORDINATOR, "Kestrel lone working policy");

        // not in the library (nor the shared list) until a co-ordinator publishes it; a development officer cannot
        WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.41");
        assertThat(admin.get("/readiness/templates.xhtml").doc().select("#published li").eachText()).noneMatch(t -> t.contains("Kestrel"));
        WebClient officer = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.42");
        assertThat(officer.get("/readiness/templates.xhtml").doc().getElementById("review")).isNull();
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.43");
        Page queue = coordinator.get("/readiness/templates.xhtml");
        String offer = option(queue, "review:offer", "Kestrel lone working policy");
        Page published = coordinator.submit("review", Map.of("review:offer", offer), "review:publish");
        assertThat(published.path()).endsWith("/updates/resource.xhtml");
        assertThat(published.doc().select("#resource-title").text()).isEqualTo("Kestrel lone working policy");
        MAIL.await(Demo.REPRESENTATIVE, "is in the library");
        assertThat(admin.get("/readiness/templates.xhtml").doc().select("#published li").eachText())
                .anyMatch(t -> t.contains("Kestrel lone working policy") && t.contains("shared by"));
        assertThat(admin.get(published.uri().getPath() + "?" + published.uri().getQuery()).status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- browser journey

    @Test
    @Tag("browser")
    void anOrganisationAdminSendsAPolicyADevelopmentOfficerAcceptsItAndTheScoreRises() throws Exception {
        Path policy = Files.createTempFile("whistleblowing", ".pdf");
        Files.write(policy, PDF);
        try (Browser b = Browser.start(base)) {
            b.open("/account/login.xhtml").type("login:email", Demo.ORG_ADMIN).type("login:password", Demo.PASSWORD).click("login:submit");
            b.clickLink("Contract readiness");
            int before = Integer.parseInt(b.driver().findElement(By.id("score")).getText().replace("%", ""));
            String org = b.driver().findElement(By.id("assessment-link")).getAttribute("href").replaceAll(".*org=", "");
            b.select("upload:kind", "Whistleblowing policy");
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]",
                    b.driver().findElement(By.id("upload:expiresOn")), TODAY.plusMonths(6).toString());
            b.driver().findElement(By.id("upload:file")).sendKeys(policy.toAbsolutePath().toString());
            b.click("upload:send");
            assertThat(b.text()).contains("Whistleblowing policy sent");
            assertThat(b.driver().findElement(By.cssSelector("#item-WHISTLEBLOWING .status")).getText()).isEqualTo("Waiting for review");

            WebClient officer = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.50");
            Page theirs = officer.get("/readiness/index.xhtml?org=" + org);
            officer.submit("review", Map.of("review:reviewItem", option(theirs, "review:reviewItem", "Whistleblowing policy")), "review:accept");
            MAIL.await(Demo.ORG_ADMIN, "Whistleblowing policy accepted");

            b.open("/readiness/index.xhtml");
            assertThat(b.driver().findElement(By.cssSelector("#item-WHISTLEBLOWING .status")).getText()).isEqualTo("Accepted");
            assertThat(Integer.parseInt(b.driver().findElement(By.id("score")).getText().replace("%", ""))).isGreaterThan(before);
            b.clickLink("safeguarding self-assessment");
            assertThat(b.heading()).startsWith("Safeguarding self-assessment");
        } finally {
            Files.deleteIfExists(policy);
        }
    }

    // ---------------------------------------------------------------- the first document of a kind, sent at the same moment

    @Test
    void twoPeopleSendingTheFirstDocumentOfAKindAtOnceAreToldWhichArrivedFirstAndCanReplaceIt() throws Exception {
        int n = 4;
        List<WebClient> senders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WebClient c = signedIn(Demo.ORG_ADMIN, "203.0.113." + (60 + i));
            assertThat(state(c.get("/readiness/index.xhtml"), "GOVERNANCE")).isEqualTo("Not sent yet");
            senders.add(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Page>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WebClient c = senders.get(i);
            String note = "Constitution from sender " + i;
            Callable<Page> task = () -> {
                go.await();
                return send(c, Map.of("upload:kind", "GOVERNANCE", "upload:expiresOn", TODAY.plusMonths(8).toString(), "upload:note", note),
                        "constitution-" + note.charAt(note.length() - 1) + ".pdf", PDF);
            };
            results.add(pool.submit(task));
        }
        go.countDown();
        List<Page> sent = new ArrayList<>();
        List<Integer> overtaken = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Page p = results.get(i).get(60, TimeUnit.SECONDS);
            assertThat(p.status()).isEqualTo(200);
            if (p.messages().contains("Governing document sent")) sent.add(p);
            else if (p.messages().contains("arrived just before yours, and yours was not saved")) overtaken.add(i);
        }
        pool.shutdown();
        assertThat(sent).hasSize(1);
        assertThat(overtaken).hasSize(n - 1);
        String winner = sent.get(0).doc().select("#item-GOVERNANCE").text();
        assertThat(winner).contains("Constitution from sender");

        // a loser sees the one that arrived first, keeps what they typed, and replaces it by sending again
        WebClient again = senders.get(overtaken.get(0));
        Page loser = again.current();
        String theirNote = "Constitution from sender " + overtaken.get(0);
        assertThat(winner).doesNotContain(theirNote);
        assertThat(state(loser, "GOVERNANCE")).isEqualTo("Waiting for review");
        assertThat(loser.doc().select("#item-GOVERNANCE").text()).isEqualTo(winner);
        assertThat(loser.doc().select("textarea[name='upload:note']").text()).isEqualTo(theirNote);
        assertThat(loser.doc().select("input[name='upload:expiresOn']").val()).isEqualTo(TODAY.plusMonths(8).toString());
        Page replaced = send(again, Map.of("upload:kind", "GOVERNANCE", "upload:expiresOn", TODAY.plusMonths(8).toString(), "upload:note", theirNote),
                "constitution-again.pdf", PDF);
        assertThat(replaced.messages()).contains("Governing document sent");
        assertThat(replaced.doc().select("#item-GOVERNANCE").text()).contains(theirNote).contains("constitution-again.pdf");
    }

    // ---------------------------------------------------------------- helpers

    private Page send(WebClient c, Map<String, String> fields, String name, byte[] content) {
        if (c.current() == null || c.current().doc().getElementById("upload") == null) c.get("/readiness/index.xhtml");
        return c.submitFile("upload", fields, Map.of("upload:file", Map.entry(name, content)), "upload:send");
    }

    /** A message's text as a reader sees it (quoted-printable soft breaks and escapes undone). */
    private static String plain(TestMail.Received r) {
        try {
            return new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orgOf(Page p) {
        return p.doc().select("#assessment-link").attr("href").replaceAll(".*org=", "");
    }

    private static int score(Page p) {
        return Integer.parseInt(p.doc().select("#score").text().replace("%", ""));
    }

    private static String state(Page p, String kind) {
        return p.doc().select("#item-" + kind + " .status").text();
    }

    /** The value of the first option whose text starts with (or, for "", any) the given text. */
    private static String option(Page p, String selectName, String textStart) {
        return p.doc().select("select[name='" + selectName + "'] option").stream().filter(o -> o.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + textStart + " in " + selectName + " on " + p.uri())).attr("value");
    }

    private static String memberOption(Page p) {
        return p.doc().select("select[name='route:helper'] option").stream().filter(o -> o.text().contains("member offering help with monitoring"))
                .findFirst().orElseThrow(() -> new AssertionError("no volunteering member on " + p.uri())).attr("value");
    }

    private String path(String href) {
        return href.replaceFirst("^" + java.util.regex.Pattern.quote(base.getPath().replaceAll("/$", "")), "");
    }

    private WebClient signedIn(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }
}
