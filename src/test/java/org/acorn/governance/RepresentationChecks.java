package org.acorn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
 * Representation on the Group demo: the register and "find your representative", the election lifecycle with
 * a timetable set relative to the portal's clock (nominations, seconding, voting windows, concurrent votes by
 * one organisation, the count), report-backs with their emails, the issue log, and attendance claims.
 */
public abstract class RepresentationChecks extends PortalChecks {

    protected RepresentationChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    WebClient as(String email, String address) {
        WebClient c = new WebClient(base, address);
        Demo.signIn(c, email);
        return c;
    }

    static String at(long minutesFromNow) {
        return LocalDateTime.now(LONDON).plusMinutes(minutesFromNow).format(LOCAL);
    }

    static Long idFrom(Element link) {
        String href = link.attr("href");
        return Long.valueOf(href.replaceAll(".*[?&](id|contest|body)=(\\d+).*", "$2"));
    }

    Long bodyId(WebClient c, String name) {
        Page index = c.get("/representation/index.xhtml");
        return idFrom(index.doc().select("#bodies td.body-name a").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no body " + name)));
    }

    @Test
    void visitorsFindTheirRepresentativesAndTheSupportOnOffer() {
        WebClient visitor = new WebClient(base, "203.0.113.70");
        Page index = visitor.get("/representation/index.xhtml");
        assertThat(index.doc().select("#bodies td.body-name").eachText()).contains("Children's Trust Board",
                "Local Safeguarding Children Board", "The Group", "Children's Fund Partnership Board");
        assertThat(index.doc().select("#bodies").text()).contains("Superseded by Children's Trust Board");

        Page group = visitor.get("/representation/body.xhtml?id=" + bodyId(visitor, "The Group"));
        assertThat(group.doc().select("#seats tr.seat-row")).hasSize(16);
        // staggered: 8 seats elected two years ago, the other 8 held on an interim basis until this year's election
        assertThat(group.doc().select("#seats .badge-interim")).hasSize(8);

        Page find = visitor.get("/representation/find.xhtml");
        String district = find.doc().select("#district option").get(1).attr("value");
        String districtName = find.doc().select("#district option").get(1).text();
        Page mine = visitor.get("/representation/find.xhtml?district=" + district);
        assertThat(mine.doc().select("#results-heading").text()).isEqualTo("Representatives for " + districtName);
        assertThat(mine.doc().select("#results td.seat").eachText()).contains(districtName + " representative A",
                districtName + " representative B", "Voluntary sector place on the Trust Board")
                .noneMatch(s -> s.endsWith("representative A") && !s.startsWith(districtName));
        assertThat(mine.doc().select("#results").text()).contains("Morgan Ellis", "rep@example.org");

        Element trustSeat = mine.doc().select("#results td.seat a").stream()
                .filter(a -> a.text().equals("Voluntary sector place on the Trust Board")).findFirst().orElseThrow();
        Page role = visitor.get(trustSeat.attr("href"));
        assertThat(role.doc().select("#remit").text()).contains("Speaks for the whole");
        assertThat(role.doc().select("#support").text()).contains("£150.00 a day");

        // the Group's last round: some district seats were uncontested, others counted with their turnout
        Page elections = visitor.get("/representation/elections.xhtml");
        List<String> pastRound = elections.doc().select("#elections a").stream().filter(a -> a.text().startsWith("Group elections")
                && !a.text().contains("cycle 1")).map(a -> a.attr("href")).toList();
        assertThat(pastRound).hasSize(8);
        String outcomes = pastRound.stream().map(h -> visitor.get(h).doc().select("p.turnout").text()).reduce("", String::concat);
        assertThat(outcomes).contains("Uncontested: declared elected without a vote.").containsPattern("Turnout: \\d+ of \\d+ organisations");

        Page report = visitor.get("/representation/seats.xhtml");
        assertThat(report.doc().select("#interim").text()).isEqualTo("8");
        assertThat(Integer.parseInt(report.doc().select("#vacant").text())).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(report.doc().select("#total").text())).isGreaterThan(16);

        // a statutory partner officer posts an update for their board from its page; visitors cannot
        assertThat(group.doc().select("#update")).isEmpty();
        WebClient partner = as(Demo.PARTNER_OFFICER, "203.0.113.75");
        String trustPath = "/representation/body.xhtml?id=" + bodyId(partner, "Children's Trust Board");
        partner.get(trustPath);
        assertThat(partner.submit("update", Map.of("update:title", "", "update:text", "x"), "update:submit").text())
                .contains("Enter a title.");
        Page posted = partner.submit("update", Map.of("update:title", "Board papers published",
                "update:text", "The papers for the next meeting are on the council's website."), "update:submit");
        assertThat(posted.messages()).contains("Update posted.");
        assertThat(visitor.get(trustPath).doc().select("article.update h3").eachText()).contains("Board papers published");

        for (String bad : List.of("abc", "999999", "1%27%20OR%201=1", "%3Cscript%3E", "9".repeat(40))) {
            assertThat(visitor.get("/representation/body.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
            assertThat(visitor.get("/representation/seat.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
            assertThat(visitor.get("/representation/election.xhtml?id=" + bad).status()).as(bad).isEqualTo(404);
        }
        assertThat(visitor.get("/representation/find.xhtml?district=%3Cscript%3Ealert(1)%3C/script%3E").status()).isEqualTo(200);
        // member pages send visitors to sign in; staff pages refuse
        assertThat(visitor.get("/representation/claims.xhtml").path()).endsWith("/account/login.xhtml");
        assertThat(visitor.get("/admin/bodies.xhtml").path()).endsWith("/account/login.xhtml");
        assertThat(as(Demo.MEMBER, "203.0.113.74").get("/admin/bodies.xhtml").status()).isEqualTo(403);
    }

    @Test
    void anElectionRunsToItsTimetableWithSecretBallotsAndOneVotePerOrganisation() throws Exception {
        WebClient coordinator = as(Demo.COORDINATOR, "203.0.113.71");
        coordinator.get("/admin/elections.xhtml");
        // bad timetable: voting before nominations close
        Page bad = coordinator.submit("election", Map.of("election:title", "LSP place", "election:nominationsOpen", at(-60),
                "election:nominationsClose", at(120), "election:votingOpen", at(60), "election:votingClose", at(240),
                "election:termStartsOn", at(0).substring(0, 10)), "election:create");
        assertThat(bad.text()).contains("Voting cannot open before nominations close.");
        Page created = coordinator.submit("election", Map.of("election:title", "LSP place", "election:nominationsOpen", at(-60),
                "election:nominationsClose", at(120), "election:votingOpen", at(180), "election:votingClose", at(240),
                "election:termStartsOn", at(0).substring(0, 10)), "election:create");
        assertThat(created.path()).endsWith("/admin/election.xhtml");
        String electionId = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        assertThat(created.doc().select("#stage").text()).contains("Nominations open");
        String lspSeat = created.doc().select("input[name=contest:seats]").stream()
                .filter(i -> created.doc().select("label[for=" + i.id() + "]").text().startsWith("Local Strategic Partnership"))
                .findFirst().orElseThrow().attr("value");
        Page contest = coordinator.submit("contest", Map.of("contest:contestTitle", "Whole sector", "contest:seats", lspSeat),
                "contest:submit");
        assertThat(contest.doc().select("#contests").text()).contains("Whole sector");

        // the two organisation admins nominate, each seconded by the other's organisation
        WebClient orgAdmin = as(Demo.ORG_ADMIN, "203.0.113.72");
        WebClient rep = as(Demo.REPRESENTATIVE, "203.0.113.73");
        Page election = orgAdmin.get("/representation/election.xhtml?id=" + electionId);
        Element nominateLink = election.doc().select("a.nominate").first();
        assertThat(nominateLink).isNotNull();
        String contestId = String.valueOf(idFrom(nominateLink));
        Page form = orgAdmin.get(nominateLink.attr("href"));
        String repOrg = form.doc().select("#nominate\\:seconder option").stream()
                .filter(o -> !o.attr("value").isEmpty()).findFirst().orElseThrow().attr("value");
        String repOrgName = orgName(rep);
        String repOrgValue = form.doc().select("#nominate\\:seconder option").stream().filter(o -> o.text().equals(repOrgName))
                .findFirst().orElseThrow().attr("value");
        assertThat(repOrg).isNotEmpty();
        Page noStatement = orgAdmin.submit("nominate", Map.of("nominate:candidateName", "Ann Candidate",
                "nominate:seconder", repOrgValue), "nominate:submit");
        assertThat(noStatement.text()).contains("Enter the candidate's statement.");
        Page nominated = orgAdmin.submit("nominate", Map.of("nominate:candidateName", "Ann Candidate",
                "nominate:statement", "I will speak up for <b>small</b> groups.", "nominate:seconder", repOrgValue), "nominate:submit");
        assertThat(nominated.messages()).as(nominated.text()).contains("Nomination made");
        TestMail.Received secondMail = mail.await(Demo.REPRESENTATIVE, "Please second a nomination: Ann Candidate");
        assertThat(secondMail.body()).contains("/representation/election.xhtml?id=" + electionId);
        // a second nomination from the same organisation is refused
        orgAdmin.get("/representation/nominate.xhtml?contest=" + contestId);
        Page twice = orgAdmin.submit("nominate", Map.of("nominate:candidateName", "Another", "nominate:statement", "x",
                "nominate:seconder", repOrgValue), "nominate:submit");
        assertThat(twice.text()).contains("has already made a nomination in this contest");

        Page toSecond = rep.get("/representation/election.xhtml?id=" + electionId);
        assertThat(toSecond.text()).contains("I will speak up for <b>small</b> groups.");
        assertThat(toSecond.doc().select("td.text-block b")).isEmpty();
        Page seconded = rep.submit("contests", Map.of(), button(toSecond, "Second the nomination of Ann Candidate"));
        assertThat(seconded.messages()).contains("You have seconded the nomination of Ann Candidate");
        rep.get("/representation/nominate.xhtml?contest=" + contestId);
        String orgAdminOrgValue = rep.current().doc().select("#nominate\\:seconder option").stream()
                .filter(o -> o.text().equals(orgName(orgAdmin))).findFirst().orElseThrow().attr("value");
        Page repNominated = rep.submit("nominate", Map.of("nominate:candidateName", "Ben Candidate",
                "nominate:statement", "Ten years of youth work.", "nominate:seconder", orgAdminOrgValue), "nominate:submit");
        assertThat(repNominated.messages()).as(repNominated.text()).contains("Nomination made");
        Page toSecond2 = orgAdmin.get("/representation/election.xhtml?id=" + electionId);
        orgAdmin.submit("contests", Map.of(), button(toSecond2, "Second the nomination of Ben Candidate"));

        // voting before it opens is refused
        Page early = orgAdmin.get("/representation/vote.xhtml?contest=" + contestId);
        String ann = candidateValue(early, "Ann Candidate");
        Page tooEarly = orgAdmin.submit("ballot", Map.of("ballot:marks", ann), "ballot:submit");
        assertThat(tooEarly.messages()).contains("Voting has not opened yet.");

        // an organisation outside a district contest cannot nominate in it (the demo's open Group election)
        Page groupElection = orgAdmin.get("/representation/elections.xhtml");
        String groupId = String.valueOf(idFrom(groupElection.doc().select("#elections a").stream()
                .filter(a -> a.text().contains("cycle 1")).findFirst().orElseThrow()));
        Page ge = orgAdmin.get("/representation/election.xhtml?id=" + groupId);
        List<String> eligibleContests = ge.doc().select("a.nominate").eachAttr("href");
        String other = ge.doc().select("section.contest").stream().map(s -> s.id().replace("contest-", ""))
                .filter(id -> eligibleContests.stream().noneMatch(h -> h.endsWith("contest=" + id))).findFirst().orElseThrow();
        Page outsider = orgAdmin.get("/representation/nominate.xhtml?contest=" + other);
        Page refused = orgAdmin.submit("nominate", Map.of("nominate:candidateName", "Out Sider", "nominate:statement", "Hi",
                "nominate:seconder", outsider.doc().select("#nominate\\:seconder option").last().attr("value")), "nominate:submit");
        assertThat(refused.text()).containsAnyOf("does not work in this contest's district", "works county-wide");

        // the co-ordinator moves the timetable on: nominations closed, voting open now (emails go out)
        coordinator.get("/admin/election.xhtml?id=" + electionId);
        Page retimed = coordinator.submit("election", Map.of("election:nominationsOpen", at(-120), "election:nominationsClose", at(-60),
                "election:votingOpen", at(-30), "election:votingClose", at(60)), "election:save");
        assertThat(retimed.doc().select("#stage").text()).as(retimed.text()).contains("Voting open");
        mail.await(Demo.ORG_ADMIN, "Voting open: LSP place");
        mail.await(Demo.REPRESENTATIVE, "Voting open: LSP place");

        // four sessions of one organisation vote at the same moment: exactly one vote counts
        List<WebClient> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            WebClient s = as(Demo.ORG_ADMIN, "203.0.113." + (80 + i));
            s.get("/representation/vote.xhtml?contest=" + contestId);
            sessions.add(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Page>> results = new ArrayList<>();
        for (WebClient s : sessions) {
            results.add(pool.submit((Callable<Page>) () -> {
                go.await();
                return s.submit("ballot", Map.of("ballot:marks", ann), "ballot:submit");
            }));
        }
        go.countDown();
        int recorded = 0;
        int refusedTwice = 0;
        for (Future<Page> f : results) {
            Page p = f.get();
            if (p.messages().contains("Your organisation's vote is recorded")) recorded++;
            else if (p.messages().contains("has already voted in this contest")) refusedTwice++;
            else throw new AssertionError("unexpected: " + p.text());
        }
        pool.shutdown();
        assertThat(recorded).isEqualTo(1);
        assertThat(refusedTwice).isEqualTo(3);
        // and later, once more
        orgAdmin.get("/representation/vote.xhtml?contest=" + contestId);
        assertThat(orgAdmin.current().doc().select("#already")).hasSize(1);
        assertThat(orgAdmin.submit("ballot", Map.of("ballot:marks", ann), "ballot:submit").messages()).contains("has already voted");
        // a ballot for someone not standing, or an empty one, is refused
        rep.get("/representation/vote.xhtml?contest=" + contestId);
        assertThat(rep.submit("ballot", Map.of("ballot:marks", "999999"), "ballot:submit").text()).containsAnyOf(
                "Choose only candidates on this ballot", "choose from the options");
        rep.get("/representation/vote.xhtml?contest=" + contestId);
        assertThat(rep.submit("ballot", Map.of(), "ballot:submit").messages()).contains("Choose a candidate.");
        Page repVote = rep.submit("ballot", Map.of("ballot:marks", ann), "ballot:submit");
        assertThat(repVote.messages()).contains("Your organisation's vote is recorded");
        mail.await(Demo.REPRESENTATIVE, "Your organisation has voted");

        // results cannot be declared while voting is open
        coordinator.get("/admin/election.xhtml?id=" + electionId);
        assertThat(coordinator.submit("declare", Map.of(), "declare:submit").messages()).contains("once voting has closed");
        // voting closes; a late vote is refused; the count is declared
        coordinator.get("/admin/election.xhtml?id=" + electionId);
        coordinator.submit("election", Map.of("election:votingOpen", at(-30), "election:votingClose", at(-1)), "election:save");
        rep.get("/representation/vote.xhtml?contest=" + contestId);
        assertThat(rep.submit("ballot", Map.of("ballot:marks", ann), "ballot:submit").messages()).containsAnyOf("Voting has closed.", "already voted");
        coordinator.get("/admin/election.xhtml?id=" + electionId);
        Page declared = coordinator.submit("declare", Map.of(), "declare:submit");
        assertThat(declared.messages()).as(declared.text()).contains("Results declared");
        Page results2 = new WebClient(base, "203.0.113.90").get("/representation/election.xhtml?id=" + electionId);
        assertThat(results2.doc().select("#stage").text()).contains("Results declared");
        Element annRow = results2.doc().select("tr.candidate").stream().filter(r -> r.text().contains("Ann Candidate")).findFirst().orElseThrow();
        assertThat(annRow.select("td.status").text()).isEqualTo("Elected");
        assertThat(annRow.select("td.votes").text()).isEqualTo("2");
        assertThat(results2.doc().select("p.turnout").text()).containsPattern("Turnout: 2 of \\d+ organisations");
        mail.await(Demo.ORG_ADMIN, "Results: LSP place");
        // the seat is filled
        Page lsp = new WebClient(base, "203.0.113.91").get("/representation/seat.xhtml?id=" + lspSeat);
        assertThat(lsp.doc().select("#holder").text()).contains("Ann Candidate", "elected");

        // secrecy: the audit log says who voted, never for whom
        Page audit = coordinator.get("/admin/audit.xhtml?action=election.voted");
        assertThat(audit.text()).contains("voted in Whole sector").doesNotContain("Ann Candidate").doesNotContain("Ben Candidate");
        Page declaredAudit = coordinator.get("/admin/audit.xhtml?action=election.declared");
        assertThat(declaredAudit.text()).contains("Whole sector: [Ann Candidate]; turnout 2/");
    }

    @Test
    void rankedBallotsAreCountedBySingleTransferableVote() {
        WebClient coordinator = as(Demo.COORDINATOR, "203.0.113.130");
        coordinator.get("/admin/elections.xhtml");
        Page created = coordinator.submit("election", Map.of("election:title", "Early help place", "election:nominationsOpen", at(-60),
                "election:nominationsClose", at(60), "election:votingOpen", at(90), "election:votingClose", at(120),
                "election:termStartsOn", at(0).substring(0, 10)), "election:create");
        String electionId = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        String seat = created.doc().select("input[name=contest:seats]").stream()
                .filter(i -> created.doc().select("label[for=" + i.id() + "]").text().startsWith("Early Help Sub-group"))
                .findFirst().orElseThrow().attr("value");
        coordinator.submit("contest", Map.of("contest:contestTitle", "Early years", "contest:seats", seat, "contest:method", "STV"),
                "contest:submit");
        String contestId = String.valueOf(idFrom(coordinator.get("/representation/election.xhtml?id=" + electionId)
                .doc().select("a.nominate").first()));
        // staff nominate and second on organisations' behalf (they replied by post)
        Page form = coordinator.get("/representation/nominate.xhtml?contest=" + contestId);
        List<String> orgs = form.doc().select("#nominate\\:organisation option").eachAttr("value").stream().filter(v -> !v.isEmpty()).toList();
        String[] names = {"Ida Rank", "Jo Rank", "Kim Rank"};
        for (int i = 0; i < names.length; i++) {
            coordinator.get("/representation/nominate.xhtml?contest=" + contestId);
            Page n = coordinator.submit("nominate", Map.of("nominate:organisation", orgs.get(i + 2), "nominate:candidateName", names[i],
                    "nominate:statement", "Statement " + i, "nominate:seconder", orgs.get(i + 3)), "nominate:submit");
            assertThat(n.messages()).as(n.text()).contains("Nomination made");
            Page e = coordinator.get("/representation/election.xhtml?id=" + electionId);
            coordinator.submit("contests", Map.of(), button(e, "Second the nomination of " + names[i]));
        }
        coordinator.get("/admin/election.xhtml?id=" + electionId);
        coordinator.submit("election", Map.of("election:nominationsOpen", at(-120), "election:nominationsClose", at(-60),
                "election:votingOpen", at(-30), "election:votingClose", at(60)), "election:save");

        WebClient orgAdmin = as(Demo.ORG_ADMIN, "203.0.113.131");
        Page ballot = orgAdmin.get("/representation/vote.xhtml?contest=" + contestId);
        assertThat(ballot.text()).contains("Number the candidates in order of preference");
        Page gap = orgAdmin.submit("ballot", Map.of(rank(ballot, "Ida Rank"), "1", rank(ballot, "Jo Rank"), "3"), "ballot:submit");
        assertThat(gap.messages()).contains("Number the candidates 1, 2, 3… without gaps.");
        ballot = orgAdmin.get("/representation/vote.xhtml?contest=" + contestId);
        Page twice = orgAdmin.submit("ballot", Map.of(rank(ballot, "Ida Rank"), "1", rank(ballot, "Jo Rank"), "1"), "ballot:submit");
        assertThat(twice.messages()).contains("Give each number to one candidate only.");
        ballot = orgAdmin.get("/representation/vote.xhtml?contest=" + contestId);
        Page voted = orgAdmin.submit("ballot", Map.of(rank(ballot, "Kim Rank"), "1", rank(ballot, "Jo Rank"), "2",
                rank(ballot, "Ida Rank"), ""), "ballot:submit");
        assertThat(voted.messages()).as(voted.text()).contains("Your organisation's vote is recorded");
        WebClient rep = as(Demo.REPRESENTATIVE, "203.0.113.132");
        ballot = rep.get("/representation/vote.xhtml?contest=" + contestId);
        assertThat(rep.submit("ballot", Map.of(rank(ballot, "Kim Rank"), "1", rank(ballot, "Jo Rank"), "", rank(ballot, "Ida Rank"), ""),
                "ballot:submit").messages()).contains("Your organisation's vote is recorded");

        coordinator.get("/admin/election.xhtml?id=" + electionId);
        coordinator.submit("election", Map.of("election:votingOpen", at(-30), "election:votingClose", at(-1)), "election:save");
        coordinator.get("/admin/election.xhtml?id=" + electionId);
        assertThat(coordinator.submit("declare", Map.of(), "declare:submit").messages()).contains("Results declared");
        Page results = coordinator.get("/representation/election.xhtml?id=" + electionId);
        Element kim = results.doc().select("tr.candidate").stream().filter(r -> r.text().contains("Kim Rank")).findFirst().orElseThrow();
        assertThat(kim.select("td.status").text()).isEqualTo("Elected");
        assertThat(results.doc().select("pre.count-report").text()).contains("Single transferable vote for 1 place", "2 valid ballots",
                "quota 2", "Kim Rank reaches the quota");
    }

    static String rank(Page ballot, String candidate) {
        Element label = ballot.doc().select("label").stream().filter(l -> l.text().equals(candidate)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + candidate));
        return ballot.doc().getElementById(label.attr("for")).attr("name");
    }

    @Test
    void representativesReportBackAndMembersRespond() {
        WebClient rep = as(Demo.REPRESENTATIVE, "203.0.113.100");
        Long trust = bodyId(rep, "Children's Trust Board");
        Page form = rep.get("/representation/report-back-edit.xhtml?body=" + trust);
        String meeting = form.doc().select("#report\\:meeting option").stream().filter(o -> !o.attr("value").isEmpty()
                && !o.text().contains(String.valueOf(java.time.LocalDate.now().plusDays(25).getDayOfMonth() + " "))).findFirst().orElseThrow().attr("value");
        Page missing = rep.submit("report", Map.of("report:meeting", meeting, "report:asks", "Tell us about tenders"), "report:publish");
        assertThat(missing.text()).contains("Enter the decisions made.", "Give a deadline for responses to your asks.");
        Page huge = rep.submit("report", Map.of("report:meeting", meeting, "report:decisions", "x".repeat(7000)), "report:publish");
        assertThat(huge.text()).contains("6000 characters or fewer");
        String deadline = java.time.LocalDate.now(LONDON).plusDays(14).toString();
        Page published = rep.submit("report", Map.of("report:meeting", meeting,
                "report:decisions", "Agreed <script>alert(1)</script> the plan.", "report:asks", "Tell us how tenders affect you.",
                "report:asksDeadline", deadline), "report:publish");
        assertThat(published.messages()).as(published.text()).contains("published and members have been emailed");
        assertThat(published.doc().select("#decisions").text()).contains("Agreed", "the plan");
        assertThat(published.doc().select("#decisions script")).isEmpty();
        assertThat(published.doc().select("#asks").text()).contains("Tell us how tenders affect you.");
        String reportPath = published.uri().getPath() + "?" + published.uri().getQuery();
        TestMail.Received report = mail.await(Demo.ORG_ADMIN, "Report-back: Children's Trust Board");
        assertThat(report.body()).contains("Tell us how tenders affect you.", "/representation/report-back.xhtml?id=");

        // members only: a visitor gets 404
        assertThat(new WebClient(base, "203.0.113.101").get(reportPath).status()).isEqualTo(404);
        WebClient member = as(Demo.MEMBER, "203.0.113.102");
        member.get(reportPath);
        Page empty = member.submit("comment", Map.of("comment:text", "  "), "comment:submit");
        assertThat(empty.text()).contains("Enter your comment.");
        Page responded = member.submit("comment", Map.of("comment:text", "Two weeks is too short for us.", "comment:response", "true"),
                "comment:submit");
        assertThat(responded.messages()).as(responded.text()).contains("Your response is sent");
        assertThat(responded.doc().select("#comments").text()).contains("Two weeks is too short", "(response to the asks)");
        mail.await(Demo.REPRESENTATIVE, "A response to your asks of the sector");

        // the co-ordinator's desk: offered for the bulletin; reminders for meetings nobody reported back from
        WebClient coordinator = as(Demo.COORDINATOR, "203.0.113.103");
        Page desk = coordinator.get("/admin/representation.xhtml");
        assertThat(desk.doc().select("#for-bulletin").text()).contains("Children's Trust Board");
        assertThat(desk.doc().select("#overdue").text()).contains("Local Safeguarding Children Board");
        coordinator.submit("remind", Map.of(), "remind:submit");
        mail.await(Demo.REPRESENTATIVE, "Please report back: Local Safeguarding Children Board");
    }

    @Test
    void issuesMoveThroughTheirStagesAndTheRaiserIsTold() {
        WebClient member = as(Demo.MEMBER, "203.0.113.110");
        Long trust = bodyId(member, "Children's Trust Board");
        member.get("/representation/issues.xhtml");
        Page blank = member.submit("raise", Map.of("raise:title", "", "raise:description", ""), "raise:submit");
        assertThat(blank.text()).contains("Enter a short title.", "Enter what the issue is.");
        Page raised = member.submit("raise", Map.of("raise:title", "Holiday hunger funding", "raise:description",
                "Groups running holiday clubs need to know about next year's funding.", "raise:body", String.valueOf(trust)), "raise:submit");
        assertThat(raised.doc().select("#current-stage").text()).contains("Raised");
        String issuePath = raised.uri().getPath() + "?" + raised.uri().getQuery();
        mail.await(Demo.REPRESENTATIVE, "Issue raised: Holiday hunger funding");

        // a member cannot move it on; the representative on the body can, and the raiser hears each step
        assertThat(member.get(issuePath).doc().select("#advance")).isEmpty();
        WebClient rep = as(Demo.REPRESENTATIVE, "203.0.113.111");
        rep.get(issuePath);
        Page noNote = rep.submit("advance", Map.of("advance:stage", "DISCUSSED"), "advance:submit");
        assertThat(noNote.text()).contains("Enter a note on what happened.");
        Page future = rep.submit("advance", Map.of("advance:stage", "DISCUSSED", "advance:note", "x",
                "advance:happenedOn", java.time.LocalDate.now().plusDays(3).toString()), "advance:submit");
        assertThat(future.text()).contains("The date cannot be in the future.");
        Page discussed = rep.submit("advance", Map.of("advance:stage", "DISCUSSED", "advance:note", "Discussed at the Group.", "advance:happenedOn", ""), "advance:submit");
        assertThat(discussed.doc().select("#current-stage").text()).contains("Discussed at the forum or group");
        mail.await(Demo.MEMBER, "Your issue: Discussed at the forum or group");
        Page taken = rep.submit("advance", Map.of("advance:stage", "TAKEN_TO_BODY", "advance:note", "Raised at the board."), "advance:submit");
        // going back is not offered, and a forged one is refused
        assertThat(taken.doc().select("#advance\\:stage option").eachAttr("value")).doesNotContain("RAISED", "DISCUSSED");
        Page back = rep.submit("advance", Map.of("advance:stage", "DISCUSSED", "advance:note", "back"), "advance:submit");
        assertThat(back.text()).containsAnyOf("Choose a stage after", "choose one of the options");
        mail.await(Demo.MEMBER, "Your issue: Taken to the body");
        assertThat(member.get(issuePath).doc().select("#stages li")).hasSize(3);
    }

    @Test
    void representativesClaimAndTheCoordinatorApprovesOrReturns() {
        WebClient coordinator = as(Demo.COORDINATOR, "203.0.113.120");
        Long lscb = bodyId(coordinator, "Local Safeguarding Children Board");
        Long trust = bodyId(coordinator, "Children's Trust Board");
        // a seat cannot have two holders
        Page body = coordinator.get("/admin/body.xhtml?id=" + trust);
        String seat = body.doc().select("#appoint\\:seat option").stream().filter(o -> o.text().startsWith("Voluntary sector place"))
                .findFirst().orElseThrow().attr("value");
        Page two = coordinator.submit("appoint", Map.of("appoint:seat", seat, "appoint:holderName", "Second Holder"), "appoint:submit");
        assertThat(two.text()).contains("This seat already has a current representative. End their term first.");

        WebClient rep = as(Demo.REPRESENTATIVE, "203.0.113.121");
        Page claims = rep.get("/representation/claims.xhtml");
        List<Element> meetings = claims.doc().select("#attend\\:meeting option");
        String future = meetings.stream().filter(o -> o.text().startsWith("Local Safeguarding") && isFuture(o.text())).findFirst()
                .orElseThrow().attr("value");
        Page notYet = rep.submit("attend", Map.of("attend:meeting", future), "attend:submit");
        assertThat(notYet.text()).contains("That meeting has not taken place yet.");
        String past = meetings.stream().filter(o -> o.text().startsWith("Local Safeguarding") && !isFuture(o.text())).findFirst()
                .orElseThrow().attr("value");
        Page attended = rep.submit("attend", Map.of("attend:meeting", past, "attend:dayPart", "FULL_DAY"), "attend:submit");
        assertThat(attended.messages()).as(attended.text()).contains("Attendance recorded");
        assertThat(rep.submit("attend", Map.of("attend:meeting", past), "attend:submit").text()).contains("already recorded");

        Page claimForm = rep.get("/representation/claims.xhtml");
        String attendance = claimForm.doc().select("#claim\\:attendance option").stream().filter(o -> o.text().startsWith("Local Safeguarding"))
                .findFirst().orElseThrow().attr("value");
        String scheme = claimForm.doc().select("#claim\\:scheme option").get(1).attr("value");
        Page childcare = rep.submit("claim", Map.of("claim:attendance", attendance, "claim:scheme", scheme, "claim:childcare", "20.00"), "claim:submit");
        assertThat(childcare.text()).contains("This scheme does not pay childcare.");
        Page negative = rep.submit("claim", Map.of("claim:attendance", attendance, "claim:scheme", scheme, "claim:fares", "-5"), "claim:submit");
        assertThat(negative.text()).contains("Fares cannot be negative.");
        Page junk = rep.submit("claim", Map.of("claim:attendance", attendance, "claim:scheme", scheme, "claim:fares", "=1+1"), "claim:submit");
        assertThat(junk.text()).contains("Enter an amount in pounds and pence");
        // someone else's attendance (a forged id) cannot be claimed
        Page forged = rep.submit("claim", Map.of("claim:attendance", "1", "claim:scheme", scheme), "claim:submit");
        assertThat(forged.text()).containsAnyOf("You can only claim for a meeting you are recorded as attending", "choose one of the options");
        Page sent = rep.submit("claim", Map.of("claim:attendance", attendance, "claim:scheme", scheme, "claim:note", "Board day",
                "claim:fares", "", "claim:childcare", "", "claim:miles", "", "claim:backfill", ""), "claim:submit");
        assertThat(sent.messages()).as(sent.text()).contains("Claim sent");
        assertThat(sent.doc().select("#attendances").text()).contains("£150.00: Waiting for approval");

        Page waiting = coordinator.get("/admin/claims.xhtml");
        Element row = waiting.doc().select("tr.claim").stream().filter(r -> r.text().contains("Board day")).findFirst().orElseThrow();
        Page noReason = coordinator.submit("waiting", Map.of(), row.select("input[value=Return]").attr("name"));
        assertThat(noReason.text()).contains("Enter the reason for returning it.");
        Page returned = coordinator.submit("waiting", Map.of("waiting:reason", "Wrong meeting date"),
                noReason.doc().select("tr.claim").stream().filter(r -> r.text().contains("Board day")).findFirst().orElseThrow()
                        .select("input[value=Return]").attr("name"));
        assertThat(returned.messages()).contains("Returned");
        mail.await(Demo.REPRESENTATIVE, "Your claim has been returned");
        rep.get("/representation/claims.xhtml");
        Page again = rep.submit("claim", Map.of("claim:attendance", attendance, "claim:scheme", scheme, "claim:note", "Board day, corrected"), "claim:submit");
        assertThat(again.messages()).contains("Claim sent");
        // receipts: images and PDFs only, by content whatever the name says
        Page receiptForm = rep.get("/representation/claims.xhtml");
        String claimValue = receiptForm.doc().select("#receipts\\:receiptClaim option").stream()
                .filter(o -> o.text().startsWith("Local Safeguarding")).findFirst().orElseThrow().attr("value");
        Page notImage = rep.submitFile("receipts", Map.of("receipts:receiptClaim", claimValue),
                Map.of("receipts:receipt", Map.entry("receipt.png", "<html><script>alert(1)</script></html>".getBytes())), "receipts:submit");
        assertThat(notImage.text()).contains("is not a PDF or a JPEG, PNG, GIF or WebP picture");
        rep.get("/representation/claims.xhtml");
        Page attached = rep.submitFile("receipts", Map.of("receipts:receiptClaim", claimValue),
                Map.of("receipts:receipt", Map.entry("bus ticket.png", java.util.Base64.getDecoder().decode(PNG))), "receipts:submit");
        assertThat(attached.messages()).as(attached.text()).contains("Receipt attached");
        String receiptLink = attached.doc().select("#attendances a[href*=/files/]").attr("href");
        assertThat(receiptLink).isNotEmpty();
        assertThat(rep.raw(receiptLink).statusCode()).isEqualTo(200);
        assertThat(as(Demo.MEMBER, "203.0.113.122").raw(receiptLink).statusCode()).isIn(403, 404);

        Page w2 = coordinator.get("/admin/claims.xhtml");
        assertThat(w2.doc().select("a.receipt").eachText()).contains("bus ticket.png");
        Page approved = coordinator.submit("waiting", Map.of(), w2.doc().select("tr.claim").stream()
                .filter(r -> r.text().contains("corrected")).findFirst().orElseThrow().select("input[value=Approve]").attr("name"));
        assertThat(approved.messages()).contains("Approved Morgan Ellis's claim of £150.00");
        var csv = coordinator.raw("/admin/claims.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Local Safeguarding Children Board", "Morgan Ellis", "150.00");
        assertThat(rep.raw("/admin/claims.csv").statusCode()).isEqualTo(403);

        Page budgets = coordinator.get("/admin/payments.xhtml");
        assertThat(budgets.doc().select("#budgets").text()).contains("Attendance payment (£150 a day)", "£40000.00");
        assertThat(budgets.doc().select("svg.chart rect.chart-spent")).isNotEmpty();
        Page negativeBudget = coordinator.submit("budget", Map.of("budget:scheme", budgets.doc().select("#budget\\:scheme option").get(1).attr("value"),
                "budget:amount", "-100"), "budget:submit");
        assertThat(negativeBudget.text()).contains("Amounts cannot be negative.");
        assertThat(lscb).isNotNull();
    }

    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    static boolean isFuture(String optionText) {
        String date = optionText.substring(optionText.lastIndexOf(", ") + 2);
        return java.time.LocalDate.parse(date, DateTimeFormatter.ofPattern("d MMMM yyyy")).isAfter(java.time.LocalDate.now(LONDON));
    }

    static String button(Page page, String ariaLabel) {
        Element b = page.doc().select("input[aria-label=\"" + ariaLabel + "\"]").first();
        if (b == null) throw new AssertionError("No button '" + ariaLabel + "' on " + page.uri() + ": " + page.text());
        return b.attr("name");
    }

    static String candidateValue(Page ballot, String name) {
        return ballot.doc().select("input[name=ballot:marks]").stream()
                .filter(i -> ballot.doc().select("label[for=" + i.id() + "]").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + name + " in " + ballot.text())).attr("value");
    }

    static String orgName(WebClient c) {
        Page p = c.get("/organisation/details.xhtml");
        return p.doc().select("h1").text().replaceFirst("^.*?: ", "").replaceFirst("^Our organisation: ", "");
    }

    // ---------------------------------------------------------------- in the browser (RepresentationJourneys)

    @Test
    @Tag("browser")
    void aRepresentativeReportsBackFromTheBoard() {
        new RepresentationJourneys(base, mail).aRepresentativeReportsBackFromTheBoard();
    }

    @Test
    @Tag("browser")
    void aMemberRaisesAnIssueAndSeesItProgress() {
        new RepresentationJourneys(base, mail).aMemberRaisesAnIssueAndSeesItProgress();
    }

    @Test
    @Tag("browser")
    void anOrganisationAdminVotes() {
        new RepresentationJourneys(base, mail).anOrganisationAdminVotes();
    }
}
