package org.acorn.forum;

import static org.acorn.testing.Forums.categories;
import static org.acorn.testing.Forums.searchTitles;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
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
 * The forum through its real pages on the Group demo (8 districts, a locality forum in each): who sees what in
 * lists, by URL and in site search; email notifications, digests and one-click unsubscribe into GreenMail;
 * hostile and oversized input, floods, other people's posts; flags, hiding, locking, moving, merging and
 * first-post approval.
 */
public abstract class ForumChecks extends PortalChecks {

    protected ForumChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    // ---------------------------------------------------------------- visibility

    @Test
    void everyoneSeesOnlyWhatTheirCategoriesAllowInListsByAddressAndInSearch() {
        WebClient staff = signedIn(Demo.COORDINATOR, "203.0.113.70");
        WebClient member = signedIn(Demo.MEMBER, "203.0.113.71");
        WebClient visitor = new WebClient(base, "203.0.113.72");

        Map<String, Long> all = categories(staff.get("/forum/index.xhtml"));
        assertThat(all).containsKeys("Ask the network", "Safeguarding", "Staff room");
        assertThat(all.keySet().stream().filter(n -> n.endsWith("locality forum"))).hasSize(8);
        Map<String, Long> mine = categories(member.get("/forum/index.xhtml"));
        assertThat(mine).containsKeys("Ask the network", "Safeguarding").doesNotContainKey("Staff room");
        assertThat(mine.keySet().stream().filter(n -> n.endsWith("locality forum"))).isNotEmpty();
        Map<String, Long> visitors = categories(visitor.get("/forum/index.xhtml"));
        assertThat(visitors.keySet()).containsExactly("Ask the network");

        // by address: a category or topic one may not read is "not found", exactly like one that does not exist
        assertThat(visitor.get("/forum/category.xhtml?id=" + all.get("Safeguarding")).status()).isEqualTo(404);
        assertThat(member.get("/forum/category.xhtml?id=" + all.get("Staff room")).status()).isEqualTo(404);
        assertThat(member.get("/forum/category.xhtml?id=" + all.get("Safeguarding")).status()).isEqualTo(200);
        String otherDistrict = all.keySet().stream().filter(n -> n.endsWith("locality forum") && !mine.containsKey(n))
                .findFirst().orElse(null);
        if (otherDistrict != null) {
            assertThat(member.get("/forum/category.xhtml?id=" + all.get(otherDistrict)).status()).isEqualTo(404);
        }

        Long staffTopic = startTopic(staff, all.get("Staff room"), "Rota for the zebrafinch roadshow", "Who can drive on the zebrafinch day?");
        Long membersTopic = startTopic(signedIn(Demo.ORG_ADMIN, "203.0.113.73"), all.get("Safeguarding"),
                "Kingfisherly policy review", "Our kingfisherly review of the safeguarding policy is done.");
        Long publicTopic = startTopic(signedIn("forum3@example.org", "203.0.113.74"), all.get("Ask the network"), "Heronbridge parents' group?",
                "Is there a heronbridge group for parents of toddlers?");
        assertThat(member.get("/forum/topic.xhtml?id=" + staffTopic).status()).isEqualTo(404);
        assertThat(visitor.get("/forum/topic.xhtml?id=" + membersTopic).status()).isEqualTo(404);
        assertThat(visitor.get("/forum/topic.xhtml?id=" + publicTopic).doc().select("#topic-title").text())
                .isEqualTo("Heronbridge parents' group?");
        assertThat(visitor.get("/forum/new.xhtml?category=" + all.get("Ask the network")).path()).endsWith("/account/login.xhtml");
        for (String bad : List.of("abc", "-1", "99999999999", "1%27%20OR%20%271%27=%271", "%3Cscript%3E", "1".repeat(400))) {
            assertThat(member.get("/forum/topic.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
            assertThat(member.get("/forum/category.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
        }
        assertThat(member.get("/forum/category.xhtml?id=" + all.get("Safeguarding") + "&after=garbage%00'").status()).isEqualTo(200);

        // the keyset cursor of "Older topics": everything before 2100 lists the topic, nothing is before 1970
        assertThat(member.get("/forum/category.xhtml?id=" + all.get("Safeguarding") + "&after=4102444800.0_999999999")
                .doc().select("#topics a.topic-title").eachText()).contains("Kingfisherly policy review");
        assertThat(member.get("/forum/category.xhtml?id=" + all.get("Safeguarding") + "&after=1.0_1").doc().select("#no-topics")).hasSize(1);

        // site search: nobody finds what they may not read
        assertThat(searchTitles(visitor, "kingfisherly")).isEmpty();
        assertThat(searchTitles(member, "kingfisherly")).contains("Kingfisherly policy review");
        assertThat(searchTitles(visitor, "heronbridge")).contains("Heronbridge parents' group?");
        assertThat(visitor.get("/search.xhtml?q=heronbridge").doc().select("#results li.result").text())
                .as("a forum post is never 'verified' like a listing").doesNotContainIgnoringCase("verified");
        assertThat(searchTitles(member, "zebrafinch")).isEmpty();
        assertThat(searchTitles(staff, "zebrafinch")).contains("Rota for the zebrafinch roadshow");
        // a district's forum: found by that district's members (as the forum shows it to them), by nobody else
        String ownDistrict = mine.keySet().stream().filter(n -> n.endsWith("locality forum")).findFirst().orElseThrow();
        assertThat(otherDistrict).as("the demo member's organisation is not county-wide").isNotNull();
        startTopic(staff, all.get(ownDistrict), "Ospreyfield playscheme dates", "The ospreyfield dates are out.");
        startTopic(staff, all.get(otherDistrict), "Ternwick outing", "The ternwick outing is on.");
        assertThat(searchTitles(member, "ospreyfield")).containsExactly("Ospreyfield playscheme dates");
        assertThat(searchTitles(visitor, "ospreyfield")).isEmpty();
        assertThat(searchTitles(member, "ternwick")).isEmpty();
        assertThat(searchTitles(staff, "ternwick")).containsExactly("Ternwick outing");
        assertThat(member.raw("/search/suggest?q=ospreyf").body()).contains("Ospreyfield playscheme dates");
        assertThat(member.raw("/search/suggest?q=ternwi").body()).doesNotContain("Ternwick");

        // a link to a directory record shows as a card under the post; a closed or unknown one does not
        Element service = visitor.get("/search.xhtml?q=family").doc().selectFirst("#results h3 a[href*=service.xhtml?id=]");
        String serviceId = service.attr("href").replaceAll(".*id=(\\d+).*", "$1");
        Long linking = startTopic(staff, all.get("Safeguarding"), "Carded", "Try /directory/service.xhtml?id=" + serviceId
                + " or /directory/service.xhtml?id=999999999");
        assertThat(member.get("/forum/topic.xhtml?id=" + linking).doc().select("#post-1 li.record-card"))
                .extracting(Element::text).singleElement().asString().contains("Service", service.text());
        // so do meetings and updates, each to those who may open it
        Element meeting = member.get("/meetings/index.xhtml?view=list").doc().selectFirst("main li > a[href*=meeting.xhtml?id=]");
        Element update = member.get("/updates/index.xhtml").doc().selectFirst("main a.update-title");
        Long more = startTopic(staff, all.get("Ask the network"), "Coming up", "See " + meeting.attr("href").replaceAll(".*(/meetings/)", "$1")
                + " and " + update.attr("href").replaceAll(".*(/updates/)", "$1"));
        assertThat(member.get("/forum/topic.xhtml?id=" + more).doc().select("#post-1 li.record-card").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Meeting").contains(meeting.text()))
                .anySatisfy(t -> assertThat(t).contains(update.text()));
        boolean publicMeeting = visitor.get(meeting.attr("href").replaceAll(".*(/meetings/)", "$1")).status() == 200;
        assertThat(visitor.get("/forum/topic.xhtml?id=" + more).doc().select("#post-1 li.record-card").text().contains(meeting.text()))
                .as("a visitor sees the meeting's card only if they may open the meeting").isEqualTo(publicMeeting);
    }

    // ---------------------------------------------------------------- notifications

    @Test
    void mentionsFollowersAndCategoriesAreEmailedAndOneClickUnsubscribeIsHonouredAtOnce() throws Exception {
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.80");
        WebClient chris = signedIn(Demo.ORG_ADMIN, "203.0.113.81");
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.82");
        Map<String, Long> mine = categories(dee.get("/forum/index.xhtml"));
        Long locality = mine.entrySet().stream().filter(e -> e.getKey().endsWith("locality forum")).findFirst().orElseThrow().getValue();

        // a co-ordinator asks for every post in this locality forum
        sam.get("/forum/category.xhtml?id=" + locality);
        Page saved = sam.submit("email", Map.of("email:mode", "EACH"), "email:save");
        assertThat(saved.messages()).contains("Saved: every post, as it comes");

        Long topic = startTopic(dee, locality, "Minibus for the half-term trip", "Could anyone lend a minibus for half-term?");
        mail.await(Demo.COORDINATOR, "Minibus for the half-term trip");

        reply(chris, topic, "Yes, @Dee-Wright: ours is free on the Tuesday.");
        TestMail.Received mention = mail.await(Demo.MEMBER, "mentioned you: Re: Minibus");
        assertThat(mention.subject()).contains("Chris Lee mentioned you: Re: Minibus for the half-term trip");
        assertThat(mention.body()).contains("ours is free on the Tuesday");
        assertThat(header(mention.mime(), "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(header(mention.mime(), "List-Unsubscribe")).matches("<https?://[^>]+/forum/unsubscribe\\?t=[A-Za-z0-9_-]{43}>");
        // the link leads straight to the reply
        String link = mention.absoluteLink("/forum/topic.xhtml");
        assertThat(link).endsWith("#post-2");
        Page landed = dee.get(mention.link("/forum/topic.xhtml"));
        assertThat(landed.doc().select("#post-2 .post-body").text()).contains("ours is free on the Tuesday");

        reply(chris, topic, "We can also lend car seats.");
        // other features (training feedback, for one) also write to the demo member: count only this topic's mail
        MimeMessage followed = mail.await(Demo.MEMBER, "Re: Minibus for the half-term trip", "car seats").mime();
        assertThat(followed.getSubject()).doesNotContain("mentioned");
        String stop = header(followed, "List-Unsubscribe").replaceAll("[<>]", "");
        String stopPath = stop.substring(stop.indexOf("/forum/unsubscribe"));
        // opening the link only asks; the one-click POST (RFC 8058, no cookies) stops it at once
        WebClient mailProgram = new WebClient(base, "203.0.113.83");
        Page asks = mailProgram.get(stopPath);
        assertThat(asks.doc().select("#what").text()).contains("replies to the topic");
        Page done = mailProgram.post(stopPath, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).contains("Done");
        reply(chris, topic, "And a booster seat.");
        // the co-ordinator (every post in the category) gets the third reply: by then Dee's would have been queued too
        for (int i = 0; i < 150 && mail.to(Demo.COORDINATOR, "Minibus").size() < 4; i++) {
            Thread.sleep(200);
        }
        Thread.sleep(1500);
        assertThat(mail.to(Demo.MEMBER, "Minibus")).hasSize(2);
        assertThat(dee.get("/forum/topic.xhtml?id=" + topic).doc().select("#watch-state").text()).contains("muted");
        Page unknown = mailProgram.post("/forum/unsubscribe?t=" + "A".repeat(43), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(mailProgram.get("/forum/unsubscribe.xhtml?t=%3Cscript%3E").doc().select("#link-problem").text())
                .contains("do not recognise");

        // a daily digest holds what the person chose and may read, and none of their own posts
        Long safeguarding = mine.get("Safeguarding");
        dee.get("/forum/category.xhtml?id=" + safeguarding);
        dee.submit("email", Map.of("email:mode", "DAILY"), "email:save");
        startTopic(chris, safeguarding, "Pelicanway training dates", "The pelicanway course runs in March.");
        startTopic(dee, safeguarding, "My own question about DBS", "Do volunteers need an enhanced check?");
        sam.get("/forum/categories.xhtml");
        Page sent = sam.submit("digests", Map.of(), "digests:send");
        assertThat(sent.messages()).containsPattern("Digests queued: [1-9]");
        TestMail.Received digest = mail.await(Demo.MEMBER, "daily forum digest");
        assertThat(digest.body()).contains("Pelicanway training dates").doesNotContain("My own question about DBS")
                .doesNotContain("Minibus");
        assertThat(header(digest.mime(), "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        // a second run the same day sends nothing more
        sam.get("/forum/categories.xhtml");
        sam.submit("digests", Map.of(), "digests:send");
        Thread.sleep(1500);
        assertThat(mail.to(Demo.MEMBER, "digest")).hasSize(1);
    }

    // ---------------------------------------------------------------- bad input and abuse

    @Test
    void hostileHugeAndForeignInputIsRefusedOrDefusedWithAClearMessage() {
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.90");
        WebClient chris = signedIn(Demo.ORG_ADMIN, "203.0.113.91");
        Long safeguarding = categories(dee.get("/forum/index.xhtml")).get("Safeguarding");

        Long hostile = startTopic(dee, safeguarding, "<b>Bold</b> title <script>alert(1)</script>",
                "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click me](javascript:alert(2))\n\n**still bold**");
        Page page = dee.get("/forum/topic.xhtml?id=" + hostile);
        Element body = page.doc().selectFirst("#post-1 .post-body");
        assertThat(body.select("script, img, [onerror], a[href^=javascript]")).isEmpty();
        assertThat(body.text()).contains("<script>alert('x')</script>");
        assertThat(body.select("strong").text()).isEqualTo("still bold");
        assertThat(page.doc().select("#topic-title").text()).isEqualTo("<b>Bold</b> title <script>alert(1)</script>");
        assertThat(page.doc().select("h1 script, h1 b")).isEmpty();

        dee.get("/forum/new.xhtml?category=" + safeguarding);
        Page huge = dee.submit("topic", Map.of("topic:title", "A huge post", "topic:body", "x".repeat(25_000)), "topic:submit");
        assertThat(huge.fieldError("topic:body")).contains("25,000 characters long", "20,000");
        Page empty = dee.submit("topic", Map.of("topic:title", "ab", "topic:body", "   "), "topic:submit");
        assertThat(empty.fieldError("topic:title")).contains("at least 3 characters");
        Page tooLongTitle = dee.submit("topic", Map.of("topic:title", "t".repeat(260), "topic:body", "fine"), "topic:submit");
        assertThat(tooLongTitle.fieldError("topic:title")).contains("260 characters");
        assertThat(dee.get("/forum/category.xhtml?id=" + safeguarding).text()).doesNotContain("A huge post");

        // someone else's post: no edit link, the edit page refuses, and a forged save changes nothing
        reply(chris, hostile, "Chris's own words.");
        Page topicPage = dee.get("/forum/topic.xhtml?id=" + hostile);
        assertThat(topicPage.doc().select("#post-2 a.edit")).isEmpty();
        String chrisPost = postId(chris.get("/forum/topic.xhtml?id=" + hostile), 2);
        Page foreign = dee.get("/forum/edit.xhtml?post=" + chrisPost);
        assertThat(foreign.messages()).contains("You can only edit your own posts.");
        Page forged = dee.submit("edit", Map.of("edit:body", "Dee rewrote this"), "edit:submit");
        assertThat(forged.messages()).contains("You can only edit your own posts.");
        assertThat(dee.get("/forum/topic.xhtml?id=" + hostile).doc().select("#post-2 .post-body").text()).isEqualTo("Chris's own words.");
        assertThat(dee.get("/forum/flag.xhtml?post=" + postId(topicPage, 1)).messages()).contains("You cannot flag this post.");

        // own post: edit keeps history; delete within the window
        reply(dee, hostile, "First version of my reply.");
        String mine = postId(dee.get("/forum/topic.xhtml?id=" + hostile), 3);
        dee.get("/forum/edit.xhtml?post=" + mine);
        Page edited = dee.submit("edit", Map.of("edit:body", "Second version of my reply."), "edit:submit");
        assertThat(edited.doc().select("#post-3 .post-body").text()).isEqualTo("Second version of my reply.");
        Page history = dee.get("/forum/history.xhtml?post=" + mine);
        assertThat(history.doc().select("#versions").text()).contains("First version of my reply.");
        assertThat(history.doc().select("#current").text()).contains("Second version");
        dee.get("/forum/topic.xhtml?id=" + hostile);
        Page deleted = dee.submit("posts", Map.of(), deleteButton(edited, 3));
        assertThat(deleted.doc().select("#post-3").text()).contains("Deleted by its author").doesNotContain("Second version");
        assertThat(chris.get("/forum/history.xhtml?post=" + mine).status()).isEqualTo(404);

        // attachments: type read from the content (a web page named .pdf is refused), readers of the post download it
        String first = postId(dee.get("/forum/topic.xhtml?id=" + hostile), 1);
        dee.get("/forum/attach.xhtml?post=" + first);
        Page lying = dee.submitFile("attach", Map.of(), Map.of("attach:file", Map.entry("minutes.pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))), "attach:submit");
        assertThat(lying.fieldError("attach:file")).contains("“minutes.pdf” is not");
        Page none = dee.submitFile("attach", Map.of(), Map.of("attach:file", Map.entry("", new byte[0])), "attach:submit");
        assertThat(none.fieldError("attach:file") + none.messages()).containsAnyOf("Choose a file", "empty");
        Page attached = dee.submitFile("attach", Map.of(), Map.of("attach:file", Map.entry("agenda.txt",
                "Agenda: 1. Welcome 2. Safeguarding roadshow".getBytes(java.nio.charset.StandardCharsets.UTF_8))), "attach:submit");
        assertThat(attached.messages()).as(attached.fieldError("attach:file")).contains("The file is attached.");
        Element file = attached.doc().selectFirst("#post-1 a.attachment");
        assertThat(file.text()).isEqualTo("agenda.txt");
        String download = file.attr("href");
        var got = chris.raw(download);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).contains("Safeguarding roadshow");
        assertThat(got.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        var asVisitor = new WebClient(base, "203.0.113.93").raw(download);
        assertThat(asVisitor.uri().getPath()).endsWith("/account/login.xhtml");
        assertThat(asVisitor.body()).doesNotContain("Safeguarding roadshow");
        chris.get("/forum/attach.xhtml?post=" + first);
        assertThat(chris.current().messages()).contains("You can only attach files to your own posts.");

        // a posting flood stops with a clear message (12 replies per 15 minutes)
        WebClient flooder = signedIn("forum5@example.org", "203.0.113.92");
        Long ask = categories(flooder.get("/forum/index.xhtml")).get("Ask the network");
        Long floodTopic = startTopic(flooder, ask, "Flood test topic", "first");
        String refused = null;
        for (int i = 0; i < 16 && refused == null; i++) {
            flooder.get("/forum/topic.xhtml?id=" + floodTopic);
            Page p = flooder.submit("reply", Map.of("reply:body", "reply number " + i), "reply:submit");
            if (p.messages().contains("several times")) refused = p.messages();
        }
        assertThat(refused).as("a flood is stopped").contains("Please wait a little");
    }

    // ---------------------------------------------------------------- moderation

    @Test
    void flaggedPostsAreHiddenByModeratorsAndTopicsLockedMovedAndMerged() {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.100");
        WebClient chris = signedIn(Demo.ORG_ADMIN, "203.0.113.101");
        WebClient kofi = signedIn("forum2@example.org", "203.0.113.102");
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.103");
        Map<String, Long> all = categories(sam.get("/forum/index.xhtml"));
        Long joint = all.get("Joint working");

        Long topic = startTopic(chris, joint, "Shared venue for Saturday sessions", "We have a hall free on Saturdays.");
        reply(dee, topic, "Buy cheap watches at spam-shop dot example!");
        String spam = postId(kofi.get("/forum/topic.xhtml?id=" + topic), 2);
        kofi.get("/forum/flag.xhtml?post=" + spam);
        Page noReason = kofi.submit("flag", Map.of(), "flag:submit");
        assertThat(noReason.messages() + noReason.fieldError("flag:reason")).contains("Choose why");
        Page flagged = kofi.submit("flag", Map.of("flag:reason", "SPAM", "flag:note", "advert"), "flag:submit");
        assertThat(flagged.messages()).contains("A moderator will look at the post");
        kofi.get("/forum/flag.xhtml?post=" + spam);
        assertThat(kofi.submit("flag", Map.of("flag:reason", "SPAM"), "flag:submit").messages()).contains("already flagged");
        assertThat(kofi.get("/forum/moderation.xhtml").status()).isEqualTo(403);

        Page queue = sam.get("/forum/moderation.xhtml");
        Element item = queue.doc().select("li.queue-item").stream().filter(e -> e.text().contains("Shared venue for Saturday sessions"))
                .findFirst().orElseThrow();
        assertThat(item.text()).contains("Spam or advertising: advert");
        Page hidden = sam.submit("queue", Map.of("queue:reason", "Advertising is not allowed"),
                item.selectFirst("input[value=Hide post]").attr("name"));
        assertThat(hidden.messages()).contains("The post is hidden.");
        assertThat(hidden.doc().select("#log").text()).contains("post.hidden", "Advertising is not allowed");
        Page asMember = kofi.get("/forum/topic.xhtml?id=" + topic);
        assertThat(asMember.doc().select("#post-2").text()).contains("hidden by a moderator").doesNotContain("spam-shop");
        assertThat(dee.get("/forum/topic.xhtml?id=" + topic).doc().select("#post-2").text()).contains("Advertising is not allowed");

        // lock: members can no longer reply, even with a forged form
        sam.get("/forum/topic.xhtml?id=" + topic);
        Page locked = sam.submit("mod", Map.of(), "mod:lock");
        assertThat(locked.messages()).contains("locked");
        Page lockedView = chris.get("/forum/topic.xhtml?id=" + topic);
        assertThat(lockedView.doc().select("form#reply")).isEmpty();
        assertThat(lockedView.doc().select("#locked-note").text()).contains("locked");

        // move and merge
        Long other = startTopic(chris, joint, "Saturday venue (duplicate)", "Same question as the other topic.");
        sam.get("/forum/topic.xhtml?id=" + other);
        Page moved = sam.submit("mod", Map.of("mod:category", String.valueOf(all.get("Early years"))), "mod:move");
        assertThat(moved.doc().select("#category-link").text()).isEqualTo("Early years");
        Page bad = sam.submit("mod", Map.of("mod:target", "nonsense"), "mod:merge");
        assertThat(bad.fieldError("mod:target")).contains("another topic");
        Long target = startTopic(chris, all.get("Early years"), "Saturday venues: all in one place", "Let's keep it here.");
        sam.get("/forum/topic.xhtml?id=" + other);
        Page merged = sam.submit("mod", Map.of("mod:target", String.valueOf(target)), "mod:merge");
        assertThat(merged.doc().select("#topic-title").text()).isEqualTo("Saturday venues: all in one place");
        assertThat(merged.text()).contains("Same question as the other topic.");
        assertThat(chris.get("/forum/topic.xhtml?id=" + other).doc().select("#topic-title").text())
                .isEqualTo("Saturday venues: all in one place");
    }

    @Test
    void aNewPersonsFirstPostWaitsForApproval() {
        String email = "newcomer@parents.example.org";
        WebClient newcomer = new WebClient(base, "203.0.113.110");
        newcomer.get("/account/register.xhtml");
        newcomer.submit("register", Map.of("register:displayName", "Nell Newcomer", "register:email", email,
                "register:password", "a long enough password 2026", "register:confirm", "a long enough password 2026"), "register:submit");
        newcomer.get(mail.await(email, "Confirm your email").link("/account/verify.xhtml"));
        Demo.signIn(newcomer, email, "a long enough password 2026");
        Map<String, Long> cats = categories(newcomer.get("/forum/index.xhtml"));
        assertThat(cats.keySet()).containsExactly("Ask the network");
        newcomer.get("/forum/new.xhtml?category=" + cats.get("Ask the network"));
        Page waiting = newcomer.submit("topic", Map.of("topic:title", "Toddler swimming lessons?",
                "topic:body", "Are there any free toddler swimming sessions?"), "topic:submit");
        assertThat(waiting.messages()).contains("once a moderator has approved it");
        assertThat(waiting.doc().select("#topic-state").text()).contains("Waiting for a moderator's approval");
        String topicPath = waiting.uri().getPath() + "?" + waiting.uri().getQuery();
        WebClient visitor = new WebClient(base, "203.0.113.111");
        assertThat(visitor.get(topicPath).status()).isEqualTo(404);
        assertThat(visitor.get("/forum/category.xhtml?id=" + cats.get("Ask the network")).text()).doesNotContain("Toddler swimming");

        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.112");
        Page queue = sam.get("/forum/moderation.xhtml");
        Element item = queue.doc().select("li.queue-item").stream().filter(e -> e.text().contains("Toddler swimming lessons?"))
                .findFirst().orElseThrow();
        Page approved = sam.submit("queue", Map.of(), item.selectFirst("input[value=Approve]").attr("name"));
        assertThat(approved.messages()).contains("approved");
        assertThat(visitor.get(topicPath).doc().select("#topic-title").text()).isEqualTo("Toddler swimming lessons?");
        // once approved, the person's next post goes straight out
        Page next = reply(newcomer, Long.valueOf(waiting.uri().getQuery().replaceAll("\\D", "")), "Thanks in advance!");
        assertThat(next.messages()).contains("Your reply is posted.");
    }

    @Test
    void coordinatorsKeepCategoriesForNamedGroupsAndAppointModerators() {
        WebClient sam = signedIn(Demo.COORDINATOR, "203.0.113.120");
        WebClient rep = signedIn(Demo.REPRESENTATIVE, "203.0.113.121");
        WebClient dee = signedIn(Demo.MEMBER, "203.0.113.122");
        assertThat(dee.get("/forum/categories.xhtml").status()).isEqualTo(403);

        sam.get("/forum/categories.xhtml");
        Page blank = sam.submit("category", Map.of("category:name", " ", "category:visibility", "GROUP", "category:audience", "DISTRICT"),
                "category:save");
        assertThat(blank.fieldError("category:name")).contains("3 to 120 characters");
        assertThat(blank.fieldError("category:district")).contains("Choose the district");
        Page dup = sam.submit("category", Map.of("category:name", "safeguarding", "category:visibility", "MEMBERS"), "category:save");
        assertThat(dup.fieldError("category:name")).contains("already a category");
        Page added = sam.submit("category", Map.of("category:name", "Trust board seat holders", "category:kind", "BODY",
                "category:visibility", "GROUP", "category:audience", "LIST"), "category:save");
        assertThat(added.messages()).contains("Added Trust board seat holders.");
        Long id = categories(sam.get("/forum/index.xhtml")).get("Trust board seat holders");
        sam.get("/forum/categories.xhtml?edit=" + id);
        Page unknown = sam.submit("category", Map.of("category:emails", "rep@example.org\nnobody@nowhere.example"), "category:save");
        assertThat(unknown.fieldError("category:emails")).contains("nobody@nowhere.example");
        Page listed = sam.submit("category", Map.of("category:emails", "rep@example.org"), "category:save");
        assertThat(listed.messages()).contains("Saved Trust board seat holders.");
        assertThat(categories(rep.get("/forum/index.xhtml"))).containsKey("Trust board seat holders");
        assertThat(categories(dee.get("/forum/index.xhtml"))).doesNotContainKey("Trust board seat holders");
        assertThat(dee.get("/forum/category.xhtml?id=" + id).status()).isEqualTo(404);
        Long topic = startTopic(rep, id, "Report back from the trust board", "The early help strategy was agreed.");
        assertThat(dee.get("/forum/topic.xhtml?id=" + topic).status()).isEqualTo(404);

        // an appointed moderator of one category sees the queue for it, and nothing else to moderate
        sam.get("/forum/categories.xhtml");
        Page nobody = sam.submit("moderators", Map.of("moderators:email", "ghost@example.org"), "moderators:appoint");
        assertThat(nobody.fieldError("moderators:email")).contains("No account");
        Page appointed = sam.submit("moderators", Map.of("moderators:email", "forum4@example.org",
                "moderators:scope", String.valueOf(id)), "moderators:appoint");
        assertThat(appointed.messages()).contains("is now a moderator");
        assertThat(appointed.doc().select("#moderator-list").text()).contains("Trust board seat holders");
        WebClient moderator = signedIn("forum4@example.org", "203.0.113.123");
        assertThat(moderator.get("/forum/index.xhtml").doc().select("#queue-link")).hasSize(1);
        assertThat(moderator.get("/forum/topic.xhtml?id=" + topic).doc().select("form#mod")).hasSize(1);
        Long safeguarding = categories(moderator.get("/forum/index.xhtml")).get("Safeguarding");
        Long other = startTopic(rep, safeguarding, "A members' topic elsewhere", "Nothing to moderate here.");
        assertThat(moderator.get("/forum/topic.xhtml?id=" + other).doc().select("form#mod")).isEmpty();
        Page audit = sam.get("/admin/audit.xhtml?action=forum.moderator.appointed");
        assertThat(audit.text()).contains("Trust board seat holders");
    }

    // ---------------------------------------------------------------- helpers

    private WebClient signedIn(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }

    private Long startTopic(WebClient c, Long categoryId, String title, String body) {
        c.get("/forum/new.xhtml?category=" + categoryId);
        Page p = c.submit("topic", Map.of("topic:title", title, "topic:body", body), "topic:submit");
        assertThat(p.path()).as(p.messages() + p.fieldError("topic:title") + p.fieldError("topic:body")).endsWith("/forum/topic.xhtml");
        return Long.valueOf(p.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private Page reply(WebClient c, Long topicId, String body) {
        c.get("/forum/topic.xhtml?id=" + topicId);
        Page p = c.submit("reply", Map.of("reply:body", body), "reply:submit");
        assertThat(p.messages()).as(p.fieldError("reply:body")).containsAnyOf("Your reply is posted", "approved it");
        return p;
    }

    private static String postId(Page topic, int number) {
        Element history = topic.doc().selectFirst("#post-" + number);
        assertThat(history).as("post " + number).isNotNull();
        Element link = history.selectFirst("a.flag, a.edit");
        if (link != null) return link.attr("href").replaceAll(".*post=(\\d+).*", "$1");
        throw new AssertionError("no post id on #post-" + number);
    }

    private static String deleteButton(Page topic, int number) {
        return topic.doc().selectFirst("#post-" + number + " input[value=Delete]").attr("name");
    }

    private static String header(MimeMessage m, String name) throws Exception {
        String[] values = m.getHeader(name);
        return values == null ? null : values[0];
    }

    // ---------------------------------------------------------------- in the browser (ForumJourneys)

    @Test
    @Tag("browser")
    void aMemberStartsATopicIsMentionedInAReplyFollowsTheEmailAndAModeratorHidesAFlaggedPost() {
        new ForumJourneys(base, mail).aMemberStartsATopicIsMentionedInAReplyFollowsTheEmailAndAModeratorHidesAFlaggedPost();
    }
}
