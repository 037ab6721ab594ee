package org.acorn.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.acorn.testing.Browser;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/**
 * Meetings through the real pages on the Group demo: who sees which meetings and minutes (pages, feeds, search);
 * the minutes workflow from draft to approved with its emails into GreenMail, actions carried forward and updated;
 * calendar feeds parsed back with ical4j, following changes and cancellations, and a private feed revoked; the
 * register feeding attendance claims; and bad input — times, uploads, approved minutes, actions without owners.
 */
public abstract class MeetingsChecks extends PortalChecks {

    protected MeetingsChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    // ---------------------------------------------------------------- visibility and calendars

    @Test
    void membersSeeMeetingsVisitorsDoNotAndFeedsFollowChangesCancellationsAndRevocation() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.140");
        WebClient member = signedIn(Demo.MEMBER, "203.0.113.141");
        WebClient visitor = new WebClient(base, "203.0.113.142");

        Map<String, Long> mine = myMeetings(member);
        Long group = mine.entrySet().stream().filter(e -> e.getKey().equals("Group meeting")).findFirst().orElseThrow().getValue();
        Page my = member.current();
        assertThat(my.doc().select("#my-list .why").eachText()).contains("For every member: the network's decisions are made here.");

        // thematic meetings by theme: the one on her organisation's work shows, saying why; the other only once she follows it
        String orgThemes = my.doc().select("#org-themes").text();
        assertThat(orgThemes).startsWith("From your organisation’s services in the directory:");
        assertThat(mine.keySet()).anyMatch(t -> t.startsWith("Working together on"));
        assertThat(my.doc().select("#my-list .why").eachText()).anyMatch(w -> w.startsWith("Thematic meeting on ") && w.endsWith(": your organisation offers services of this kind."));
        assertThat(mine.keySet()).noneMatch(t -> t.startsWith("Thematic meeting: "));
        Element other = my.doc().select("#themes input[type=checkbox]").stream()
                .filter(c -> !orgThemes.contains(my.doc().select("label[for='" + c.id() + "']").text())).findFirst().orElseThrow();
        String otherLabel = my.doc().select("label[for='" + other.id() + "']").text();
        Page tampered = member.submit("themes", Map.of("themes:follow", "999999999"), "themes:save");
        assertThat(tampered.status()).isEqualTo(200);
        assertThat(tampered.messages()).doesNotContain("You follow");
        assertThat(tampered.doc().select(".field-error").text()).contains("Themes:");
        Page followed = member.submit("themes", Map.of("themes:follow", other.attr("value")), "themes:save");
        assertThat(followed.messages()).contains("You follow " + otherLabel + ".");
        assertThat(followed.doc().select("#my-list > li").stream().filter(li -> li.text().startsWith("Thematic meeting: ")).map(li -> li.select(".why").text()))
                .containsExactly("Thematic meeting on " + otherLabel + ": you follow this theme.");
        Map<String, String> none = new LinkedHashMap<>();
        none.put("themes:follow", null);
        assertThat(member.submit("themes", none, "themes:save").messages()).contains("You follow no themes yourself now.");
        assertThat(visitor.get("/meetings/meeting.xhtml?id=" + group).status()).isEqualTo(404);
        assertThat(member.get("/meetings/meeting.xhtml?id=" + group).doc().select("#meeting-title").text()).isEqualTo("Group meeting");
        for (String bad : List.of("abc", "-1", "99999999999", "1%27%20OR%201=1", "%3Cscript%3E")) {
            assertThat(member.get("/meetings/meeting.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
            assertThat(member.raw("/meetings/calendar/meeting/" + bad + ".ics").statusCode()).as(bad).isEqualTo(404);
        }
        assertThat(visitor.get("/meetings/my.xhtml").path()).endsWith("/account/login.xhtml");
        assertThat(visitor.get("/meetings/index.xhtml?view=list&month=garbage").status()).isEqualTo(200);

        // the series feed: members' meetings for a member, none for a visitor; valid by ical4j either way
        Page series = member.get("/meetings/series.xhtml?id=" + seriesOf(member, group));
        String feedPath = series.doc().select("#series-feed").attr("href");
        feedPath = path(feedPath);
        Map<String, IcsCheck.Event> memberFeed = IcsCheck.parse(member.raw(feedPath).body());
        assertThat(memberFeed).hasSizeGreaterThanOrEqualTo(4);
        assertThat(memberFeed.values()).allSatisfy(e -> assertThat(e.start().toLocalTime().toString()).isEqualTo("18:30"));
        assertThat(IcsCheck.parse(visitor.raw(feedPath).body())).isEmpty();
        assertThat(series.doc().select("#spread tbody tr").get(3).text()).startsWith("Thursday").endsWith("0 0 " + memberFeed.size());

        // a private feed: made on My meetings, read without signing in
        member.get("/meetings/my.xhtml");
        Page made = member.submit("feed", Map.of(), "feed:make");
        String feedUrl = made.doc().getElementById("feed-url").attr("value");
        String feed = path(feedUrl);
        HttpResponse<String> anon = visitor.raw(feed);
        assertThat(anon.statusCode()).isEqualTo(200);
        assertThat(anon.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(anon.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Map<String, IcsCheck.Event> before = IcsCheck.parse(anon.body());
        String uid = memberUid(member, group);
        assertThat(before).containsKey(uid);
        Page week = member.get("/meetings/index.xhtml?view=week&week=" + before.get(uid).start().toLocalDate());
        assertThat(week.doc().select(".meeting-list a").eachText()).contains("Group meeting");
        assertThat(member.get("/meetings/index.xhtml?view=week&week=%27%3B--").status()).isEqualTo(200);

        // moving the meeting raises its sequence; cancelling it keeps it in the feed as cancelled
        staff.get("/meetings/edit.xhtml?id=" + group);
        Page moved = staff.submit("meeting", Map.of("meeting:start", "19:00", "meeting:end", "21:00"), "meeting:save");
        assertThat(moved.messages()).contains("Saved");
        IcsCheck.Event after = IcsCheck.parse(visitor.raw(feed).body()).get(uid);
        assertThat(after.sequence()).isEqualTo(before.get(uid).sequence() + 1);
        assertThat(after.start().toLocalTime().toString()).isEqualTo("19:00");
        // she had replied (apologies): told by email, with the calendar entry that updates hers (same UID, sequence up)
        TestMail.Received changed = mail.await(Demo.MEMBER, "Changed: Group meeting");
        assertThat(part(changed.mime(), "text/plain")).contains("When: ").contains("19:00");
        IcsCheck.Event mailed = IcsCheck.parse(part(changed.mime(), "text/calendar")).get(uid);
        assertThat(mailed.sequence()).isEqualTo(after.sequence());
        assertThat(mailed.start().toLocalTime().toString()).isEqualTo("19:00");
        staff.get("/meetings/meeting.xhtml?id=" + group);
        assertThat(staff.submit("cancel", Map.of("cancel:reason", ""), "cancel:cancel").text()).contains("Enter why it is cancelled");
        staff.submit("cancel", Map.of("cancel:reason", "The hall is flooded"), "cancel:cancel");
        IcsCheck.Event cancelled = IcsCheck.parse(visitor.raw(feed).body()).get(uid);
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.sequence()).isEqualTo(after.sequence() + 1);
        TestMail.Received off = mail.await(Demo.MEMBER, "Cancelled: Group meeting");
        assertThat(part(off.mime(), "text/plain")).contains("The hall is flooded");
        assertThat(IcsCheck.parse(part(off.mime(), "text/calendar")).get(uid).status()).isEqualTo("CANCELLED");
        HttpResponse<String> single = member.raw("/meetings/calendar/meeting/" + group + ".ics");
        assertThat(single.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(IcsCheck.parse(single.body()).get(uid).status()).isEqualTo("CANCELLED");

        // revoked: the address stops working at once; a guessed token never did
        member.get("/meetings/my.xhtml");
        member.submit("feed", Map.of(), "feed:revoke");
        assertThat(visitor.raw(feed).statusCode()).isEqualTo(404);
        assertThat(visitor.raw("/meetings/calendar/my/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(visitor.raw("/meetings/calendar/my/..%2F..%2Fetc.ics").statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- minutes workflow

    @Test
    void minutesGoFromDraftToCirculatedToApprovedWithEmailsSearchAndActionsCarriedForward() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.150");
        WebClient chair = signedIn(Demo.REPRESENTATIVE, "203.0.113.151");
        WebClient lateChair = signedIn(Demo.REPRESENTATIVE, "203.0.113.152");
        WebClient member = signedIn(Demo.MEMBER, "203.0.113.153");
        WebClient visitor = new WebClient(base, "203.0.113.154");

        // a weekly series of two: yesterday's meeting and next week's, chaired by a representative (not staff)
        staff.get("/meetings/edit.xhtml");
        Map<String, String> weekly = form("Kestrelwood network meeting", TODAY.minusDays(1).toString(), "10:00", "12:00", "Kestrel Hall");
        weekly.putAll(Map.of("meeting:chairEmail", Demo.REPRESENTATIVE, "meeting:cadence", "WEEKLY", "meeting:everyWeeks", "1", "meeting:count", "2"));
        Page scheduled = staff.submit("meeting", weekly, "meeting:save");
        Long held = Long.valueOf(scheduled.uri().getQuery().replaceAll(".*id=", ""));
        List<Element> inSeries = member.get("/meetings/series.xhtml?id=" + seriesOf(member, held)).doc().select("#series-meetings a");
        assertThat(inSeries).hasSize(2);
        Long next = Long.valueOf(inSeries.get(1).attr("href").replaceAll(".*id=", ""));
        chair.get("/meetings/meeting.xhtml?id=" + held);
        Page added = chair.submit("item", Map.of("item:itemTitle", "Osprey playscheme funding", "item:purpose", "DECISION",
                "item:minutesAllowed", "30"), "item:add");
        assertThat(added.doc().select(".agenda .item-title").eachText()).contains("Osprey playscheme funding");

        // the draft, with a revision for each save
        chair.get("/meetings/minutes.xhtml?meeting=" + held);
        lateChair.get("/meetings/minutes.xhtml?meeting=" + held); // opened now, saved after approval below
        Page saved = chair.submit("minutes", fill(chair.current(), "summary", "Members agreed the **osprey** scheme matters.",
                "decisions", "Fund the osprey playscheme for a year."), "minutes:save");
        assertThat(saved.messages()).contains("Minutes saved");
        assertThat(saved.doc().select("#minutes-state").text()).contains("Draft");

        // an action needs an owner; what was typed stays in the form
        Page ownerless = chair.submit("action", Map.of("action:what", "Write to the osprey funders", "action:due", TODAY.plusDays(10).toString()),
                "action:add");
        assertThat(ownerless.text()).contains("Every action needs an owner");
        assertThat(ownerless.doc().getElementById("action:what").text()).isEqualTo("Write to the osprey funders");
        Page badDue = chair.submit("action", Map.of("action:owner", Demo.MEMBER, "action:due", "next week"), "action:add");
        assertThat(badDue.text()).contains("Enter the due date like 2026-03-17");
        Page withOwner = chair.submit("action", Map.of("action:owner", Demo.MEMBER, "action:due", TODAY.plusDays(10).toString()), "action:add");
        assertThat(withOwner.doc().select("#actions").text()).contains("Write to the osprey funders").contains("Dee Wright");

        // circulated for comment: the distribution list is emailed
        assertThat(member.get("/meetings/minutes.xhtml?meeting=" + held).doc().getElementById("comment")).isNull(); // a draft not yet circulated
        Page circulated = chair.submit("workflow", Map.of(), "workflow:circulate");
        assertThat(circulated.doc().select("#minutes-state").text()).contains("Circulated for comment");
        TestMail.Received draft = mail.await(Demo.MEMBER, "Draft minutes for comment: Kestrelwood network meeting");
        assertThat(part(draft.mime(), "text/plain")).contains("Fund the osprey playscheme for a year.").contains("Write to the osprey funders")
                .contains("/meetings/minutes.xhtml?meeting=" + held);
        assertThat(searchTitles(member, "osprey")).isEmpty(); // drafts are not published

        // members comment on the circulated draft in the portal; the chair sees it beside the draft
        Page toComment = member.get("/meetings/minutes.xhtml?meeting=" + held);
        assertThat(member.submit("comment", Map.of("comment:text", "  "), "comment:send").text()).contains("Enter your comment");
        String ospreyItem = toComment.doc().select("#comment\\:item option").stream().filter(o -> o.text().contains("Osprey"))
                .findFirst().orElseThrow().attr("value");
        assertThat(member.submit("comment", Map.of("comment:item", "999999999", "comment:text", "Tampered"), "comment:send").text())
                .contains("The item: please choose one of the options");
        Page commented = member.submit("comment", Map.of("comment:item", ospreyItem, "comment:text", "It was <b>two</b> years, not one."),
                "comment:send");
        assertThat(commented.messages()).contains("your comment is with the chair");
        assertThat(commented.doc().select("#minutes-comments").text()).contains("It was <b>two</b> years, not one.");
        member.submit("comment", Map.of("comment:text", "Please add that Kestrel Hall was cold."), "comment:send");
        Page chairSees = chair.get("/meetings/minutes.xhtml?meeting=" + held);
        assertThat(chairSees.doc().select("#minutes-comments li")).hasSize(2);
        assertThat(chairSees.doc().select("#minutes-comments").text()).contains("Dee Wright on 1. Osprey playscheme funding")
                .contains("The minutes as a whole").contains("Kestrel Hall was cold");
        assertThat(chairSees.doc().select("#minutes-comments b")).isEmpty();
        assertThat(visitor.get("/meetings/minutes.xhtml?meeting=" + held).status()).isEqualTo(404);
        member.get("/meetings/minutes.xhtml?meeting=" + held); // a comment form opened before approval

        // approved at the next meeting: frozen, published to members, emailed, found by members only
        Page approve = chair.submit("workflow", Map.of("workflow:approvedAt", ""), "workflow:approve");
        assertThat(approve.text()).contains("Choose the later meeting");
        Page approved = chair.submit("workflow", Map.of("workflow:approvedAt", String.valueOf(next)), "workflow:approve");
        assertThat(approved.doc().select("#minutes-state").text()).contains("Approved at Kestrelwood network meeting on " + TODAY.plusDays(6));
        assertThat(approved.doc().getElementById("minutes")).isNull();
        assertThat(approved.doc().select(".minutes-summary strong").text()).isEqualTo("osprey");
        mail.await(Demo.MEMBER, "Approved minutes: Kestrelwood network meeting");
        // comments close with approval: the stale form is refused, the page no longer offers one, the record stays
        assertThat(member.submit("comment", Map.of("comment:text", "One more thing"), "comment:send").text()).contains("comments are closed");
        assertThat(member.get("/meetings/minutes.xhtml?meeting=" + held).doc().getElementById("comment")).isNull();
        assertThat(chair.get("/meetings/minutes.xhtml?meeting=" + held).doc().select("#minutes-comments li")).hasSize(2);
        // and its agenda is part of the record now
        assertThat(chair.get("/meetings/item.xhtml?id=" + ospreyItem).doc().select("#refusal").text()).contains("are approved");
        assertThat(chair.current().doc().getElementById("edit")).isNull();
        assertThat(searchTitles(member, "osprey")).anyMatch(t -> t.startsWith("Minutes: Kestrelwood network meeting"));
        assertThat(searchTitles(visitor, "osprey")).isEmpty();
        assertThat(visitor.get("/meetings/minutes.xhtml?meeting=" + held).status()).isEqualTo(404);
        assertThat(member.get("/meetings/minutes.xhtml?meeting=" + held).doc().select(".minutes-decisions").text())
                .isEqualTo("Fund the osprey playscheme for a year.");

        // a page opened before approval cannot change the approved text; the typing is not lost
        Page late = lateChair.submit("minutes", fill(lateChair.current(), "summary", "A late rewrite of history."), "minutes:save");
        assertThat(late.text()).contains("can no longer be changed");
        assertThat(late.doc().select("textarea[name$=summary]").first().text()).isEqualTo("A late rewrite of history.");
        assertThat(member.get("/meetings/minutes.xhtml?meeting=" + held).text()).doesNotContain("late rewrite");
        Page revisions = chair.get("/meetings/minutes.xhtml?meeting=" + held);
        assertThat(revisions.doc().select("#revisions > li")).hasSize(3);

        // the open action is carried to the next meeting's agenda; its owner updates it there after
        assertThat(member.get("/meetings/meeting.xhtml?id=" + next).doc().select("#carried").text()).contains("Write to the osprey funders");
        Page log = member.get("/meetings/actions.xhtml?mine=true&open=true");
        String osprey = log.doc().select("#update\\:action option").stream().filter(o -> o.text().contains("osprey")).findFirst().orElseThrow().attr("value");
        Page none = member.submit("update", Map.of("update:action", osprey, "update:note", ""), "update:save");
        assertThat(none.text()).contains("Enter what has happened");
        Page done = member.submit("update", Map.of("update:action", osprey, "update:status", "DONE", "update:note", "Letter sent on Monday."), "update:save");
        assertThat(done.messages()).contains("Update saved");
        assertThat(member.get("/meetings/meeting.xhtml?id=" + next).doc().select("#carried")).isEmpty();
        // the demo's overdue action belongs to an organisation: its admin is reminded through the outbox
        assertThat(staff.get("/meetings/actions.xhtml?overdue=true").doc().select("#action-log tr.overdue")).isNotEmpty();
        assertThat(staff.submit("remind", Map.of(), "remind:now").messages()).contains("Reminders queued");
        assertThat(mail.await(Demo.ORG_ADMIN, "Overdue action: Share the holiday club survey results").body())
                .contains("/meetings/actions.xhtml?mine=true");
    }

    // ---------------------------------------------------------------- register, input, bad input

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsLost() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.160");
        WebClient member = signedIn(Demo.MEMBER, "203.0.113.161");
        WebClient visitor = new WebClient(base, "203.0.113.162");

        staff.get("/meetings/edit.xhtml");
        Page endFirst = staff.submit("meeting", form("Merlin forum", TODAY.plusDays(30).toString(), "19:00", "18:00", "Merlin Hall"), "meeting:save");
        assertThat(endFirst.text()).contains("The meeting must end after it starts");
        assertThat(endFirst.doc().getElementById("meeting:title").attr("value")).isEqualTo("Merlin forum");
        Page badDate = staff.submit("meeting", form("Merlin forum", "31/02/2027", "7pm", "21:00", ""), "meeting:save");
        assertThat(badDate.text()).contains("Enter the date like 2026-03-17").contains("Enter the start time like 19:00")
                .contains("Say where the meeting is");
        Page badLink = staff.submit("meeting", Map.of("meeting:date", TODAY.plusDays(30).toString(), "meeting:start", "18:00",
                "meeting:onlineLink", "javascript:alert(1)"), "meeting:save");
        assertThat(badLink.text()).contains("starting https://");
        Page badCount = staff.submit("meeting", Map.of("meeting:onlineLink", "", "meeting:cadence", "WEEKLY", "meeting:everyWeeks", "40"), "meeting:save");
        assertThat(badCount.text()).contains("Meet every 1 to 12 weeks");

        // overlapping bookings of a venue are allowed with a warning
        Long first = schedule(staff, "<script>alert('merlin')</script>", TODAY.plusDays(31), "10:00", "12:00", "Merlin Hall", null);
        staff.get("/meetings/edit.xhtml");
        Page clash = staff.submit("meeting", form("Merlin training", TODAY.plusDays(31).toString(), "11:00", "13:00", "merlin hall"), "meeting:save");
        assertThat(clash.messages()).contains("The venue is also booked for “<script>alert('merlin')</script>”");
        assertThat(clash.doc().select("script").stream().map(Element::data)).noneMatch(s -> s.contains("merlin"));

        // papers: type read from the bytes, size capped, readable by those who may see the meeting
        staff.get("/meetings/meeting.xhtml?id=" + first);
        staff.submit("item", Map.of("item:itemTitle", "Merlin accounts", "item:minutesAllowed", "abc"), "item:add");
        assertThat(staff.current().text()).contains("Enter the time allowed in minutes, from 1 to 240");
        staff.submit("item", Map.of("item:itemTitle", "Merlin accounts", "item:minutesAllowed", "15"), "item:add");
        Page lying = staff.submitFile("paper", Map.of(), Map.of("paper:file", Map.entry("accounts.pdf",
                "MZ this is not a PDF at all".getBytes(StandardCharsets.UTF_8))), "paper:upload");
        assertThat(lying.text()).contains("“accounts.pdf” is not a PDF, Word, Excel");
        Page huge = staff.submitFile("paper", Map.of(), Map.of("paper:file", Map.entry("big.txt", new byte[70 * 1024])), "paper:upload");
        assertThat(huge.text()).contains("“big.txt” is larger than 64 KB");
        Page empty = staff.submitFile("paper", Map.of(), Map.of("paper:file", Map.entry("", new byte[0])), "paper:upload");
        assertThat(empty.text()).contains("Choose a file to upload");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Page ok = staff.submitFile("paper", Map.of(), Map.of("paper:file", Map.entry("../../merlin-accounts.pdf", pdf)), "paper:upload");
        String paper = ok.doc().select(".papers a").attr("href");
        assertThat(ok.doc().select(".papers a").text()).isEqualTo("merlin-accounts.pdf");
        assertThat(member.raw(path(paper)).statusCode()).isEqualTo(200);
        assertThat(visitor.get(path(paper)).path()).endsWith("/account/login.xhtml"); // not the paper

        // items are corrected and reordered after adding; papers replaced (the old one kept, superseded) or withdrawn
        staff.submit("item", Map.of("item:itemTitle", "Merlin minibus", "item:purpose", "INFORMATION"), "item:add");
        List<String> changeLinks = staff.current().doc().select("a.change-item").eachAttr("href");
        assertThat(changeLinks).hasSize(2);
        String accountsItem = changeLinks.get(0).replaceAll(".*id=", "");
        staff.get("/meetings/item.xhtml?id=" + accountsItem);
        Page badEdit = staff.submit("edit", Map.of("edit:itemTitle", "", "edit:minutesAllowed", "999", "edit:presenter", "x".repeat(161)), "edit:save");
        assertThat(badEdit.text()).contains("Enter the item's title").contains("from 1 to 240")
                .contains("The presenter must be 160 characters or fewer");
        assertThat(badEdit.doc().getElementById("edit:minutesAllowed").attr("value")).isEqualTo("999"); // what was typed stays
        assertThat(staff.submit("edit", Map.of("edit:purpose", "NONSENSE"), "edit:save").status()).isEqualTo(200);
        Page edited = staff.submit("edit", Map.of("edit:itemTitle", "Merlin accounts for the year", "edit:purpose", "DECISION",
                "edit:presenter", "Treasurer", "edit:minutesAllowed", "20"), "edit:save");
        assertThat(edited.messages()).contains("Agenda item saved");
        assertThat(edited.doc().select(".agenda .item-title").eachText()).containsExactly("Merlin accounts for the year", "Merlin minibus");
        assertThat(edited.doc().select(".agenda .item-meta").first().text()).isEqualTo("For decision · Treasurer · 20 min");
        Page moved = staff.submit("agenda", Map.of(), staff.current().doc().select("input[value='Move up']").attr("name"));
        assertThat(moved.doc().select(".agenda .item-title").eachText()).containsExactly("Merlin minibus", "Merlin accounts for the year");
        Page last = staff.submit("agenda", Map.of(), moved.doc().select("input[value='Move down']").last().attr("name"));
        assertThat(last.text()).contains("“Merlin accounts for the year” is already last.");

        staff.get("/meetings/item.xhtml?id=" + accountsItem);
        Page lyingVersion = staff.submitFile("replace", Map.of(), Map.of("replace:file", Map.entry("v2.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8))),
                "replace:upload");
        assertThat(lyingVersion.fieldError("replace:file")).contains("“v2.pdf” is not a PDF");
        assertThat(lyingVersion.doc().select("#paper-versions li")).hasSize(1);
        Page replaced = staff.submitFile("replace", Map.of(), Map.of("replace:file", Map.entry("merlin-accounts-v2.pdf", pdf)), "replace:upload");
        assertThat(replaced.messages()).contains("the old one stays listed as superseded");
        assertThat(replaced.doc().select("#paper-versions li").eachText()).satisfiesExactly(
                old -> assertThat(old).contains("merlin-accounts.pdf").contains("Superseded"),
                current -> assertThat(current).contains("merlin-accounts-v2.pdf").doesNotContain("Superseded"));
        Page seen = member.get("/meetings/meeting.xhtml?id=" + first);
        assertThat(seen.doc().select(".papers li.paper-old").text()).contains("merlin-accounts.pdf").contains("Superseded by a newer version");
        String v2 = seen.doc().select(".papers li.paper-current a").attr("href");
        assertThat(member.raw(path(paper)).statusCode()).isEqualTo(200); // what was read before is still there
        Page withdrawn = staff.submit("papers", Map.of(), replaced.doc().select("input[value^='Withdraw']").attr("name"));
        assertThat(withdrawn.messages()).contains("Paper withdrawn");
        assertThat(withdrawn.doc().select("#replace")).isEmpty(); // nothing current left to replace
        assertThat(member.get("/meetings/meeting.xhtml?id=" + first).doc().select(".papers").text()).doesNotContain("v2");
        assertThat(member.raw(path(v2)).statusCode()).isNotEqualTo(200);
        assertThat(staff.raw(path(v2)).statusCode()).isEqualTo(200);
        assertThat(member.get("/meetings/item.xhtml?id=" + accountsItem).status()).isEqualTo(403);
        assertThat(member.get("/meetings/item.xhtml?id=abc").status()).isEqualTo(404);
        assertThat(staff.get("/meetings/item.xhtml?id=99999999").status()).isEqualTo(404);

        // input without attending: empty and hostile items, comments; the chair sees them
        member.get("/meetings/meeting.xhtml?id=" + first);
        assertThat(member.submit("submit", Map.of("submit:itemTitle", " "), "submit:send").text()).contains("Enter the item's title");
        member.submit("submit", Map.of("submit:itemTitle", "<b>Merlin</b> minibus sharing", "submit:notes", "Can't come, please discuss."),
                "submit:send");
        assertThat(member.current().messages()).contains("sent to the chair");
        assertThat(member.submit("comment", Map.of("comment:text", ""), "comment:send").text()).contains("Enter your comment");
        member.submit("comment", Map.of("comment:text", "Please keep the accounts short."), "comment:send");
        Page chairView = staff.get("/meetings/meeting.xhtml?id=" + first);
        assertThat(chairView.doc().select("#submitted").text()).contains("<b>Merlin</b> minibus sharing").contains("Dee Wright");
        assertThat(chairView.doc().select("#submitted b")).isEmpty();
        assertThat(chairView.doc().select(".comments").text()).contains("Dee Wright (written in): Please keep the accounts short.");

        // a member cannot run the meeting: actions on it are refused on the server
        member.get("/meetings/edit.xhtml?id=" + first);
        assertThat(member.current().status()).isEqualTo(403);
        assertThat(member.get("/meetings/round.xhtml").status()).isEqualTo(403);
    }

    @Test
    void theRegisterAtABodysMeetingFeedsAttendanceClaimsAndApologiesReachTheChair() throws Exception {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.170");
        WebClient rep = signedIn(Demo.REPRESENTATIVE, "203.0.113.171");
        Map<String, Long> mine = myMeetings(staff);
        Long coming = mine.get("Group meeting");
        // the demo's next group meeting has apologies and an item sent in by a member who cannot come
        Page chairView = staff.get("/meetings/meeting.xhtml?id=" + coming);
        assertThat(chairView.doc().select("#replies").text()).contains("Chris Lee").contains("Apologies").contains("At a funder's visit that day.");
        assertThat(chairView.doc().select("#submitted").text()).contains("Volunteer DBS checks are taking months");

        // a past meeting of The Group: the register feeds representation's attendance, once
        Long held = schedule(staff, "Group meeting (extra)", TODAY.minusDays(3), "18:30", "20:30", "Dalesborough Community Hall", null, "The Group");
        staff.get("/meetings/meeting.xhtml?id=" + held);
        Page marked = staff.submit("register", Map.of("register:who", Demo.REPRESENTATIVE), "register:mark");
        assertThat(marked.doc().select("#register-list").text()).contains("Morgan Ellis");
        assertThat(staff.submit("register", Map.of("register:who", Demo.REPRESENTATIVE), "register:mark").text()).contains("already on the register");
        assertThat(staff.submit("register", Map.of("register:who", "nobody@example.org"), "register:mark").text()).contains("No one with an account uses");
        staff.submit("register", Map.of("register:who", "Cllr Ann Guest", "register:organisation", "County Council"), "register:mark");
        assertThat(staff.current().doc().select("#register-list").text()).contains("Cllr Ann Guest (County Council)");
        assertThat(rep.get("/representation/claims.xhtml").text()).contains("The Group,").contains("Network member");
        Page heldPage = staff.get("/meetings/meeting.xhtml?id=" + held);
        String bodyFeed = path(heldPage.doc().select("#body-feed").attr("href"));
        assertThat(IcsCheck.parse(staff.raw(bodyFeed).body()).values()).anyMatch(e -> e.summary().equals("Group meeting (extra)"));

        // the body's page in representation lists its meetings from here too: linked, once per date
        Page body = rep.get(path(heldPage.doc().select("a[href*=representation/body.xhtml]").attr("href")));
        List<Element> listed = body.doc().select("#meetings li");
        assertThat(listed.stream().filter(li -> li.text().contains("Group meeting (extra)"))).singleElement()
                .satisfies(li -> assertThat(li.select("a").attr("href")).endsWith("/meetings/meeting.xhtml?id=" + held));
        assertThat(listed.stream().map(Element::text).filter(t -> t.startsWith(body.doc().select("#meetings li").stream()
                .filter(li -> li.text().contains("Group meeting (extra)")).findFirst().orElseThrow().text().split(":")[0] + ":"))).hasSize(1);
        assertThat(body.doc().select("#meetings a").eachText()).contains("Group meeting");
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    @Tag("browser")
    void aRoundIsBuiltAMemberSendsInAnItemTheChairMinutesTheMeetingAndTheCalendarDownloads() throws Exception {
        String groupMeeting;
        // axe-core runs on each kind of page once; pages already checked are reached with plain clicks (press, go)
        try (Browser sam = signIn(Demo.COORDINATOR, true); Browser dee = signIn(Demo.MEMBER, false)) {
            sam.open("/meetings/round.xhtml").type("round:roundTitle", "Spring round of locality forums");
            List<WebElement> forums = sam.driver().findElements(By.cssSelector("input[name='round:forums']"));
            forums.get(0).click();
            forums.get(1).click();
            sam.click("round:create");
            assertThat(sam.heading()).isEqualTo("Spring round of locality forums");
            sam.type("part1:itemTitle", "Youth services consultation").type("part1:minutesAllowed", "30");
            press(sam, "part1:add");
            assertThat(sam.driver().findElement(By.id("part-one")).getText()).contains("Youth services consultation");
            sam.clickCss("#round-forums a");
            sam.type("item:itemTitle", "Parking at the family centre");
            press(sam, "item:add");
            assertThat(sam.driver().findElements(By.cssSelector("h3.agenda-part")).stream().map(WebElement::getText).toList())
                    .hasSize(2).first().asString().startsWith("Part 1");
            assertThat(sam.text()).contains("Youth services consultation", "Parking at the family centre");
            sam.driver().findElement(By.cssSelector("input[value='Escalate to the next group meeting']")).click();
            assertThat(sam.text()).contains("Escalated to the next group meeting", "Escalated");
            // the item is corrected after adding it
            sam.clickCss("a.change-item");
            sam.type("edit:minutesAllowed", "25");
            press(sam, "edit:save");
            assertThat(sam.text()).contains("Agenda item saved");

            dee.open("/meetings/my.xhtml");
            assertThat(dee.text()).contains("For every member: the network's decisions are made here.");
            // the next group meeting still on (another test may have cancelled one)
            dee.driver().findElements(By.cssSelector("#my-list > li:not(.cancelled) > a")).stream()
                    .filter(a -> a.getText().equals("Group meeting")).findFirst().orElseThrow().click();
            dee.checkAccessibility();
            groupMeeting = dee.driver().getCurrentUrl();
            dee.type("submit:itemTitle", "Minibus sharing between groups")
                    .type("submit:notes", "I can't come: could groups share the two minibuses we have?");
            press(dee, "submit:send");
            assertThat(dee.text()).contains("Your item is sent to the chair");
            String ics = dee.driver().findElement(By.id("ics")).getAttribute("href");
            // the download as the signed-in member's browser makes it (the meeting is for members only)
            String cookies = dee.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            HttpResponse<String> single = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ics))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(single.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            assertThat(IcsCheck.parse(single.body()).values()).singleElement().extracting(IcsCheck.Event::summary).isEqualTo("Group meeting");

            go(dee, "/meetings/my.xhtml");
            press(dee, "feed:make");
            String feed = dee.driver().findElement(By.id("feed-url")).getAttribute("value");
            String path = URI.create(feed).getPath().replaceFirst("^.*?/meetings/", "/meetings/");
            assertThat(IcsCheck.parse(fetch(base.toString().replaceAll("/$", "") + path).body())).isNotEmpty();

            go(sam, groupMeeting.substring(groupMeeting.indexOf("/meetings/")));
            assertThat(sam.driver().findElement(By.id("submitted")).getText()).contains("Minibus sharing between groups", "Dee Wright");
            sam.clickCss("a[href*='series.xhtml']");
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            // the last group meeting held: its minutes were circulated as a draft and can still be corrected
            List<WebElement> held = sam.driver().findElements(By.cssSelector("#series-meetings a"));
            held.get(1).click();
            sam.checkAccessibility();
            sam.click("write-minutes");
            WebElement summary = sam.driver().findElements(By.cssSelector("textarea[name$='summary']")).get(0);
            summary.clear();
            summary.sendKeys("The forums' district issues were heard; transport came up in three districts.");
            press(sam, "minutes:save");
            assertThat(sam.text()).contains("Minutes saved", "transport came up in three districts");
            sam.type("action:what", "Ask the county for a rural transport map").type("action:owner", Demo.REPRESENTATIVE)
                    .type("action:due", today.plusDays(14).toString());
            press(sam, "action:add");
            assertThat(sam.driver().findElement(By.id("actions")).getText()).contains("Ask the county for a rural transport map", "Morgan Ellis");
        }
    }

    // ---------------------------------------------------------------- helpers

    private Browser signIn(String email, boolean checkPages) {
        Browser b = Browser.start(base);
        if (checkPages) {
            b.open("/account/login.xhtml").type("login:email", email).type("login:password", Demo.PASSWORD).click("login:submit");
        } else {
            go(b, "/account/login.xhtml");
            b.type("login:email", email).type("login:password", Demo.PASSWORD);
            press(b, "login:submit");
        }
        return b;
    }

    /** A click on a page of a kind already checked by axe-core. */
    private static void press(Browser b, String id) {
        b.submit(id);
    }

    private void go(Browser b, String path) {
        b.driver().get(base.toString().replaceAll("/$", "") + path);
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The decoded text of the first part of that MIME type (the message itself when it is not multipart). */
    private static String part(jakarta.mail.Part p, String type) throws Exception {
        if (p.isMimeType(type + "*") || p.isMimeType(type)) {
            Object c = p.getContent();
            return c instanceof String str ? str : new String(((java.io.InputStream) c).readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String found = partOrNull(mp.getBodyPart(i), type);
                if (found != null) return found;
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String partOrNull(jakarta.mail.Part p, String type) throws Exception {
        try {
            return part(p, type);
        } catch (AssertionError e) {
            return null;
        }
    }

    private WebClient signedIn(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }

    /** Title → id of the first listed meeting of each title on the person's My meetings page. */
    private static Map<String, Long> myMeetings(WebClient c) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Element a : c.get("/meetings/my.xhtml").doc().select("#my-list > li > a")) {
            out.putIfAbsent(a.text(), Long.valueOf(a.attr("href").replaceAll(".*id=", "")));
        }
        return out;
    }

    private static Long seriesOf(WebClient c, Long meeting) {
        String href = c.get("/meetings/meeting.xhtml?id=" + meeting).doc().select("a[href*=series.xhtml]").attr("href");
        return Long.valueOf(href.replaceAll(".*id=", ""));
    }

    private static String memberUid(WebClient c, Long meeting) throws Exception {
        return IcsCheck.parse(c.raw("/meetings/calendar/meeting/" + meeting + ".ics").body()).keySet().iterator().next();
    }

    private Long schedule(WebClient staff, String title, LocalDate on, String start, String end, String venue, String chairEmail) {
        return schedule(staff, title, on, start, end, venue, chairEmail, null);
    }

    private Long schedule(WebClient staff, String title, LocalDate on, String start, String end, String venue, String chairEmail, String body) {
        Page form = staff.get("/meetings/edit.xhtml");
        Map<String, String> f = form(title, on.toString(), start, end, venue);
        f.put("meeting:kind", body == null ? "NETWORK_MEETING" : "PARTNERSHIP_BODY");
        if (chairEmail != null) f.put("meeting:chairEmail", chairEmail);
        if (body != null) {
            f.put("meeting:body", form.doc().select("#meeting\\:body option").stream().filter(o -> o.text().equals(body))
                    .findFirst().orElseThrow().attr("value"));
        }
        Page saved = staff.submit("meeting", f, "meeting:save");
        assertThat(saved.path()).as(saved.messages() + " " + saved.text()).endsWith("/meetings/meeting.xhtml");
        return Long.valueOf(saved.uri().getQuery().replaceAll(".*id=", ""));
    }

    private static Map<String, String> form(String title, String date, String start, String end, String venue) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("meeting:title", title);
        f.put("meeting:date", date);
        f.put("meeting:start", start);
        f.put("meeting:end", end);
        f.put("meeting:venueName", venue);
        return f;
    }

    /** Fills every minutes textarea whose name ends with the key (summary, decisions) with the value. */
    private static Map<String, String> fill(Page page, String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            for (Element t : page.doc().select("#minutes textarea[name$=" + keyValues[i] + "]")) out.put(t.attr("name"), keyValues[i + 1]);
        }
        return out;
    }

    private String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceFirst("^" + java.util.regex.Pattern.quote(base.getPath().replaceAll("/$", "")), "");
    }

    private static List<String> searchTitles(WebClient c, String q) {
        return c.get("/search.xhtml?q=" + q).doc().select("#results li.result h3").eachText();
    }
}
