package org.acorn.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The consortium through the real pages on the Forum demo (its CIC): an officer posts opportunities (bad input
 * refused, nothing half-saved), matching members are emailed, members ask and express interest (late interest refused),
 * the officers decide to bid, the bid team works its documents (four people saving at once: one version wins; check-out
 * held against everyone else; a file lying about its type refused), outsiders reaching the workspace or its files by URL
 * find nothing, reminders go out, the bid is won and allocated within its value, members see their share; the agreement's
 * versions and acceptances; disputes and risks (a risk reviewed). An opportunity edited after posting (history kept,
 * interested members emailed new dates, a lot with interest kept), an answer withdrawn; members reporting their own
 * delivery (never another's, never past the allocation) for officers to confirm; an opportunity in a bulletin and as a
 * record card; opt-in membership switched on through the consortium's page and back. Browser journey: the whole
 * pipeline ({@link ConsortiumJourneys}).
 */
public abstract class ConsortiumChecks extends PortalChecks {

    protected ConsortiumChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String OFFICER = "cic@example.org";

    // ---------------------------------------------------------------- opportunities, alerts, interest

    @Test
    void anOfficerPostsAnOpportunityMembersAreAlertedAskAndExpressInterestAndLateInterestIsRefused() {
        WebClient officer = signedIn(OFFICER, "203.0.113.10");
        int before = officer.get("/consortium/opportunities.xhtml").doc().select("#opportunities > li").size();

        // bad input: every problem at once, nothing saved
        Page bad = officer.submit("post", Map.of("post:title", "", "post:value", "lots", "post:interestDeadline", TODAY.minusDays(3).toString(),
                "post:submissionDeadline", "31/12/2026", "post:lots", "Lot A | 999999 \nLot B | 1", "post:description", "<script>alert(1)</script>"), "post:save");
        assertThat(bad.text()).contains("Enter a title").contains("Enter the commissioner").contains("the contract's value in pounds")
                .contains("Choose the contract model").contains("has passed").contains("as a date like 2026-05-14");
        assertThat(bad.doc().select("script:containsData(alert(1))")).isEmpty();
        Page overLots = officer.submit("post", fields("Lots over value", Map.of("post:value", "1000", "post:lots", "Lot A | 800\nLot B | 300")), "post:save");
        assertThat(overLots.text()).contains("The lots add up to £1,100, more than the contract's value of £1,000");
        assertThat(officer.get("/consortium/opportunities.xhtml").doc().select("#opportunities > li")).hasSize(before);

        Long id = post(officer, "Wren family hubs", Map.of("post:lots", "Home visiting | 60000 | 70\nGroups and drop-ins | 40000"));
        Page page = officer.get("/consortium/opportunity.xhtml?id=" + id);
        assertThat(page.doc().select("#lots tbody tr")).hasSize(2);
        assertThat(page.text()).contains("£100,000").contains("Block contract");

        // an organisation admin below a lot's readiness bar is told what is missing and who can help (readiness is
        // private to the organisation's admins and staff: a plain member is not shown it)
        Page ready = signedIn(Demo.ORG_ADMIN, "203.0.113.17").get("/consortium/opportunity.xhtml?id=" + id);
        assertThat(ready.doc().select("#readiness-gaps .readiness-gap")).hasSize(1);
        assertThat(ready.doc().select("#readiness-gaps").text())
                .containsPattern("Lot 1: Home visiting asks for a readiness score of at least 70; yours is \\d+")
                .contains("Data protection policy", "who can help");
        assertThat(signedIn(Demo.MEMBER, "203.0.113.18").get("/consortium/opportunity.xhtml?id=" + id).doc().select("#readiness-gaps")).isEmpty();

        // tender documents: a file lying about its type is refused; the real one is for members only
        Page lie = officer.submitFile("upload", Map.of(), Map.of("upload:file", Map.entry("specification.docx",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))), "upload:submit");
        assertThat(lie.text()).contains("“specification.docx” is not a PDF");
        assertThat(lie.doc().select("#documents a")).isEmpty();
        Page spec = officer.submitFile("upload", Map.of(), Map.of("upload:file", Map.entry("specification.txt",
                "The service specification.".getBytes(StandardCharsets.UTF_8))), "upload:submit");
        String href = spec.doc().select("#documents a").attr("href");
        assertThat(spec.doc().select("#documents a").text()).isEqualTo("specification.txt");
        assertThat(signedIn(Demo.MEMBER, "203.0.113.15").raw(href).statusCode()).isEqualTo(200);
        assertThat(signedIn(Demo.PARTNER_OFFICER, "203.0.113.16").raw(href).statusCode()).isEqualTo(404);

        // every member whose services suit it (this one names no theme: all of them) hears about it by email
        assertThat(mail.await(Demo.ORG_ADMIN, "Tender opportunity for", "Wren family hubs").link("/consortium/")).isEqualTo("/consortium/opportunity.xhtml?id=" + id);
        assertThat(plain(mail.await(Demo.REPRESENTATIVE, "Tender opportunity for", "Wren family hubs"))).contains("Value: £100,000 (Block contract)");

        // two members express interest, one per lot; bad input first
        WebClient chris = signedIn(Demo.ORG_ADMIN, "203.0.113.11");
        WebClient morgan = signedIn(Demo.REPRESENTATIVE, "203.0.113.12");
        chris.get("/consortium/opportunity.xhtml?id=" + id);
        Page badInterest = chris.submit("interest", Map.of("interest:lot", lotId(chris.current(), 1), "interest:cost", "cheap"), "interest:submit");
        assertThat(badInterest.text()).contains("Enter the service you could deliver").contains("Enter the area").contains("the cost in pounds");
        assertThat(badInterest.doc().select("#interests tbody tr")).isEmpty();
        express(chris, id, 1, "Wren home visits");
        express(morgan, id, 2, "Wren dads' group");
        // a member sees its own interest; the officers see both
        assertThat(chris.get("/consortium/opportunity.xhtml?id=" + id).doc().select("#interests tbody tr")).hasSize(1);
        assertThat(officer.get("/consortium/opportunity.xhtml?id=" + id).doc().select("#interests tbody tr")).hasSize(2);

        // a clarification question, answered for everyone and emailed to those interested
        chris.get("/consortium/opportunity.xhtml?id=" + id);
        chris.submit("ask", Map.of("ask:question", "May volunteers deliver the drop-ins?"), "ask:submit");
        Page qa = officer.get("/consortium/opportunity.xhtml?id=" + id);
        String answerField = qa.doc().select("textarea[name$=answer]").attr("name");
        String publish = qa.doc().select("input[value='Publish the answer']").attr("name");
        officer.submit("questions", Map.of(answerField, "Yes, with a qualified supervisor."), publish);
        assertThat(morgan.get("/consortium/opportunity.xhtml?id=" + id).doc().select("#qa .answer").text()).contains("qualified supervisor");
        assertThat(plain(mail.await(Demo.REPRESENTATIVE, "Clarification published: Wren family hubs"))).contains("Answer: Yes, with a qualified supervisor.");

        // the demo's mentoring tender closed for interest yesterday: refused with the date, nothing recorded
        Long closed = opportunityNamed(morgan, "Youth mentoring for looked-after young people");
        chris.get("/consortium/opportunity.xhtml?id=" + closed);
        assertThat(chris.current().doc().select("#interest-closed")).isNotEmpty();
        Page late = chris.submit("interest", interestFields(chris.current(), 1, "Too late"), "interest:submit");
        assertThat(late.messages()).contains("closed on").contains("Nothing was recorded");
        assertThat(officer.get("/consortium/opportunity.xhtml?id=" + closed).text()).doesNotContain("Too late");

        // a member with the form open when the officers decide to bid is told the consortium has moved on
        morgan.get("/consortium/opportunity.xhtml?id=" + id);
        decide(officer, id, "Wren home visits", "Wren dads' group");
        Page moved = morgan.submit("interest", interestFields(morgan.current(), 1, "After the decision"), "interest:submit");
        assertThat(moved.messages()).contains("moved on to the bid");

        // in the site search for members, never for visitors or commissioners
        WebClient visitor = new WebClient(base, "203.0.113.13");
        WebClient partner = signedIn(Demo.PARTNER_OFFICER, "203.0.113.14");
        awaitSearch(chris, "wren", "Wren family hubs");
        assertThat(results(visitor, "wren")).noneMatch(t -> t.contains("Wren family hubs"));
        assertThat(results(partner, "wren")).noneMatch(t -> t.contains("Wren family hubs"));
        // nor the pages: a commissioner gets the 404 an unknown id gets; a visitor is asked to sign in
        assertThat(partner.get("/consortium/opportunity.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(partner.get("/consortium/opportunity.xhtml?id=999999").status()).isEqualTo(404);
        assertThat(visitor.get("/consortium/opportunity.xhtml?id=" + id).path()).endsWith("/account/login.xhtml");
        assertThat(visitor.get("/consortium/opportunity.xhtml?id=%3Cscript%3E").path()).endsWith("/account/login.xhtml");
        // what is public about the consortium is public
        Page about = visitor.get("/consortium/index.xhtml");
        assertThat(about.doc().select("#consortium-name").text()).isEqualTo("Harbourton Children's Services CIC");
        assertThat(about.text()).contains("09876543").contains("Robin Hale").doesNotContain("Consortium agreement");
    }

    // ---------------------------------------------------------------- editing after posting, withdrawing an answer

    @Test
    void anOfficerEditsAPostedOpportunityWithItsHistoryKeptInterestedMembersHearOfNewDatesAndAnAnswerCanBeWithdrawn() {
        WebClient officer = signedIn(OFFICER, "203.0.113.30");
        WebClient second = signedIn(OFFICER, "203.0.113.33");
        Long id = post(officer, "Kestrel parenting", Map.of("post:lots", "Parenting groups | 30000 | 50\nOne-to-one | 20000\nSpare lot | 1000"));
        WebClient chris = signedIn(Demo.ORG_ADMIN, "203.0.113.31");
        express(chris, id, 1, "Kestrel groups");
        String page = "/consortium/opportunity.xhtml?id=" + id;
        assertThat(officer.get(page).doc().select("textarea[name='edit:lots']").val().lines().map(String::strip))
                .containsExactly("Parenting groups | 30000 | 50", "One-to-one | 20000 |", "Spare lot | 1000 |");
        assertThat(chris.get(page).doc().select("#edit")).isEmpty();

        // bad input: nothing saved, each problem named
        officer.get(page);
        Page bad = officer.submit("edit", Map.of("edit:title", "", "edit:value", "lots", "edit:submissionDeadline", TODAY.minusDays(1).toString(),
                "edit:description", "x".repeat(8001)), "edit:save");
        assertThat(bad.fieldError("edit:title")).contains("Enter a title");
        assertThat(bad.fieldError("edit:value")).contains("in pounds");
        assertThat(bad.fieldError("edit:submissionDeadline")).contains("That date has passed");
        assertThat(bad.fieldError("edit:description")).contains("8000 characters or fewer");
        officer.get(page);
        Page order = officer.submit("edit", Map.of("edit:interestDeadline", TODAY.plusDays(40).toString(), "edit:startDate", "2026-13-01"), "edit:save");
        assertThat(order.fieldError("edit:interestDeadline")).contains("on or before the submission deadline");
        assertThat(order.fieldError("edit:startDate")).contains("as a date like");
        officer.get(page);
        Page dropInterested = officer.submit("edit", Map.of("edit:lots", "One-to-one | 20000"), "edit:save");
        assertThat(dropInterested.fieldError("edit:lots")).contains("Lot 1: Parenting groups has 1 expression of interest, so it cannot be removed");
        officer.get(page);
        Page overValue = officer.submit("edit", Map.of("edit:lots", "Parenting groups | 90000\nOne-to-one | 20000"), "edit:save");
        assertThat(overValue.fieldError("edit:lots")).contains("more than the contract's value");
        officer.get(page);
        Page noLots = officer.submit("edit", Map.of("edit:lots", ""), "edit:save");
        assertThat(noLots.fieldError("edit:lots")).contains("Keep at least one lot");
        Page unchanged = officer.get(page);
        assertThat(unchanged.doc().select("#opportunity-title").text()).isEqualTo("Kestrel parenting");
        assertThat(unchanged.doc().select("#lots tbody tr")).hasSize(3);
        assertThat(unchanged.doc().select("#history")).isEmpty();

        // a good edit: title, lot values and readiness, a lot dropped, the submission deadline moved; a second officer
        // editing from the page as it was is refused
        second.get(page);
        String newDeadline = TODAY.plusDays(35).toString();
        Page saved = officer.submit("edit", Map.of("edit:title", "Kestrel parenting <b>support</b>", "edit:submissionDeadline", newDeadline,
                "edit:lots", "Parenting groups | 35000 | 60\nOne-to-one | 25000"), "edit:save");
        assertThat(saved.messages()).as(saved.text()).contains("The changes are saved");
        assertThat(saved.doc().select("#opportunity-title").text()).isEqualTo("Kestrel parenting <b>support</b>");
        assertThat(saved.doc().select("#lots tbody tr").eachText()).containsExactly("Lot 1: Parenting groups £35,000 60", "Lot 2: One-to-one £25,000");
        assertThat(saved.doc().select("#history li").text()).contains("Title: \"Kestrel parenting\" → \"Kestrel parenting <b>support</b>\"")
                .contains("Submission deadline: \"" + TODAY.plusDays(30) + "\" → \"" + newDeadline + "\"");
        Page stale = second.submit("edit", Map.of("edit:title", "Overwritten"), "edit:save");
        assertThat(stale.messages()).contains("Someone else changed this opportunity");
        assertThat(officer.get(page).doc().select("#opportunity-title").text()).isEqualTo("Kestrel parenting <b>support</b>");
        assertThat(plain(mail.await(Demo.ORG_ADMIN, "Dates changed: Kestrel parenting <b>support</b>")))
                .contains("Submission deadline: \"" + TODAY.plusDays(30) + "\" → \"" + newDeadline + "\"").contains(page);

        // a published answer withdrawn: gone for members, a reason required, kept in the record
        chris.get(page);
        chris.submit("ask", Map.of("ask:question", "Is the Kestrel budget fixed?"), "ask:submit");
        Page qa = officer.get(page);
        officer.submit("questions", Map.of(qa.doc().select("textarea[name$=answer]").attr("name"), "Yes: £60,000."),
                qa.doc().select("input[value='Publish the answer']").attr("name"));
        assertThat(chris.get(page).doc().select("#qa").text()).contains("Yes: £60,000.");
        qa = officer.get(page);
        String withdraw = qa.doc().select("input[value='Withdraw this question']").attr("name");
        Page noReason = officer.submit("questions", Map.of(), withdraw);
        assertThat(noReason.messages()).contains("Enter why it is withdrawn");
        qa = officer.get(page);
        Page withdrawn = officer.submit("questions", Map.of(qa.doc().select("input[name$=withdrawReason]").attr("name"), "The budget is not yet agreed."),
                qa.doc().select("input[value='Withdraw this question']").attr("name"));
        assertThat(withdrawn.messages()).contains("The question is withdrawn");
        assertThat(chris.get(page).doc().select("#qa").text()).doesNotContain("Kestrel budget");
        assertThat(chris.get(page).doc().select("#history")).isNotEmpty();
    }

    // ---------------------------------------------------------------- the bid workspace

    @Test
    void theBidWorkspaceIsTheTeamsAloneAndItsDocumentsKeepEveryVersionWhenPeopleSaveAtOnce() throws Exception {
        WebClient officer = signedIn(OFFICER, "203.0.113.20");
        WebClient morgan = signedIn(Demo.REPRESENTATIVE, "203.0.113.21");
        WebClient chris = signedIn(Demo.ORG_ADMIN, "203.0.113.22");
        Long id = post(officer, "Kestrel youth work", Map.of("post:submissionDeadline", TODAY.plusDays(5).toString(),
                "post:interestDeadline", TODAY.plusDays(2).toString()));
        express(morgan, id, 1, "Kestrel detached youth work");
        express(chris, id, 1, "Kestrel youth club");
        // the team: Morgan's organisation leads alone; Chris's organisation is outside it
        Long bid = decide(officer, id, "Kestrel detached youth work", null);
        assertThat(mail.await(Demo.REPRESENTATIVE, "Bid team: Kestrel youth work").link("/consortium/")).isEqualTo("/consortium/bid.xhtml?id=" + bid);
        // the timeline: the deadline is five days off, so the team hears a week ahead
        mail.await(Demo.REPRESENTATIVE, "Bid deadline in 7 days", "Kestrel youth work");

        Page ws = morgan.get("/consortium/bid.xhtml?id=" + bid);
        assertThat(ws.doc().select("#partners li").text()).contains("Lead partner");
        Page added = morgan.submitFile("newdoc", Map.of("newdoc:docTitle", "Method statement"),
                Map.of("newdoc:newFile", Map.entry("method.txt", "Version one of the method.".getBytes(StandardCharsets.UTF_8))), "newdoc:save");
        assertThat(added.messages()).contains("added as version 1");
        String doc = added.doc().select("select[name='checkin:document'] option").stream().filter(o -> o.text().equals("Method statement"))
                .findFirst().orElseThrow().attr("value");

        // a file that lies about its type (a Windows program called .pdf) is refused; nothing is saved
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        Page lying = morgan.submitFile("checkin", Map.of("checkin:document", doc), Map.of("checkin:file", Map.entry("budget.pdf", program)), "checkin:save");
        assertThat(lying.text()).contains("“budget.pdf” is not a PDF");
        assertThat(versions(morgan, bid)).containsExactly("Version 1: method.txt");

        // four team members, each with version 1 open, save a new version at the same moment: one is saved, three are told
        List<WebClient> team = List.of(morgan, officer, signedIn(Demo.COORDINATOR, "203.0.113.23"), signedIn(Demo.SITE_ADMIN, "203.0.113.24"));
        for (WebClient c : team) c.get("/consortium/bid.xhtml?id=" + bid);
        List<Page> saved = all(team, (c, i) -> c.submitFile("checkin", Map.of("checkin:document", doc, "checkin:note", "edit " + i),
                Map.of("checkin:file", Map.entry("method-" + i + ".txt", ("Edit by " + i).getBytes(StandardCharsets.UTF_8))), "checkin:save"));
        assertThat(saved.stream().filter(p -> p.messages().contains("The new version is saved"))).as(saved.stream().map(Page::messages).toList().toString()).hasSize(1);
        assertThat(saved.stream().filter(p -> p.messages().contains("nothing was saved") && p.messages().contains("after you opened version 1"))).hasSize(3);
        assertThat(versions(morgan, bid)).hasSize(2).first().asString().startsWith("Version 2: method-");

        // check-out at the same moment: exactly one holds it, and the others cannot save over them
        for (WebClient c : team) c.get("/consortium/bid.xhtml?id=" + bid);
        List<Page> outs = all(team, (c, i) -> c.submit("docs", Map.of(), c.current().doc().select("input[value='Check out']").attr("name")));
        assertThat(outs.stream().filter(p -> p.messages().contains("It is checked out to you"))).hasSize(1);
        assertThat(outs.stream().filter(p -> p.messages().contains("checked out since"))).as(outs.stream().map(Page::messages).toList().toString()).hasSize(3);
        int holder = outs.indexOf(outs.stream().filter(p -> p.messages().contains("It is checked out to you")).findFirst().orElseThrow());
        WebClient other = team.get((holder + 1) % team.size());
        other.get("/consortium/bid.xhtml?id=" + bid);
        Page blocked = other.submitFile("checkin", Map.of("checkin:document", doc), Map.of("checkin:file", Map.entry("mine.txt", "mine".getBytes(StandardCharsets.UTF_8))), "checkin:save");
        assertThat(blocked.messages()).contains("checked out since").contains("nothing was saved");
        Page in = team.get(holder).submitFile("checkin", Map.of("checkin:document", doc, "checkin:note", "agreed text"),
                Map.of("checkin:file", Map.entry("method-final.txt", "Final".getBytes(StandardCharsets.UTF_8))), "checkin:save");
        assertThat(in.messages()).contains("The new version is saved");
        assertThat(versions(morgan, bid)).hasSize(3).first().asString().isEqualTo("Version 3: method-final.txt");
        assertThat(morgan.current().doc().select(".doc-lock")).isEmpty();

        // outsiders by URL: a member of another organisation, staff who are not officers, a commissioner: the 404 of an
        // unknown id; a visitor is asked to sign in. The files behave the same.
        String file = morgan.current().doc().select(".versions a").first().attr("href");
        assertThat(morgan.raw(file).statusCode()).isEqualTo(200);
        for (WebClient outsider : List.of(chris, signedIn(Demo.MEMBER, "203.0.113.25"), signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.26"),
                signedIn(Demo.PARTNER_OFFICER, "203.0.113.27"))) {
            Page p = outsider.get("/consortium/bid.xhtml?id=" + bid);
            assertThat(p.status()).isEqualTo(404);
            assertThat(p.text()).doesNotContain("Kestrel");
            assertThat(outsider.raw(file).statusCode()).isEqualTo(404);
        }
        WebClient visitor = new WebClient(base, "203.0.113.28");
        assertThat(visitor.get("/consortium/bid.xhtml?id=" + bid).path()).endsWith("/account/login.xhtml");
        assertThat(chris.get("/consortium/opportunity.xhtml?id=" + id).doc().select("#workspace-link")).isEmpty();

        // tasks with owners and reminders; evidence from the lead's profile; the discussion
        morgan.get("/consortium/bid.xhtml?id=" + bid);
        String me = morgan.current().doc().select("select[name='task:taskOwner'] option").stream().filter(o -> o.text().equals("Morgan Ellis"))
                .findFirst().orElseThrow().attr("value");
        Page badTask = morgan.submit("task", Map.of("task:taskTitle", "x".repeat(301), "task:taskDue", "soon"), "task:add");
        assertThat(badTask.text()).contains("300 characters or fewer").contains("Choose someone in the bid team").contains("Enter the date it is due");
        morgan.submit("task", Map.of("task:taskTitle", "Kestrel budget", "task:taskOwner", me, "task:taskDue", TODAY.plusDays(1).toString()), "task:add");
        assertThat(mail.await(Demo.REPRESENTATIVE, "Bid task due", "Kestrel budget").link("/consortium/")).isEqualTo("/consortium/bid.xhtml?id=" + bid);
        Element leadOption = morgan.current().doc().select("select[name='evidence:evidenceOrg'] option").get(1);
        assertThat(morgan.submit("evidence", Map.of("evidence:evidenceOrg", leadOption.attr("value")), "evidence:pull").doc().select("#evidence-list li").text())
                .startsWith(leadOption.text() + " (");
        assertThat(morgan.submit("discussion", Map.of("discussion:message", "<b>Budget</b> is in"), "discussion:send").doc().select("#posts").html())
                .contains("&lt;b&gt;Budget&lt;/b&gt;");

        // submission needs the checklist done; then won, and allocated
        officer.get("/consortium/bid.xhtml?id=" + bid);
        assertThat(officer.submit("outcome", Map.of(), "outcome:submitted").messages()).contains("5 items are still open");
        tickAll(officer, bid);
        assertThat(officer.submit("outcome", Map.of(), "outcome:submitted").messages()).contains("the bid is submitted");
        assertThat(officer.submit("outcome", Map.of(), "outcome:lost").text()).contains("Enter the commissioner's feedback");
        assertThat(officer.submit("outcome", Map.of("outcome:feedback", "Good local reach."), "outcome:won").messages()).contains("the contract is won");
        mail.await(Demo.REPRESENTATIVE, "Won: Kestrel youth work");
    }

    // ---------------------------------------------------------------- allocation and delivery

    @Test
    void aWonContractIsAllocatedWithinItsValueChangesAreVersionedAndMembersSeeTheirShare() {
        WebClient officer = signedIn(OFFICER, "203.0.113.40");
        WebClient morgan = signedIn(Demo.REPRESENTATIVE, "203.0.113.41");
        Long contract = opportunityNamed(officer, "Parenting programmes");
        Page c = officer.get("/consortium/contract.xhtml?id=" + contract);
        assertThat(c.doc().select("#remaining").text()).isEqualTo("£0");
        String lot = option(c, "allocate:lot", "Lot 1: The whole contract");
        String[] partners = c.doc().select("select[name='allocate:organisation'] option").stream().skip(1).map(o -> o.attr("value")).toArray(String[]::new);

        // the demo contract is fully allocated: a new £1 is one pound too much, and nothing is saved
        Page over = officer.submit("allocate", allocation(lot, partners[0], "1", null), "allocate:save");
        assertThat(over.text()).contains("£180,001 of a contract worth £180,000").contains("£1 too much");
        assertThat(officer.get("/consortium/contract.xhtml?id=" + contract).doc().select("#allocations tbody tr")).hasSize(2);
        Page bad = officer.submit("allocate", Map.of("allocate:volume", "-3", "allocate:value", "£lots", "allocate:agreedOn", TODAY.plusDays(9).toString()), "allocate:save");
        assertThat(bad.text()).contains("Choose the lot").contains("whole number").contains("the value in pounds").contains("in the future");

        // the fathers' groups shrink to £50,000 (version 2 kept beside version 1), which leaves £10,000 to allocate
        // the demo's second allocation: the fathers' groups of the second partner
        String fathers = officer.current().doc().select("select[name='allocate:allocation'] option").get(2).attr("value");
        Page changed = officer.submit("allocate", allocation(lot, partners[1], "50000", fathers), "allocate:save");
        assertThat(changed.messages()).contains("the earlier version is kept");
        assertThat(changed.doc().select("#remaining").text()).isEqualTo("£10,000");
        assertThat(changed.doc().select("#history tbody tr").eachText()).anyMatch(t -> t.startsWith(fathers + " 2")).anyMatch(t -> t.startsWith(fathers + " 1"));
        assertThat(officer.submit("allocate", allocation(lot, partners[0], "10000.01", null), "allocate:save").text()).contains("£0.01 too much");
        assertThat(officer.submit("allocate", allocation(lot, partners[0], "10000", null), "allocate:save").doc().select("#remaining").text()).isEqualTo("£0");

        // delivery per period: payments may not pass an allocation
        Page d = officer.submit("delivery", Map.of("delivery:allocation", fathers, "delivery:period", "April", "delivery:deliveredVolume", "x", "delivery:paid", "5"), "delivery:save");
        assertThat(d.text()).contains("Enter the month like 2026-04").contains("whole number");
        Page tooMuch = officer.submit("delivery", Map.of("delivery:allocation", fathers, "delivery:period", TODAY.withDayOfMonth(1).toString().substring(0, 7),
                "delivery:deliveredVolume", "1", "delivery:paid", "49000"), "delivery:save");
        assertThat(tooMuch.text()).contains("more than the allocation of £50,000");
        Page ok = officer.submit("delivery", Map.of("delivery:allocation", fathers, "delivery:period", TODAY.withDayOfMonth(1).toString().substring(0, 7),
                "delivery:deliveredVolume", "1", "delivery:paid", "2500"), "delivery:save");
        assertThat(ok.messages()).contains("is recorded");

        // members see every allocation, their own marked; a commissioner does not
        Page seen = morgan.get("/consortium/contract.xhtml?id=" + contract);
        assertThat(seen.doc().select("#allocations tr:has(.your-share)").text()).contains("Fathers").contains("£50,000");
        assertThat(seen.doc().select("#allocate")).isEmpty();
        assertThat(signedIn(Demo.PARTNER_OFFICER, "203.0.113.42").get("/consortium/contract.xhtml?id=" + contract).status()).isEqualTo(404);

        // a member reports its own delivery for a month (3 groups, £50,000 allocated; 2 groups and £7,500 so far)
        String parents = officer.get("/consortium/contract.xhtml?id=" + contract).doc().select("select[name='allocate:allocation'] option").get(1).attr("value");
        assertThat(seen.doc().select("select[name='report:allocation'] option").eachAttr("value")).containsExactly(fathers);
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        int before = seen.doc().select("#deliveries tbody tr").size();
        Map<String, String> report = new HashMap<>(Map.of("report:allocation", fathers, "report:reportPeriod", now.minusMonths(3).toString(),
                "report:reportVolume", "1", "report:claimed", "2,000", "report:reportNote", "<i>Dads' group</i> in Harbour ward"));
        // another member's allocation, reached by changing the form: refused as if it were not there, nothing saved
        Map<String, String> idor = new HashMap<>(report);
        idor.put("report:allocation", parents);
        assertThat(morgan.submit("report", idor, "report:send").messages()).contains("Choose one of your organisation's allocations");
        idor.put("report:allocation", "999999");
        assertThat(morgan.submit("report", idor, "report:send").messages()).contains("Choose one of your organisation's allocations");
        // and bad input: a month not begun, a malformed one, one an officer confirmed, more than the allocation
        morgan.get("/consortium/contract.xhtml?id=" + contract);
        Map<String, String> badReport = new HashMap<>(report);
        badReport.putAll(Map.of("report:reportPeriod", now.plusMonths(1).toString(), "report:reportVolume", "-1", "report:claimed", "lots"));
        Page refused = morgan.submit("report", badReport, "report:send");
        assertThat(refused.fieldError("report:reportPeriod")).contains("has not begun");
        assertThat(refused.fieldError("report:reportVolume")).contains("whole number");
        assertThat(refused.fieldError("report:claimed")).contains("in pounds");
        badReport.putAll(Map.of("report:reportPeriod", "April", "report:reportVolume", "1", "report:claimed", "1"));
        assertThat(morgan.submit("report", badReport, "report:send").fieldError("report:reportPeriod")).contains("like 2026-04");
        badReport.put("report:reportPeriod", now.minusMonths(1).toString());
        assertThat(morgan.submit("report", badReport, "report:send").fieldError("report:reportPeriod")).contains("already confirmed");
        badReport.putAll(Map.of("report:reportPeriod", now.minusMonths(3).toString(), "report:reportVolume", "2"));
        assertThat(morgan.submit("report", badReport, "report:send").fieldError("report:reportVolume")).contains("Delivery would reach 4 groups, more than the 3 allocated");
        badReport.putAll(Map.of("report:reportVolume", "1", "report:claimed", "42,500.01"));
        assertThat(morgan.submit("report", badReport, "report:send").fieldError("report:claimed")).contains("more than the allocation of £50,000");
        assertThat(morgan.get("/consortium/contract.xhtml?id=" + contract).doc().select("#deliveries tbody tr")).hasSize(before);

        Page sent = morgan.submit("report", report, "report:send");
        assertThat(sent.messages()).as(sent.text()).contains("a consortium officer will confirm them");
        assertThat(sent.doc().select("#deliveries tbody tr")).hasSize(before + 1);
        assertThat(sent.doc().select("#deliveries tr:contains(" + now.minusMonths(3) + ")").text())
                .contains("£2,000").contains("<i>Dads' group</i> in Harbour ward").contains("Reported, waiting for an officer");
        assertThat(sent.doc().select("#deliveries button, #deliveries input[type=submit]")).isEmpty();
        // the officers are told there is something to confirm, with a link to the contract
        TestMail.Received told = mail.await(OFFICER, "Delivery to confirm");
        assertThat(plain(told)).contains(now.minusMonths(3) + ": 1 groups delivered, £2,000 claimed", "<i>Dads' group</i> in Harbour ward");
        assertThat(told.link("/consortium/contract.xhtml")).endsWith("id=" + contract);
        // not counted until an officer confirms it
        assertThat(sent.doc().select("#allocations tr:has(.your-share) td").get(8).text()).isEqualTo("2");
        Page toConfirm = officer.get("/consortium/contract.xhtml?id=" + contract);
        Page confirmed = officer.submit("confirm", Map.of(), toConfirm.doc().select("#deliveries input[value=Confirm]").attr("name"));
        assertThat(confirmed.messages()).contains("The figures for " + now.minusMonths(3) + " are confirmed");
        assertThat(confirmed.doc().select("#deliveries tr:contains(" + now.minusMonths(3) + ") .delivery-status").text()).isEqualTo("Confirmed");
        assertThat(morgan.get("/consortium/contract.xhtml?id=" + contract).doc().select("#allocations tr:has(.your-share) td").get(8).text()).isEqualTo("3");
    }

    // ---------------------------------------------------------------- bulletins, record cards, opt-in membership

    @Test
    void anOpportunityIsOfferedToBulletinsShownAsACardToMembersAndOptInMembershipIsHonoured() throws Exception {
        WebClient officer = signedIn(OFFICER, "203.0.113.70");
        Long id = post(officer, "Plover early help", Map.of());

        // a co-ordinator composing a bulletin picks it; the test copy carries its link
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.71");
        staff.get("/bulletins/index.xhtml");
        Page created = staff.submit("create", Map.of("create:title", "Plover tender bulletin", "create:audience", "all"), "create:submit");
        Page compose = staff.get("/bulletins/compose.xhtml?id=" + created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        Element box = compose.doc().select("#new input[type=checkbox]").stream()
                .filter(i -> compose.doc().select("label[for=" + i.id() + "]").text().endsWith(": Plover early help")).findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + compose.doc().select("#new").text()));
        assertThat(staff.submit("new", Map.of(box.attr("name"), box.attr("value")), "new:add").messages()).contains("Added 1 item");
        assertThat(staff.current().doc().select("#preview-html a[href$='/consortium/opportunity.xhtml?id=" + id + "']")).isNotEmpty();
        staff.submit("send", Map.of(), "send:test");
        assertThat(plain(mail.await(Demo.COORDINATOR, "Plover tender bulletin")).replaceAll("=\\r?\\n", "")).contains("/consortium/opportunity.xhtml?id=" + id);

        // a link to it in a forum post is a card for members, not for visitors
        Element category = staff.get("/forum/index.xhtml").doc().select("a.category-name").stream()
                .filter(a -> a.text().equals("Ask the network")).findFirst().orElse(staff.current().doc().selectFirst("a.category-name"));
        staff.get("/forum/new.xhtml?category=" + category.attr("href").replaceAll(".*id=(\\d+).*", "$1"));
        Page topic = staff.submit("topic", Map.of("topic:title", "Plover tender", "topic:body", "Have a look: /consortium/opportunity.xhtml?id=" + id), "topic:submit");
        assertThat(topic.path()).as(topic.text()).endsWith("/forum/topic.xhtml");
        String topicPath = "/forum/topic.xhtml?" + topic.uri().getQuery();
        assertThat(signedIn(Demo.MEMBER, "203.0.113.72").get(topicPath).doc().select("#post-1 li.record-card").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Tender opportunity").contains("Plover early help", "£100,000"));
        Page asVisitor = new WebClient(base, "203.0.113.73").get(topicPath);
        assertThat(asVisitor.status()).isEqualTo(200);
        assertThat(asVisitor.doc().select("#post-1").text()).contains("Have a look");
        assertThat(asVisitor.doc().select("#post-1 li.record-card").text()).doesNotContain("Plover early help");

        // opt-in membership: the officers switch it on; a member organisation is then outside until its admin joins
        officer.get("/consortium/index.xhtml");
        try {
            assertThat(officer.submit("details", java.util.Collections.singletonMap("details:automatic", null), "details:save").messages()).contains("details are saved");
            WebClient admin = signedIn(Demo.ORG_ADMIN, "203.0.113.74");
            Page outside = admin.get("/consortium/index.xhtml");
            assertThat(outside.doc().select("#member-count").text()).doesNotContain("every member of the network");
            assertThat(outside.doc().select("#join")).isNotEmpty();
            assertThat(admin.get("/consortium/opportunity.xhtml?id=" + id).status()).isIn(403, 404);
            assertThat(signedIn(Demo.MEMBER, "203.0.113.75").get("/consortium/index.xhtml").doc().select("#join")).isEmpty(); // not its admin
            admin.get("/consortium/index.xhtml");
            assertThat(admin.submit("join", Map.of(), "join:submit").messages()).contains("is now a member of the consortium");
            assertThat(admin.current().doc().select("#join")).isEmpty();
            assertThat(admin.get("/consortium/opportunity.xhtml?id=" + id).status()).isEqualTo(200);
            assertThat(officer.get("/consortium/index.xhtml").doc().select("#members tbody tr")).hasSize(1);
        } finally {
            officer.get("/consortium/index.xhtml");
            assertThat(officer.submit("details", Map.of("details:automatic", "true"), "details:save").messages()).contains("details are saved");
        }
    }

    // ---------------------------------------------------------------- the agreement, disputes and risks

    @Test
    void membersAcceptTheAgreementVersionTheyReadAndRaiseDisputesOfficersKeepTheRegisters() {
        WebClient officer = signedIn(OFFICER, "203.0.113.50");
        WebClient morgan = signedIn(Demo.REPRESENTATIVE, "203.0.113.51");
        Page mine = morgan.get("/consortium/index.xhtml");
        assertThat(mine.doc().select("#agreement-heading").text()).contains("version 1");
        assertThat(morgan.submit("accept", Map.of(), "accept:submit").messages()).contains("has accepted");
        assertThat(morgan.current().doc().select("#accepted").text()).contains("version 1");
        assertThat(morgan.current().doc().select("#accept")).isEmpty();

        // a new version while Morgan reads the old one: accepting the old one records nothing
        officer.get("/consortium/index.xhtml");
        assertThat(officer.submit("agreement", Map.of("agreement:agreementBody", ""), "agreement:publish").text()).contains("Enter the agreement's text");
        assertThat(officer.submit("agreement", Map.of("agreement:agreementBody", "## Agreement\n\nClause 6: disputes within 10 days.", "agreement:changeNote", "Faster disputes"),
                "agreement:publish").messages()).contains("Version 2 of the agreement is published");
        Page v2 = morgan.get("/consortium/index.xhtml");
        officer.get("/consortium/index.xhtml");
        officer.submit("agreement", Map.of("agreement:agreementBody", "## Agreement\n\nClause 7.", "agreement:changeNote", "v3"), "agreement:publish");
        assertThat(morgan.submit("accept", Map.of(), "accept:submit").messages()).contains("A newer version of the agreement (version 3)");
        assertThat(v2.doc().select("#agreement-body").text()).contains("Clause 6");
        morgan.get("/consortium/index.xhtml");
        assertThat(morgan.submit("accept", Map.of(), "accept:submit").messages()).contains("has accepted");
        assertThat(officer.get("/consortium/index.xhtml").doc().select("#members tr").eachText()).anyMatch(t -> t.contains("Accepted by Morgan Ellis"));

        // a member raises a dispute; bad input first; the officer resolves it; other members do not see it
        morgan.get("/consortium/register.xhtml");
        assertThat(morgan.submit("raise", Map.of("raise:subject", ""), "raise:submit").text()).contains("Enter what the dispute is about");
        morgan.submit("raise", Map.of("raise:subject", "Heron allocation", "raise:description", "We were promised more sessions."), "raise:submit");
        assertThat(plain(mail.await(OFFICER, "Dispute raised: Heron allocation"))).contains("We were promised more sessions.", "/consortium/register.xhtml");
        Page reg = officer.get("/consortium/register.xhtml");
        Element item = reg.doc().select("#dispute-list li").stream().filter(li -> li.text().contains("Heron allocation")).findFirst().orElseThrow();
        officer.submit("disputes", Map.of(item.select("input[name$=resolution]").attr("name"), "Two more sessions from next month."),
                item.select("input[value=Update]").attr("name"));
        assertThat(morgan.get("/consortium/register.xhtml").doc().select("#dispute-list").text()).contains("Resolved").contains("Two more sessions");
        assertThat(signedIn(Demo.ORG_ADMIN, "203.0.113.52").get("/consortium/register.xhtml").text()).doesNotContain("Heron allocation");

        officer.get("/consortium/register.xhtml");
        assertThat(officer.submit("risk", Map.of("risk:riskTitle", "Heron risk", "risk:likelihood", "9", "risk:impact", "x"), "risk:save").text())
                .contains("a score from 1 (low) to 5 (high)").contains("Enter who owns the risk");
        officer.submit("risk", Map.of("risk:riskTitle", "Heron risk", "risk:likelihood", "4", "risk:impact", "5", "risk:owner", "Board",
                "risk:mitigation", "Monthly review"), "risk:save");
        assertThat(morgan.get("/consortium/register.xhtml").doc().select("#risks tr").eachText()).anyMatch(t -> t.contains("Heron risk") && t.contains("High (20)"));
        assertThat(morgan.current().doc().select("#risk")).isEmpty();
        assertThat(morgan.current().doc().select("a.review-risk")).isEmpty();

        // the officer reviews it: the form is filled with it; bad input refused with nothing saved; then lowered and closed
        Element heron = officer.get("/consortium/register.xhtml").doc().select("#risks tr").stream().filter(t -> t.text().contains("Heron risk"))
                .findFirst().orElseThrow();
        String review = heron.select("a.review-risk").attr("href").replaceAll(".*(/consortium/)", "$1").replaceAll("#.*", "");
        Page form = officer.get(review);
        assertThat(form.doc().select("input[name='risk:riskTitle']").val()).isEqualTo("Heron risk");
        assertThat(form.doc().select("input[name='risk:likelihood']").val()).isEqualTo("4");
        assertThat(officer.submit("risk", Map.of("risk:impact", "0", "risk:mitigation", ""), "risk:save").text())
                .contains("a score from 1 (low) to 5 (high)").contains("Enter how it is mitigated");
        assertThat(morgan.get("/consortium/register.xhtml").doc().select("#risks tr").eachText()).anyMatch(t -> t.contains("Heron risk") && t.contains("High (20)"));
        officer.get(review);
        Map<String, String> lowered = new java.util.HashMap<>(Map.of("risk:likelihood", "2", "risk:mitigation", "Cover agreed with two partners"));
        lowered.put("risk:open", null); // unticked: closed
        Page reviewed = officer.submit("risk", lowered, "risk:save");
        assertThat(reviewed.messages()).contains("The risk is reviewed and saved");
        assertThat(morgan.get("/consortium/register.xhtml").doc().select("#risks tr").eachText())
                .anyMatch(t -> t.contains("Heron risk") && t.contains("Medium (10)") && t.contains("Cover agreed") && t.endsWith("Closed"))
                .filteredOn(t -> t.contains("Heron risk")).hasSize(1);
        assertThat(officer.get("/consortium/register.xhtml?risk=999999").status()).isEqualTo(404);

        // the co-ordinator appoints officers (an unknown address refused) and ends appointments
        WebClient coordinator = signedIn(Demo.COORDINATOR, "203.0.113.54");
        coordinator.get("/consortium/index.xhtml");
        assertThat(coordinator.submit("officers", Map.of("officers:officerEmail", "nobody@example.org"), "officers:appoint").text())
                .contains("No account has that email address");
        assertThat(coordinator.submit("officers", Map.of("officers:officerEmail", Demo.DEVELOPMENT_OFFICER, "officers:officerTitle", "Quality officer"),
                "officers:appoint").messages()).contains("Appointed as consortium officer");
        WebClient priya = signedIn(Demo.DEVELOPMENT_OFFICER, "203.0.113.55");
        assertThat(priya.get("/consortium/opportunities.xhtml").doc().select("#post")).isNotEmpty();
        // a dispute reaches every current officer
        raiseDispute(morgan, "Quality query");
        mail.await(OFFICER, "Dispute raised: Quality query");
        mail.await(Demo.DEVELOPMENT_OFFICER, "Dispute raised: Quality query");
        assertThat(morgan.get("/consortium/index.xhtml").doc().select("#officer-list").text()).contains("Quality officer");
        Page appointments = coordinator.get("/consortium/index.xhtml");
        String end = appointments.doc().select("form#officers li").stream().filter(li -> li.text().contains("Quality officer")).findFirst().orElseThrow()
                .select("input[value='End appointment']").attr("name");
        assertThat(coordinator.submit("officers", Map.of(), end).messages()).contains("The appointment has ended");
        assertThat(priya.get("/consortium/opportunities.xhtml").doc().select("#post")).isEmpty();
        raiseDispute(morgan, "After the appointment");
        mail.await(OFFICER, "Dispute raised: After the appointment");
        assertThat(mail.to(Demo.DEVELOPMENT_OFFICER, "After the appointment")).isEmpty();
        // with no officer appointed, the co-ordinator (who acts as one then) is told; then the officer is back
        Page remaining = coordinator.get("/consortium/index.xhtml");
        coordinator.submit("officers", Map.of(), remaining.doc().select("form#officers li").stream().filter(li -> li.text().contains("Contracts officer"))
                .findFirst().orElseThrow().select("input[value='End appointment']").attr("name"));
        raiseDispute(morgan, "Nobody appointed");
        mail.await(Demo.COORDINATOR, "Dispute raised: Nobody appointed");
        assertThat(coordinator.submit("officers", Map.of("officers:officerEmail", OFFICER, "officers:officerTitle", "Contracts officer"),
                "officers:appoint").messages()).contains("Appointed as consortium officer");
        assertThat(morgan.get("/consortium/index.xhtml").doc().select("#appoint, form#officers")).isEmpty();

        // commissioners may post once the consortium allows it; they see what they posted and nothing else
        WebClient partner = signedIn(Demo.PARTNER_OFFICER, "203.0.113.53");
        assertThat(partner.get("/consortium/opportunities.xhtml").status()).isEqualTo(403);
        officer.get("/consortium/index.xhtml");
        officer.submit("details", Map.of("details:commissioners", "on", "details:companyNumber", "not a number"), "details:save");
        assertThat(officer.current().text()).contains("Enter the Companies House number");
        assertThat(officer.submit("details", Map.of("details:commissioners", "on", "details:companyNumber", "09876543"), "details:save").messages())
                .contains("details are saved");
        Long own = post(partner, "Heron commissioner's own tender", Map.of());
        assertThat(partner.get("/consortium/opportunities.xhtml").doc().select("#opportunities a.opportunity-title").eachText())
                .containsExactly("Heron commissioner's own tender");
        assertThat(partner.get("/consortium/opportunity.xhtml?id=" + own).doc().select("#interests tbody tr")).isEmpty();
        assertThat(partner.get("/consortium/opportunity.xhtml?id=" + opportunityNamed(officer, "Parenting programmes")).status()).isEqualTo(404);
    }

    @Test
    @Tag("browser")
    void journeyFromOpportunityToAMembersShareInTheBrowser() {
        new ConsortiumJourneys(base, mail).opportunityToShare();
    }

    // ---------------------------------------------------------------- helpers (also used by the journeys)

    /** A message's text with quoted-printable soft breaks and escapes undone, as the reader sees it. */
    private static void raiseDispute(WebClient member, String subject) {
        member.get("/consortium/register.xhtml");
        assertThat(member.submit("raise", Map.of("raise:subject", subject, "raise:description", "Raised by a check."), "raise:submit").status())
                .isEqualTo(200);
    }

    static String plain(TestMail.Received m) {
        try {
            return new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(m.body().getBytes(StandardCharsets.US_ASCII)),
                    "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fields(String title, Map<String, String> more) {
        Map<String, String> f = new HashMap<>(Map.of("post:title", title, "post:commissioner", "Harbourton City Council",
                "post:description", "What " + title + " is for.", "post:value", "100,000", "post:contractModel", "BLOCK",
                "post:interestDeadline", TODAY.plusDays(7).toString(), "post:submissionDeadline", TODAY.plusDays(30).toString()));
        f.putAll(more);
        return f;
    }

    Long post(WebClient officer, String title, Map<String, String> more) {
        officer.get("/consortium/opportunities.xhtml");
        Page p = officer.submit("post", fields(title, more), "post:save");
        assertThat(p.messages()).as(p.text()).contains("is posted");
        return Long.valueOf(p.uri().getQuery().replaceAll(".*id=", ""));
    }

    static String lotId(Page p, int no) {
        return p.doc().select("select[name='interest:lot'] option").stream().filter(o -> o.text().startsWith("Lot " + no + ":"))
                .findFirst().orElseThrow().attr("value");
    }

    static Map<String, String> interestFields(Page p, int lot, String service) {
        return Map.of("interest:lot", lotId(p, lot), "interest:service", service, "interest:area", "North of the city",
                "interest:volume", "30 families a year", "interest:cost", "25,000", "interest:readiness", "Policies in place");
    }

    void express(WebClient member, Long id, int lot, String service) {
        member.get("/consortium/opportunity.xhtml?id=" + id);
        Page p = member.submit("interest", interestFields(member.current(), lot, service), "interest:submit");
        assertThat(p.messages()).as(p.text()).contains("Your expression of interest is recorded");
    }

    /** Decides to bid: the lead and (optionally) one partner, named by the service each offered. */
    Long decide(WebClient officer, Long id, String leadService, String partnerService) {
        Page p = officer.get("/consortium/opportunity.xhtml?id=" + id);
        Map<String, String> orgByService = new HashMap<>();
        for (Element tr : p.doc().select("#interests tbody tr")) orgByService.put(tr.child(2).text(), tr.child(1).text());
        Map<String, String> f = new HashMap<>(Map.of("decide:lead", option(p, "decide:lead", orgByService.get(leadService))));
        if (partnerService != null) {
            String name = orgByService.get(partnerService);
            f.put("decide:partners", p.doc().select("input[name='decide:partners']").stream()
                    .filter(i -> p.doc().select("label[for='" + i.id() + "']").text().equals(name)).findFirst().orElseThrow().attr("value"));
        }
        Page ws = officer.submit("decide", f, "decide:bid");
        assertThat(ws.path()).as(ws.text()).endsWith("/consortium/bid.xhtml");
        return Long.valueOf(ws.uri().getQuery().replaceAll(".*id=", ""));
    }

    static String option(Page p, String select, String text) {
        return p.doc().select("select[name='" + select + "'] option").stream().filter(o -> o.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + text + " in " + select)).attr("value");
    }

    Long opportunityNamed(WebClient c, String titleStart) {
        Element a = c.get("/consortium/opportunities.xhtml").doc().select("#opportunities a.opportunity-title").stream()
                .filter(x -> x.text().startsWith(titleStart)).findFirst().orElseThrow();
        return Long.valueOf(a.attr("href").replaceAll(".*id=", ""));
    }

    static Map<String, String> allocation(String lot, String org, String value, String existing) {
        Map<String, String> f = new HashMap<>(Map.of("allocate:lot", lot, "allocate:organisation", org, "allocate:area", "City-wide",
                "allocate:clientGroup", "Fathers", "allocate:volume", "3", "allocate:volumeUnit", "groups", "allocate:value", value,
                "allocate:rationale", "Agreed at the board", "allocate:agreedBy", "CIC board", "allocate:agreedOn", TODAY.toString()));
        if (existing != null) f.put("allocate:allocation", existing);
        return f;
    }

    void tickAll(WebClient c, Long bid) {
        for (int i = 0; i < 10; i++) {
            Page p = c.get("/consortium/bid.xhtml?id=" + bid);
            Element tick = p.doc().select("#checklist input[value=Tick]").first();
            if (tick == null) return;
            c.submit("checklist", Map.of(), tick.attr("name"));
        }
    }

    List<String> versions(WebClient c, Long bid) {
        return c.get("/consortium/bid.xhtml?id=" + bid).doc().select(".versions a").eachText();
    }

    List<String> results(WebClient c, String q) {
        return c.get("/search.xhtml?q=" + q).doc().select("#results li.result h3").eachText();
    }

    void awaitSearch(WebClient c, String q, String title) {
        for (int i = 0; i < 100; i++) {
            if (results(c, q).stream().anyMatch(t -> t.contains(title))) return;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("search never found " + title);
    }

    interface Action { Page run(WebClient c, int i) throws Exception; }

    /** The same action by every client at once. */
    static List<Page> all(List<WebClient> clients, Action action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<Page>> futures = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                int n = i;
                Callable<Page> task = () -> action.run(clients.get(n), n);
                futures.add(pool.submit(task));
            }
            List<Page> out = new ArrayList<>();
            for (Future<Page> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    WebClient signedIn(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }
}
