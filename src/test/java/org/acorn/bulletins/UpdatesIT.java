package org.acorn.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.acorn.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Updates and bulletins through their real pages on the Network demo, mail through an SMTP server that refuses,
 * defers and drops a share of messages on purpose in front of GreenMail: partner officers post for their own board
 * only; updates reach pages, Atom feeds and site search as their visibility allows; a co-ordinator composes a
 * bulletin from what is new, previews, test-sends and sends it once to each person; retries and refusals; per-topic
 * choices, one-click unsubscribe, update emails and the weekly digest; bad input of every kind. The browser journey
 * (tagged "browser") runs last: it sends to all members, which moves "what is new" on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdatesIT {

    static final TestMail MAIL = new TestMail();
    static final FlakySmtp SMTP = flaky();
    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).getDayOfWeek().name();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AcornDeployment.war(SMTP.port(), Map.of("acorn.demo", "network", "acorn.outbox.retry.seconds", "1",
                "acorn.bulletins.pass.seconds", "1", "acorn.bulletins.digest.day", TODAY, "acorn.bulletins.digest.hour", "0",
                "acorn.bulletins.rate.per.second", "50", "acorn.smtp.timeout.millis", "1500"));
    }

    static FlakySmtp flaky() {
        try {
            return new FlakySmtp(MAIL.port());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopMail() throws Exception {
        SMTP.close();
        MAIL.close();
    }

    // ---------------------------------------------------------------- updates

    @Test
    void aPartnerOfficerPostsForTheirOwnBoardOnlyAndUpdatesReachPagesFeedsAndSearchAsTheirVisibilityAllows() throws Exception {
        WebClient jo = signedIn(Demo.PARTNER_OFFICER, "203.0.113.10");
        Page form = jo.get("/updates/edit.xhtml?kind=lscb");
        Map<String, String> bodies = options(form, "update:partnershipBody");
        assertThat(bodies).containsKey("Local Safeguarding Children Board").doesNotContainKey("Children's Trust Board");
        assertThat(options(form, "update:kind").keySet()).containsExactlyInAnyOrder("LSCB update", "Children's Trust and partnership update");

        Page posted = jo.submit("update", Map.of("update:kind", "LSCB", "update:partnershipBody", bodies.get("Local Safeguarding Children Board"),
                "update:title", "Quokka referrals now open", "update:body",
                "The <script>alert('x')</script> **quokka** referral line is open. [Details](javascript:alert(1))",
                "update:visibility", "PUBLIC"), "update:submit");
        assertThat(posted.path()).as(posted.messages() + posted.fieldError("update:title")).endsWith("/updates/update.xhtml");
        Element body = posted.doc().selectFirst("#update-body");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("strong").text()).isEqualTo("quokka");
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        String updateId = posted.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");

        // another board, by a forged form: refused, nothing saved
        jo.get("/updates/edit.xhtml?kind=lscb");
        Page forged = jo.submit("update", Map.of("update:kind", "LSCB", "update:partnershipBody", "999999",
                "update:title", "Forged wallaby update", "update:body", "x"), "update:submit");
        assertThat(forged.path()).endsWith("/updates/edit.xhtml");
        WebClient visitor = new WebClient(base, "203.0.113.11");
        assertThat(visitor.get("/updates/index.xhtml").text()).contains("Quokka referrals now open").doesNotContain("wallaby");

        // pages per kind and per body, Atom feeds for each, site search
        assertThat(visitor.get("/updates/index.xhtml?kind=lscb").doc().select("a.update-title").eachText()).contains("Quokka referrals now open");
        assertThat(visitor.get("/updates/index.xhtml?body=" + bodies.get("Local Safeguarding Children Board")).doc()
                .select("a.update-title").eachText()).contains("Quokka referrals now open").doesNotContain("Welcome to our new members");
        for (String q : List.of("", "?kind=lscb", "?body=" + bodies.get("Local Safeguarding Children Board"))) {
            var feed = visitor.raw("/updates/feed" + q);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(feed.body()).as(q).contains("Quokka referrals now open").doesNotContain("<script>alert");
        }
        for (String bad : List.of("?kind=../x", "?body=abc", "?body=99999999", "?tag=term-1%27", "?tag=district-999999")) {
            assertThat(visitor.raw("/updates/feed" + bad).statusCode()).as(bad).isEqualTo(404);
            assertThat(visitor.get("/updates/index.xhtml" + bad).status()).as(bad).isEqualTo(404);
        }
        assertThat(searchTitles(visitor, "quokka")).contains("Quokka referrals now open");

        // members-only and scheduled updates: not for visitors, feeds or search until they may
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.12");
        Long membersOnly = post(sam, "NETWORK_NEWS", "Numbat members' evening", "For members: the numbat evening.", "MEMBERS", null);
        String later = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(2).withNano(0).withSecond(0).toString();
        Long scheduled = post(sam, "NETWORK_NEWS", "Bilby awards next week", "The bilby awards.", "PUBLIC", later);
        assertThat(visitor.get("/updates/update.xhtml?id=" + membersOnly).status()).isEqualTo(404);
        assertThat(signedIn(Demo.MEMBER, "203.0.113.13").get("/updates/update.xhtml?id=" + membersOnly).status()).isEqualTo(200);
        assertThat(visitor.get("/updates/update.xhtml?id=" + scheduled).status()).isEqualTo(404);
        assertThat(sam.get("/updates/update.xhtml?id=" + scheduled).doc().select("#update-meta").text()).contains("Publishes");
        assertThat(visitor.raw("/updates/feed").body()).doesNotContain("Numbat").doesNotContain("Bilby");
        assertThat(searchTitles(visitor, "numbat")).isEmpty();
        assertThat(searchTitles(visitor, "bilby")).isEmpty();

        // edit history: the old words are kept
        jo.get("/updates/edit.xhtml?id=" + updateId);
        Page edited = jo.submit("update", Map.of("update:title", "Quokka referral line open"), "update:submit");
        assertThat(edited.doc().select("#update-title").text()).isEqualTo("Quokka referral line open");
        assertThat(edited.doc().select("#history").text()).contains("Quokka referrals now open", "Jo Reynolds");
        // a partner officer cannot edit a co-ordinator's update
        assertThat(jo.get("/updates/edit.xhtml?id=" + membersOnly).status()).isEqualTo(404);

        // unpublished: gone from pages, feeds and search for readers, kept for its author; then published again
        jo.get("/updates/update.xhtml?id=" + updateId);
        Page unpublished = jo.submit("manage", Map.of(), "manage:unpublish");
        assertThat(unpublished.messages()).contains("Unpublished");
        assertThat(unpublished.doc().select("#unpublished")).isNotEmpty();
        assertThat(unpublished.doc().select("#history .change-note").eachText()).contains("Unpublished");
        assertThat(visitor.get("/updates/update.xhtml?id=" + updateId).status()).isEqualTo(404);
        assertThat(visitor.get("/updates/index.xhtml").text()).doesNotContain("Quokka referral line open");
        assertThat(visitor.raw("/updates/feed").body()).doesNotContain("Quokka referral line open");
        awaitSearch(visitor, "quokka", false);
        Page again = jo.submit("manage", Map.of(), "manage:republish");
        assertThat(again.messages()).contains("Published again");
        assertThat(visitor.get("/updates/update.xhtml?id=" + updateId).status()).isEqualTo(200);
        awaitSearch(visitor, "quokka", true);
        // deleting needs the box ticked; then it is gone for everyone, its author too
        Page unconfirmed = jo.submit("manage", Map.of(), "manage:delete");
        assertThat(unconfirmed.fieldError("manage:confirm")).contains("Tick the box to confirm");
        assertThat(visitor.get("/updates/update.xhtml?id=" + updateId).status()).isEqualTo(200);
        Page deleted = jo.submit("manage", Map.of("manage:confirm", "true"), "manage:delete");
        assertThat(deleted.messages()).contains("The update is deleted");
        assertThat(jo.get("/updates/update.xhtml?id=" + updateId).status()).isEqualTo(404);
        assertThat(jo.get("/updates/edit.xhtml?id=" + updateId).status()).isEqualTo(404);
        assertThat(visitor.get("/updates/index.xhtml").text()).doesNotContain("Quokka");
        awaitSearch(visitor, "quokka", false);
        // nobody else's update can be unpublished by a forged form: the partner officer's view of it is a 404 first
        assertThat(jo.get("/updates/update.xhtml?id=" + membersOnly).doc().select("form#manage")).isEmpty();
    }

    @Test
    void badUpdatesAndLyingAttachmentsAreRefusedWithClearMessagesAndAPictureIsShown() throws Exception {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.20");
        sam.get("/updates/edit.xhtml");
        Page empty = sam.submit("update", Map.of("update:title", " ", "update:body", "x"), "update:submit");
        assertThat(empty.fieldError("update:title")).contains("Give the update a title");
        sam.get("/updates/edit.xhtml");
        Page huge = sam.submit("update", Map.of("update:title", "Long", "update:body", "a".repeat(30_001)), "update:submit");
        assertThat(huge.fieldError("update:body")).contains("under 30000 characters");
        sam.get("/updates/edit.xhtml");
        Page past = sam.submit("update", Map.of("update:title", "Past", "update:body", "x", "update:publishAt", "2001-01-01T09:00"), "update:submit");
        assertThat(past.fieldError("update:publishAt")).as(past.path() + " " + past.messages() + " " + past.doc().select(".field-error").text())
                .contains("That time has passed");
        sam.get("/updates/edit.xhtml");
        Page garbled = sam.submit("update", Map.of("update:title", "Garbled", "update:body", "x", "update:publishAt", "next tuesday"), "update:submit");
        assertThat(garbled.fieldError("update:publishAt")).contains("Give the time as a date and time");
        sam.get("/updates/edit.xhtml");
        Page noClose = sam.submit("update", Map.of("update:kind", "CONSULTATION", "update:title", "Consult", "update:body", "x"), "update:submit");
        assertThat(noClose.fieldError("update:closesOn")).contains("closing date");
        sam.get("/updates/edit.xhtml");
        Page noBody = sam.submit("update", Map.of("update:kind", "LSCB", "update:title", "LSCB", "update:body", "x"), "update:submit");
        assertThat(noBody.fieldError("update:partnershipBody")).contains("Choose the board");
        sam.get("/updates/edit.xhtml");
        Page tag = sam.submit("update", Map.of("update:kind", "NETWORK_NEWS", "update:title", "T", "update:body", "x", "update:tags", "term-999999"),
                "update:submit");
        assertThat(tag.path()).endsWith("/updates/edit.xhtml");
        assertThat(signedIn(Demo.MEMBER, "203.0.113.21").get("/updates/edit.xhtml").text()).contains("Only co-ordinators and statutory partner officers");

        // a briefing with key actions a member ticks off
        Long briefing = post(sam, "BRIEFING", "Briefing: wombat safety", "Please read.", "MEMBERS", null,
                Map.of("update:keyActions", "Name a lead\n- Check DBS\n\n"));
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.22");
        Page b = dee.get("/updates/update.xhtml?id=" + briefing);
        Element first = b.doc().selectFirst("#actions input[type=checkbox]");
        assertThat(b.doc().select("#actions label").eachText()).containsExactly("Name a lead", "Check DBS");
        Page ticked = dee.submit("actions", Map.of(first.attr("name"), first.attr("value")), "actions:save");
        assertThat(ticked.messages()).contains("Saved your key actions");
        assertThat(ticked.doc().select("#actions input[checked]")).hasSize(1);

        // attachments: the type comes from the bytes, whatever the name says
        sam.get("/updates/edit.xhtml?id=" + briefing);
        Page lying = sam.submitFile("files", Map.of(), Map.of("files:file", Map.entry("minutes.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))), "files:upload");
        assertThat(lying.fieldError("files:file")).as(lying.status() + " " + lying.path() + " " + lying.messages() + " | "
                + lying.doc().select(".field-error, #files").text()).contains("is not");
        Page exe = sam.submitFile("files", Map.of("files:image", "true"), Map.of("files:file", Map.entry("photo.png",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0})), "files:upload");
        assertThat(exe.fieldError("files:file")).contains("is not");
        Page picture = sam.submitFile("files", Map.of("files:image", "true"), Map.of("files:file", Map.entry("wombat.png", png())), "files:upload");
        assertThat(picture.messages()).contains("The file is attached");
        Page shown = dee.get("/updates/update.xhtml?id=" + briefing);
        String src = shown.doc().selectFirst("img.update-image").attr("src");
        assertThat(dee.raw(src.replaceFirst("^/[^/]+/files", "/files")).statusCode()).isEqualTo(200);
        var visitorsTry = new WebClient(base, "203.0.113.23").raw(src.replaceFirst("^/[^/]+/files", "/files"));
        assertThat(visitorsTry.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("image/"); // members only: sign in first
    }

    @Test
    void membersRespondToAConsultationAndTheNetworksResponseAndYouSaidWeDidArePublished() {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.30");
        String closes = LocalDate.now(ZoneId.of("Europe/London")).plusDays(5).toString();
        Long id = post(sam, "CONSULTATION", "Consultation: platypus pools", "Should the pools open later?", "PUBLIC", null,
                Map.of("update:closesOn", closes));
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.31");
        dee.get("/updates/update.xhtml?id=" + id);
        Page blank = dee.submit("respond", Map.of("respond:response", "  "), "respond:submit");
        assertThat(blank.fieldError("respond:response")).contains("Write your response");
        Page saved = dee.submit("respond", Map.of("respond:response", "Yes: <b>evenings</b> suit our volunteers."), "respond:submit");
        assertThat(saved.messages()).contains("your response is saved");
        Page coordinatorView = sam.get("/updates/update.xhtml?id=" + id);
        assertThat(coordinatorView.doc().select("#responses").text()).contains("Dee Wright", "suit our volunteers");
        assertThat(coordinatorView.doc().select("#responses b")).isEmpty();
        Page concluded = sam.submit("conclude", Map.of("conclude:collated", "Members asked for **evening** opening.",
                "conclude:answer", "The council opened the pools until 8pm."), "conclude:save");
        assertThat(concluded.messages()).contains("Saved the network's response");
        Page visitor = new WebClient(base, "203.0.113.32").get("/updates/update.xhtml?id=" + id);
        assertThat(visitor.doc().select("#collated").text()).contains("Members asked for evening opening");
        assertThat(visitor.doc().select("#answer").text()).contains("opened the pools until 8pm");
        assertThat(visitor.doc().select("#responses")).isEmpty();
        // the demo's closed consultation takes no more responses
        Page library = dee.get("/updates/library.xhtml");
        assertThat(library.doc().select("a.resource-title").eachText()).contains("Safeguarding policy template for small groups");
        Element threshold = library.doc().select("a.resource-title").stream().filter(a -> a.text().startsWith("Threshold")).findFirst().orElseThrow();
        Page resource = dee.get(threshold.attr("href").replaceFirst("^/[^/]+/updates", "/updates"));
        long before = Long.parseLong(resource.doc().select("#downloads").text());
        assertThat(resource.doc().select("#versions li")).hasSize(2);
        assertThat(dee.raw("/updates/library/download?id=" + threshold.attr("href").replaceAll(".*id=(\\d+).*", "$1")).statusCode())
                .isIn(200, 302);
        assertThat(Long.parseLong(dee.get(threshold.attr("href").replaceFirst("^/[^/]+/updates", "/updates")).doc().select("#downloads").text()))
                .isEqualTo(before + 1);
        assertThat(new WebClient(base, "203.0.113.33").get("/updates/library.xhtml").doc().select("a.resource-title").eachText())
                .doesNotContain("Safeguarding policy template for small groups");

        // a co-ordinator edits the resource's details: bad input first, then a new title, readers and review date
        String resourcePath = threshold.attr("href").replaceFirst("^/[^/]+/updates", "/updates");
        assertThat(dee.get(resourcePath).doc().select("form#details")).isEmpty();
        sam.get(resourcePath);
        Page blankTitle = sam.submit("details", Map.of("details:title", " "), "details:save");
        assertThat(blankTitle.fieldError("details:title")).contains("Give the resource a title");
        Page pastReview = sam.submit("details", Map.of("details:title", "Thresholds", "details:reviewOn", "2001-01-01"), "details:save");
        assertThat(pastReview.fieldError("details:reviewOn")).contains("The review date has passed");
        Page garbledReview = sam.submit("details", Map.of("details:title", "Thresholds", "details:reviewOn", "soon"), "details:save");
        assertThat(garbledReview.fieldError("details:reviewOn")).contains("Give the review date as a date");
        Page longSummary = sam.submit("details", Map.of("details:title", "Thresholds", "details:summary", "s".repeat(2001),
                "details:reviewOn", LocalDate.now(ZoneId.of("Europe/London")).plusMonths(1).toString()), "details:save");
        assertThat(longSummary.fieldError("details:summary")).contains("under 2,000 characters");
        String review = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(6).toString();
        Page edited = sam.submit("details", Map.of("details:title", "Threshold document (2027 edition)", "details:visibility", "MEMBERS",
                "details:reviewOn", review, "details:summary", "<b>Revised</b> thresholds."), "details:save");
        assertThat(edited.messages()).contains("details are saved");
        assertThat(edited.doc().select("#resource-title").text()).isEqualTo("Threshold document (2027 edition)");
        assertThat(edited.doc().select("#resource-history").text()).contains("Threshold", "Sam Carter");
        assertThat(edited.doc().select("#versions li")).hasSize(2); // the files are untouched
        assertThat(edited.doc().select("main b, #content b")).isEmpty();
        assertThat(new WebClient(base, "203.0.113.34").get(resourcePath).status()).isEqualTo(404); // members only now
        assertThat(dee.get(resourcePath).doc().select("#resource-title").text()).isEqualTo("Threshold document (2027 edition)");
    }

    // ---------------------------------------------------------------- bulletins

    @Test
    void aCoordinatorComposesFromWhatIsNewPreviewsTestSendsAndSendsOnceToEachMember() throws Exception {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.40");
        Long id = newBulletin(sam, "Weekly email update: echidna edition", "all");
        Page compose = sam.get("/bulletins/compose.xhtml?id=" + id);
        Map<String, String> offered = checkboxes(compose, "new");
        assertThat(offered.keySet()).anyMatch(l -> l.contains("LSCB annual report and new safeguarding training dates"))
                .noneMatch(l -> l.contains("Revised threshold document")) // in last week's bulletin already
                .anyMatch(l -> l.startsWith("Meetings coming up: Management Group")); // offered by the meetings feature
        pick(sam, id, "LSCB annual report");
        pick(sam, id, "Briefing: safer recruitment");
        pick(sam, id, "Funding: small grants round opens");
        compose = sam.submit("compose", Map.of("compose:intro", "Hello all. <script>alert(1)</script> A **busy** week."), "compose:save");
        Element preview = compose.doc().selectFirst("#preview-html");
        assertThat(preview.select("script")).isEmpty();
        assertThat(preview.select("h2").eachText()).containsExactly("LSCB updates", "Briefings", "Network news");
        // reorder: the briefings first
        Element up = compose.doc().select("section.bulletin-section").stream().filter(s -> s.text().startsWith("Briefings"))
                .findFirst().orElseThrow().selectFirst("input[value='Move section up']");
        compose = sam.submit("sections", Map.of(), up.attr("name"));
        assertThat(compose.doc().select("#preview-html h2").eachText().get(0)).isEqualTo("Briefings");
        assertThat(compose.doc().select("#preview-text").text()).contains("Dear Sam Carter", "== Briefings ==", "* Funding: small grants round opens");

        Page test = sam.submit("send", Map.of(), "send:test");
        assertThat(test.messages()).contains("A test copy is on its way to " + Demo.COORDINATOR);
        TestMail.Received testCopy = MAIL.await(Demo.COORDINATOR, "[Test]");
        assertThat(testCopy.body()).contains("safer recruitment");

        String summary = compose.doc().select("#audience-summary").text();
        assertThat(summary).containsPattern("by email to \\d+ people");
        Page lists = sam.get("/bulletins/print-list.xhtml?id=" + id);
        assertThat(lists.doc().select("#print-list tbody tr")).isNotEmpty();
        assertThat(lists.doc().select("#call-list tbody tr")).isNotEmpty();
        assertThat(summary).contains(lists.doc().select("#call-list tbody tr").size() + " for a phone call");
        var csv = sam.raw("/bulletins/contact-list.csv?id=" + id);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("How,Name,Organisation,Postal address,Phone").contains("\r\nPost,").contains("\r\nPhone,");
        assertThat(sam.raw("/bulletins/contact-list.csv").body()).contains("\r\nPost,");
        assertThat(sam.raw("/bulletins/contact-list.csv?id=abc").statusCode()).isEqualTo(404);
        assertThat(sam.get("/bulletins/print-list.xhtml").doc().select("#call-list tbody tr")).isNotEmpty();

        sam.get("/bulletins/compose.xhtml?id=" + id);
        Page sending = sam.submit("send", Map.of(), "send:now");
        assertThat(sending.messages()).containsPattern("Sending to \\d+ people");
        assertThat(sending.path()).endsWith("/bulletins/delivery.xhtml");
        int total = Integer.parseInt(sending.messages().replaceAll(".*Sending to (\\d+) people.*", "$1"));
        assertThat(summary).contains("by email to " + total + " people");
        TestMail.Received got = MAIL.await(Demo.MEMBER, "echidna edition");
        assertThat(got.body()).contains("Dear Dee Wright");
        assertThat(header(got.mime(), "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(header(got.mime(), "List-Unsubscribe")).matches("<https?://[^>]+/updates/unsubscribe\\?t=[A-Za-z0-9_-]{43}>");
        awaitProgress(sam, id, total, 0);
        Map<String, Integer> perAddress = new HashMap<>();
        for (MimeMessage m : MAIL.all()) {
            if (subject(m).contains("echidna edition") && !subject(m).startsWith("[Test]")) {
                perAddress.merge(m.getAllRecipients()[0].toString().toLowerCase(), 1, Integer::sum);
            }
        }
        assertThat(perAddress).hasSize(total);
        assertThat(perAddress.values()).containsOnly(1);
        // sent: nothing more to change or send, and the archive shows it
        Page again = sam.get("/bulletins/compose.xhtml?id=" + id);
        assertThat(again.doc().select("form#send")).isEmpty();
        assertThat(again.doc().select("#bulletin-status").text()).contains("Sent");
        Page archived = signedIn(Demo.MEMBER, "203.0.113.41").get("/bulletins/bulletin.xhtml?id=" + id);
        assertThat(archived.doc().select("#bulletin h2").eachText()).startsWith("Briefings");
        assertThat(new WebClient(base, "203.0.113.42").get("/bulletins/bulletin.xhtml?id=" + id).status()).isEqualTo(404);
        // the printable PDF, for members who get post: the same words, links written out
        var pdf = sam.rawBytes("/bulletins/bulletin.pdf?id=" + id);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String printed = pdfText(pdf.body());
        assertThat(printed).contains("Weekly email update: echidna edition", "Briefings", "Funding: small grants round opens", "/updates/update.xhtml?id=");
        assertThat(new WebClient(base, "203.0.113.45").raw("/bulletins/bulletin.pdf?id=" + id).statusCode()).isEqualTo(404);
        assertThat(sam.raw("/bulletins/bulletin.pdf?id=" + next(id)).statusCode()).isEqualTo(404); // a draft or nothing
        assertThat(sam.raw("/bulletins/bulletin.pdf?id=x%27").statusCode()).isEqualTo(404);
        assertThat(new WebClient(base, "203.0.113.44").raw("/bulletins/contact-list.csv?id=" + id).body()).doesNotContain("Post,");

        // Dee stops bulletins in one click; the next one does not go to her
        String stop = header(got.mime(), "List-Unsubscribe").replaceAll("[<>]", "");
        Page done = new WebClient(base, "203.0.113.43").post(stop.substring(stop.indexOf("/updates/unsubscribe")),
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.text()).contains("Done");
        Long next = newBulletin(sam, "Weekly email update: dingo edition", "all");
        sam.get("/bulletins/compose.xhtml?id=" + next);
        sam.submit("compose", Map.of("compose:intro", "Just a note."), "compose:save");
        Page sent2 = sam.submit("send", Map.of(), "send:now");
        int total2 = Integer.parseInt(sent2.messages().replaceAll(".*Sending to (\\d+) people.*", "$1"));
        assertThat(total2).isEqualTo(total - 1);
        MAIL.await(Demo.ORG_ADMIN, "dingo edition");
        awaitProgress(sam, next, total2, 0);
        assertThat(MAIL.to(Demo.MEMBER).stream().map(UpdatesIT::subject)).noneMatch(s -> s.contains("dingo"));
    }

    @Test
    void refusedDeferredAndDroppedMessagesAreRetriedOrRecordedAndNothingIsSentTwice() throws Exception {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.50");
        sam.get("/bulletins/index.xhtml");
        for (String[] c : new String[][] {{"Testers", "Refusing Rita", "refuse-rita@example.net"}, {"Testers", "Flaky Fred", "flaky-fred@example.net"},
                {"Testers", "Dropped Dora", "drop-dora@example.net"}, {"Testers", "Steady Sue", "sue@example.net"},
                {"Testers", "Silent Sid", "silent-sid@example.net"}}) {
            Page p = sam.submit("contact", Map.of("contact:list", c[0], "contact:name", c[1], "contact:email", c[2]), "contact:add");
            assertThat(p.messages()).as(p.fieldError("contact:email")).contains("Added");
        }
        for (String bad : List.of("not-an-address", "a@b", "x@example.org\r\nBcc: y@example.org", "<script>@x.org", "a".repeat(250) + "@x.org")) {
            Page p = sam.submit("contact", Map.of("contact:list", "Testers", "contact:name", "Bad", "contact:email", bad), "contact:add");
            assertThat(p.fieldError("contact:email")).as(bad).contains("not an email address");
        }
        Page dup = sam.submit("contact", Map.of("contact:list", "Testers", "contact:name", "Sue", "contact:email", "SUE@example.net"), "contact:add");
        assertThat(dup.fieldError("contact:email")).contains("already on the list");

        Long id = newBulletin(sam, "Kookaburra notice", "list-Testers");
        sam.get("/bulletins/compose.xhtml?id=" + id);
        sam.submit("compose", Map.of("compose:intro", "For our testers."), "compose:save");
        Page sending = sam.submit("send", Map.of(), "send:now");
        assertThat(sending.messages()).contains("Sending to 5 people");
        awaitProgress(sam, id, 4, 1);
        Page compose = sam.get("/bulletins/delivery.xhtml?id=" + id);
        assertThat(compose.doc().select("#failures").text()).contains("refuse-rita@example.net", "refused (550)");
        assertThat(compose.doc().select("meta[http-equiv=refresh]")).isEmpty(); // done: the page stops refreshing
        // the server that said nothing was given up on after the time-out, and the message went on the next try
        assertThat(SMTP.tries("silent-sid@example.net")).isEqualTo(2);
        for (String to : List.of("flaky-fred@example.net", "drop-dora@example.net", "sue@example.net", "silent-sid@example.net")) {
            assertThat(MAIL.to(to).stream().filter(m -> subject(m).contains("Kookaburra"))).as(to).hasSize(1);
        }
        assertThat(MAIL.to("refuse-rita@example.net")).isEmpty();
        assertThat(SMTP.tries("flaky-fred@example.net")).isEqualTo(3);

        // the refused address is not tried again
        Long next = newBulletin(sam, "Kookaburra follow-up", "list-Testers");
        sam.get("/bulletins/compose.xhtml?id=" + next);
        sam.submit("compose", Map.of("compose:intro", "Again."), "compose:save");
        assertThat(sam.submit("send", Map.of(), "send:now").messages()).contains("Sending to 4 people");
        awaitProgress(sam, next, 4, 0);
        assertThat(SMTP.tries("refuse-rita@example.net")).isEqualTo(1);

        // a server that is away: everything waits, then goes once it is back
        SMTP.down = true;
        Long third = newBulletin(sam, "Kookaburra third", "list-Testers");
        sam.get("/bulletins/compose.xhtml?id=" + third);
        sam.submit("compose", Map.of("compose:intro", "Third."), "compose:save");
        Page live = sam.submit("send", Map.of(), "send:now");
        assertThat(live.doc().select("#reload, #follow")).hasSize(2);
        assertThat(live.doc().select("meta[http-equiv=refresh]")).isEmpty(); // only when asked for: see DeliveryPage
        Page following = sam.get("/bulletins/delivery.xhtml?id=" + third + "&follow=1");
        assertThat(following.doc().select("meta[http-equiv=refresh]").attr("content")).isEqualTo("3");
        assertThat(following.doc().select("#queued").text()).isEqualTo("4");
        int turnedAway = SMTP.turnedAway();
        for (int i = 0; i < 100 && SMTP.turnedAway() < turnedAway + 2; i++) Thread.sleep(50);
        assertThat(progress(sam, third)).containsEntry("queued", 4L).containsEntry("sent", 0L);
        SMTP.down = false;
        awaitProgress(sam, third, 4, 0);
        assertThat(MAIL.to("sue@example.net").stream().filter(m -> subject(m).contains("Kookaburra third"))).hasSize(1);
    }

    @Test
    void emptyBulletinsEmptyAudiencesAndPastTimesAreRefusedAndAContactUnsubscribesInOneClick() throws Exception {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.60");
        sam.get("/bulletins/index.xhtml");
        Page noTitle = sam.submit("create", Map.of("create:title", "", "create:audience", "all"), "create:submit");
        assertThat(noTitle.fieldError("create:title")).contains("Give the bulletin a title");
        Long id = newBulletin(sam, "Empty possum", "all");
        sam.get("/bulletins/compose.xhtml?id=" + id);
        assertThat(sam.submit("send", Map.of(), "send:now").messages()).contains("The bulletin is empty");
        assertThat(sam.submit("send", Map.of(), "send:test").messages()).contains("The bulletin is empty");
        sam.submit("compose", Map.of("compose:intro", "Possums."), "compose:save");
        Page past = sam.submit("send", Map.of("send:when", "2020-01-01T09:00"), "send:schedule");
        assertThat(past.fieldError("send:when")).contains("That time has passed");
        for (String bad : List.of("tomorrow", "2026-13-40T25:99", "x".repeat(100), "<script>")) {
            assertThat(sam.submit("send", Map.of("send:when", bad), "send:schedule").fieldError("send:when")).as(bad)
                    .contains("Give the time as a date and time");
        }

        // a scheduled bulletin starts on time, not before
        sam.get("/bulletins/index.xhtml");
        sam.submit("contact", Map.of("contact:list", "Punctual", "contact:name", "Punctual Pat", "contact:email", "pat@example.net"), "contact:add");
        Long timed = newBulletin(sam, "Punctual possum", "list-Punctual");
        sam.get("/bulletins/compose.xhtml?id=" + timed);
        sam.submit("compose", Map.of("compose:intro", "On the dot."), "compose:save");
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/London")).plusSeconds(4).withNano(0);
        Page scheduled = sam.submit("send", Map.of("send:when", at.toString()), "send:schedule");
        assertThat(scheduled.messages()).contains("Scheduled");
        assertThat(scheduled.doc().select("#bulletin-status").text()).contains("Scheduled");
        MAIL.await("pat@example.net", "Punctual possum");
        assertThat(SMTP.firstTry("pat@example.net")).isAfterOrEqualTo(at.atZone(ZoneId.of("Europe/London")).toInstant());
        awaitProgress(sam, timed, 1, 0);
        // a forged item or section id changes nothing and says so
        assertThat(sam.get("/bulletins/compose.xhtml?id=abc").status()).isEqualTo(404);
        assertThat(signedIn(Demo.MEMBER, "203.0.113.61").get("/bulletins/compose.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(new WebClient(base, "203.0.113.62").raw("/bulletins/progress?id=" + id).statusCode()).isEqualTo(404);

        // an outside contact stops in one click; a list with nobody left is an empty audience
        sam.get("/bulletins/index.xhtml");
        sam.submit("contact", Map.of("contact:list", "Solo", "contact:name", "Sole Trader", "contact:email", "solo@example.net"), "contact:add");
        Long one = newBulletin(sam, "Solo wallaby", "list-Solo");
        sam.get("/bulletins/compose.xhtml?id=" + one);
        sam.submit("compose", Map.of("compose:intro", "Hi."), "compose:save");
        sam.submit("send", Map.of(), "send:now");
        TestMail.Received got = MAIL.await("solo@example.net", "Solo wallaby");
        String stop = header(got.mime(), "List-Unsubscribe").replaceAll("[<>]", "");
        WebClient mailProgram = new WebClient(base, "203.0.113.63");
        Page asks = mailProgram.get(stop.substring(stop.indexOf("/updates/unsubscribe")));
        assertThat(asks.doc().select("#what").text()).contains("bulletins");
        assertThat(mailProgram.post(stop.substring(stop.indexOf("/updates/unsubscribe")), Map.of("List-Unsubscribe", "One-Click")).text())
                .contains("Done");
        assertThat(mailProgram.post("/updates/unsubscribe?t=forged", Map.of()).status()).isEqualTo(404);
        assertThat(mailProgram.post("/updates/unsubscribe?t=" + "A".repeat(5000), Map.of()).status()).isEqualTo(404);
        Long two = newBulletin(sam, "Solo wallaby again", "list-Solo");
        sam.get("/bulletins/compose.xhtml?id=" + two);
        sam.submit("compose", Map.of("compose:intro", "Hi again."), "compose:save");
        assertThat(sam.submit("send", Map.of(), "send:now").messages()).contains("Nobody in “List: Solo” can get it by email");
    }

    @Test
    void membersChooseEachUpdateOrNothingPerTopicAndGetTheirWeeklyDigest() throws Exception {
        // the digest day and hour are set to today, 00:00: the first pass sends this week's digests
        TestMail.Received digest = MAIL.await(Demo.MEMBER, "Your weekly digest");
        assertThat(digest.body()).contains("LSCB annual report and new safeguarding training dates", "Briefing: safer recruitment");
        assertThat(header(digest.mime(), "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.70");
        Page choices = dee.get("/bulletins/emails.xhtml");
        Element lscb = choices.doc().select("fieldset.topic").stream().filter(f -> f.text().startsWith("LSCB updates")).findFirst().orElseThrow();
        String field = lscb.selectFirst("input[type=radio]").attr("name");
        Page saved = dee.submit("emails", Map.of(field, "EACH"), "emails:save");
        assertThat(saved.messages()).contains("Your email choices are saved");
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.71");
        sam.get("/bulletins/emails.xhtml");
        Element samLscb = sam.current().doc().select("fieldset.topic").stream().filter(f -> f.text().startsWith("LSCB updates")).findFirst().orElseThrow();
        sam.submit("emails", Map.of(samLscb.selectFirst("input[type=radio]").attr("name"), "EACH"), "emails:save");

        WebClient jo = signedIn(Demo.PARTNER_OFFICER, "203.0.113.72");
        Page form = jo.get("/updates/edit.xhtml?kind=lscb");
        String lscbBody = options(form, "update:partnershipBody").get("Local Safeguarding Children Board");
        post(jo, "LSCB", "Koala training dates", "New koala dates.", "PUBLIC", null, Map.of("update:partnershipBody", lscbBody));
        TestMail.Received each = MAIL.await(Demo.MEMBER, "Koala training dates");
        assertThat(each.subject()).contains("LSCB update: Koala training dates");
        String stop = header(each.mime(), "List-Unsubscribe").replaceAll("[<>]", "");
        assertThat(new WebClient(base, "203.0.113.73").post(stop.substring(stop.indexOf("/updates/unsubscribe")),
                Map.of("List-Unsubscribe", "One-Click")).text()).contains("Done: you will get no more emails about lscb updates");
        Page after = dee.get("/bulletins/emails.xhtml");
        assertThat(after.doc().select("fieldset.topic").stream().filter(f -> f.text().startsWith("LSCB updates")).findFirst().orElseThrow()
                .selectFirst("input[checked]").attr("value")).isEqualTo("NONE");
        post(jo, "LSCB", "Koala follow-up", "More koala news.", "PUBLIC", null, Map.of("update:partnershipBody", lscbBody));
        MAIL.await(Demo.COORDINATOR, "Koala follow-up"); // both would be queued in the same pass: Sam's came, Dee's did not
        assertThat(MAIL.to(Demo.MEMBER).stream().map(UpdatesIT::subject)).noneMatch(s -> s.contains("Koala follow-up"));
        // a staff-only update is never emailed to a member who asked for each one
        assertThat(MAIL.to(Demo.MEMBER).stream().map(UpdatesIT::subject)).noneMatch(s -> s.contains("Numbat"));
    }

    @Test
    void whenApprovalIsRequiredASecondCoordinatorApprovesAndTheComposerCannotApproveTheirOwn() {
        WebClient admin = signedIn(Demo.SITE_ADMIN, "203.0.113.80");
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.81");
        assertThat(sam.get("/bulletins/index.xhtml").doc().select("form#approval")).isEmpty(); // only a site administrator switches it
        sam.submit("contact", Map.of("contact:list", "Approvals", "contact:name", "Alex Approve", "contact:email", "alex@example.net"), "contact:add");
        admin.get("/bulletins/index.xhtml");
        Page on = admin.submit("approval", Map.of(), "approval:on");
        assertThat(on.messages()).contains("a second co-ordinator must approve");
        try {
            Long id = newBulletin(sam, "Approved platypus", "list-Approvals");
            sam.get("/bulletins/compose.xhtml?id=" + id);
            sam.submit("compose", Map.of("compose:intro", "Needs a second pair of eyes."), "compose:save");
            assertThat(sam.submit("send", Map.of(), "send:now").messages()).contains("A second co-ordinator must approve this bulletin");
            assertThat(sam.submit("send", Map.of("send:when", LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).withNano(0).toString()),
                    "send:schedule").messages()).contains("A second co-ordinator must approve this bulletin");
            Page asked = sam.submit("send", Map.of(), "send:ask");
            assertThat(asked.doc().select("#bulletin-status").text()).contains("Waiting for a second co-ordinator");
            assertThat(sam.submit("send", Map.of(), "send:approve").messages()).contains("not the one who wrote it");
            // the administrator approves; a change afterwards takes the approval back
            admin.get("/bulletins/compose.xhtml?id=" + id);
            assertThat(admin.submit("send", Map.of(), "send:approve").messages()).contains("Approved");
            sam.get("/bulletins/compose.xhtml?id=" + id);
            Page changed = sam.submit("compose", Map.of("compose:intro", "Needs a second pair of eyes. Changed after approval."), "compose:save");
            assertThat(changed.doc().select("#bulletin-status").text()).contains("Draft");
            assertThat(sam.submit("send", Map.of(), "send:now").messages()).contains("A second co-ordinator must approve this bulletin");
            sam.submit("send", Map.of(), "send:ask");
            admin.get("/bulletins/compose.xhtml?id=" + id);
            assertThat(admin.submit("send", Map.of(), "send:approve").messages()).contains("Approved");
            sam.get("/bulletins/compose.xhtml?id=" + id);
            assertThat(sam.submit("send", Map.of(), "send:now").messages()).contains("Sending to 1 person");
            assertThat(MAIL.await("alex@example.net", "Approved platypus").body()).contains("Changed after approval");
        } finally {
            admin.get("/bulletins/index.xhtml");
            assertThat(admin.submit("approval", Map.of(), "approval:off").messages()).contains("no longer need");
        }
    }

    @Test
    @Tag("browser")
    @Order(Integer.MAX_VALUE) // sends to all members: after the tests that count what is new since the last bulletin
    void inABrowserAPartnerOfficerPostsACoordinatorSendsItInABulletinAndAMemberStopsBulletinsInOneClick() {
        String title = "Safeguarding training for volunteers: new Saturday dates";
        String updateId;
        try (Browser jo = browserSignIn(Demo.PARTNER_OFFICER)) {
            jo.clickLink("Updates");
            jo.click("new-update");
            jo.select("update:kind", "LSCB update").select("update:partnershipBody", "Local Safeguarding Children Board")
                    .type("update:title", title)
                    .type("update:body", "The LSCB adds **two Saturday** sessions for volunteers.\n\n- 10am to 1pm\n- Free")
                    .click("update:submit");
            assertThat(jo.heading()).isEqualTo(title);
            assertThat(jo.text()).contains("Your update is saved", "two Saturday", "Local Safeguarding Children Board");
            updateId = jo.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        }

        try (Browser sam = browserSignIn(Demo.COORDINATOR)) {
            sam.open("/bulletins/index.xhtml");
            sam.type("create:title", "Weekly email update: wombat week").select("create:audience", "All members").click("create:submit");
            assertThat(sam.heading()).isEqualTo("Weekly email update: wombat week");
            sam.checkCss("input[value='update:" + updateId + "']").click("new:add");
            assertThat(sam.text()).contains("Added 1 item.");
            sam.type("compose:intro", "Hello everyone. New **Saturday** training this week.").click("compose:save");
            assertThat(sam.driver().findElement(By.id("preview-html")).getText()).contains("LSCB updates", title, "Dear Sam Carter");
            sam.click("send:test");
            assertThat(sam.text()).contains("A test copy is on its way to " + Demo.COORDINATOR);
            MAIL.await(Demo.COORDINATOR, "wombat week"); // the test copy: nothing else has gone yet
            sam.click("send:now");
            assertThat(sam.text()).contains("Sending to", "Queued", "Sent");
        }

        TestMail.Received mail = MAIL.await(Demo.ORG_ADMIN, "wombat week");
        assertThat(mail.body()).contains(title);
        try (Browser oli = browserSignIn(Demo.ORG_ADMIN)) {
            oli.open(mail.absoluteLinkOn(base, "/updates/unsubscribe"));
            assertThat(oli.heading()).isEqualTo("Stop these emails?");
            assertThat(oli.text()).contains("This will stop bulletins");
            oli.click("stop:yes");
            assertThat(oli.heading()).isEqualTo("Done");
            oli.clickLink("Choose all your update emails");
            var bulletins = oli.driver().findElements(By.cssSelector("fieldset.topic")).stream()
                    .filter(f -> f.getText().startsWith("Bulletins")).findFirst().orElseThrow();
            assertThat(bulletins.findElement(By.cssSelector("input:checked")).getAttribute("value")).isEqualTo("NONE");
            // and changes their mind: bulletins again, each as it comes
            bulletins.findElement(By.cssSelector("input[value='EACH']")).click();
            oli.click("emails:save");
            assertThat(oli.text()).contains("Your email choices are saved");
        }
    }

    // ---------------------------------------------------------------- helpers

    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static long next(Long id) { return id + 100_000; }

    private Browser browserSignIn(String email) {
        Browser b = Browser.start(base);
        b.open("/account/login.xhtml").type("login:email", email).type("login:password", Demo.PASSWORD).click("login:submit");
        return b;
    }

    /** The site search catches up through the outbox: wait until the word is found (or gone). */
    private void awaitSearch(WebClient c, String word, boolean found) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (searchTitles(c, word).isEmpty() != found) return;
            Thread.sleep(100);
        }
        throw new AssertionError("search for " + word + (found ? " found nothing" : " still finds " + searchTitles(c, word)));
    }

    private WebClient signedIn(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }

    private Long post(WebClient c, String kind, String title, String body, String visibility, String publishAt) {
        return post(c, kind, title, body, visibility, publishAt, Map.of());
    }

    private Long post(WebClient c, String kind, String title, String body, String visibility, String publishAt, Map<String, String> more) {
        c.get("/updates/edit.xhtml");
        Map<String, String> fields = new HashMap<>(Map.of("update:kind", kind, "update:title", title, "update:body", body,
                "update:visibility", visibility));
        if (publishAt != null) fields.put("update:publishAt", publishAt);
        fields.putAll(more);
        Page p = c.submit("update", fields, "update:submit");
        assertThat(p.path()).as(p.messages() + " " + p.doc().select(".field-error").text()).endsWith("/updates/update.xhtml");
        return Long.valueOf(p.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private Long newBulletin(WebClient sam, String title, String audience) {
        sam.get("/bulletins/index.xhtml");
        Page p = sam.submit("create", Map.of("create:title", title, "create:audience", audience), "create:submit");
        assertThat(p.path()).as(p.messages() + p.fieldError("create:audience")).endsWith("/bulletins/compose.xhtml");
        return Long.valueOf(p.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private void pick(WebClient sam, Long id, String titleStart) {
        Page compose = sam.get("/bulletins/compose.xhtml?id=" + id);
        Element box = compose.doc().select("#new input[type=checkbox]").stream()
                .filter(i -> compose.doc().select("label[for=" + i.id() + "]").text().contains(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + titleStart + " in " + compose.doc().select("#new").text()));
        Page added = sam.submit("new", Map.of(box.attr("name"), box.attr("value")), "new:add");
        assertThat(added.messages()).contains("Added 1 item");
    }

    private static Map<String, String> options(Page page, String selectName) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Element o : page.doc().select("select[name=" + selectName + "] option")) out.put(o.text(), o.attr("value"));
        return out;
    }

    private static Map<String, String> checkboxes(Page page, String formId) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Element i : page.doc().select("#" + formId + " input[type=checkbox]")) {
            out.put(page.doc().select("label[for=" + i.id() + "]").text(), i.attr("value"));
        }
        return out;
    }

    private Map<String, Long> progress(WebClient c, Long id) {
        String json = c.raw("/bulletins/progress?id=" + id).body();
        Map<String, Long> out = new HashMap<>();
        for (String k : List.of("queued", "sent", "failed")) out.put(k, Long.valueOf(json.replaceAll(".*\"" + k + "\":(\\d+).*", "$1")));
        return out;
    }

    private void awaitProgress(WebClient c, Long id, long sent, long failed) throws InterruptedException {
        Map<String, Long> p = Map.of();
        for (int i = 0; i < 150; i++) {
            p = progress(c, id);
            if (p.get("queued") == 0 && p.get("sent") == sent && p.get("failed") == failed) return;
            Thread.sleep(200);
        }
        throw new AssertionError("bulletin " + id + " progress " + p + ", expected sent " + sent + " failed " + failed);
    }

    private List<String> searchTitles(WebClient c, String q) {
        return c.get("/search.xhtml?q=" + q).doc().select("#results li.result h3").eachText();
    }

    private static String header(MimeMessage m, String name) throws Exception {
        String[] values = m.getHeader(name);
        return values == null ? null : values[0];
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    static byte[] png() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
