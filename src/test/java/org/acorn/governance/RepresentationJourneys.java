package org.acorn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.acorn.testing.Browser;
import org.acorn.testing.Demo;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Representation journeys in headless Chromium, axe-checked on every page: a representative reports back, a
 * member raises an issue and follows it, an organisation admin votes. Run by {@link RepresentationChecks} on its
 * deployment (tagged "browser"); their election contests the LSCB seat, which that class's own election leaves alone.
 */
final class RepresentationJourneys {

    private final URL base;
    private final TestMail mail;

    RepresentationJourneys(URL base, TestMail mail) {
        this.base = base;
        this.mail = mail;
    }

    static Browser signIn(Browser b, String email) {
        b.open("/account/login.xhtml").type("login:email", email).type("login:password", Demo.PASSWORD).click("login:submit");
        return b;
    }

    void aRepresentativeReportsBackFromTheBoard() {
        try (Browser rep = Browser.start(base)) {
            signIn(rep, Demo.REPRESENTATIVE);
            rep.open("/").clickLink("Representation").clickLink("My representation");
            rep.clickLink("Report back from Children's Trust Board");
            // meetings are listed newest first: the next (future) one, then the one 20 days ago
            new Select(rep.driver().findElement(By.id("report:meeting"))).selectByIndex(2);
            rep.type("report:decisions", "The board agreed to fund two more family hubs.")
                    .type("report:asks", "Which areas most need a family hub?");
            rep.click("report:publish");
            assertThat(rep.text()).contains("Give a deadline for responses to your asks.");
            // a date input's typed format follows the browser's locale; its value is always ISO
            ((org.openqa.selenium.JavascriptExecutor) rep.driver()).executeScript("arguments[0].value = arguments[1]",
                    rep.driver().findElement(By.id("report:asksDeadline")),
                    java.time.LocalDate.now(ZoneId.of("Europe/London")).plusDays(10).toString());
            rep.click("report:publish");
            assertThat(rep.text()).contains("Your report-back is published", "The board agreed to fund two more family hubs.",
                    "Please respond by");
        }
        mail.await(Demo.ORG_ADMIN, "Report-back: Children's Trust Board", "two more family hubs");
    }

    void aMemberRaisesAnIssueAndSeesItProgress() {
        try (Browser member = Browser.start(base); Browser rep = Browser.start(base)) {
            signIn(member, Demo.MEMBER);
            member.open("/representation/issues.xhtml");
            member.type("raise:title", "Youth club transport").type("raise:description",
                    "Rural youth clubs lost their minibus funding; young people cannot get to sessions.")
                    .select("raise:body", "Children's Trust Board").click("raise:submit");
            assertThat(member.text()).contains("Your issue is logged", "Stage: Raised");
            String issue = member.driver().getCurrentUrl();

            signIn(rep, Demo.REPRESENTATIVE);
            rep.open(issue);
            rep.select("advance:stage", "Discussed at the forum or group")
                    .type("advance:note", "Discussed at the Group: every district has the same problem.").click("advance:submit");
            assertThat(rep.text()).contains("Stage: Discussed at the forum or group");

            mail.await(Demo.MEMBER, "Your issue: Discussed at the forum or group");
            member.open(issue);
            assertThat(member.text()).contains("Stage: Discussed at the forum or group", "every district has the same problem");
        }
    }

    void anOrganisationAdminVotes() {
        String contest = openElectionWithTwoCandidates();
        try (Browser admin = Browser.start(base)) {
            signIn(admin, Demo.ORG_ADMIN);
            admin.open("/representation/elections.xhtml").clickLink("Trust Board by-election");
            admin.clickCss("a.vote");
            assertThat(admin.heading()).isEqualTo("Ballot: Sector member of the LSCB");
            admin.clickCss("label[for$=':marks:1']");
            admin.click("ballot:submit");
            assertThat(admin.text()).contains("Your organisation's vote is recorded", "Your organisation has voted in this contest.");
        }
        assertThat(contest).isNotEmpty();
    }

    /** Staff and the two demo organisation admins set up a contested election, then voting opens (WebClient). */
    String openElectionWithTwoCandidates() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London"));
        WebClient coordinator = new WebClient(base, "203.0.113.150");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        coordinator.get("/admin/elections.xhtml");
        Page created = coordinator.submit("election", Map.of("election:title", "Trust Board by-election",
                "election:nominationsOpen", now.minusHours(1).format(f), "election:nominationsClose", now.plusHours(1).format(f),
                "election:votingOpen", now.plusHours(2).format(f), "election:votingClose", now.plusHours(3).format(f),
                "election:termStartsOn", now.toLocalDate().toString()), "election:create");
        String id = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        String lsp = created.doc().select("input[name=contest:seats]").stream()
                .filter(i -> created.doc().select("label[for=" + i.id() + "]").text().startsWith("Local Safeguarding Children Board"))
                .findFirst().orElseThrow().attr("value");
        coordinator.submit("contest", Map.of("contest:contestTitle", "Sector member of the LSCB", "contest:seats", lsp), "contest:submit");
        String contest = nominate(Demo.ORG_ADMIN, Demo.REPRESENTATIVE, id, "Cara Candidate");
        nominate(Demo.REPRESENTATIVE, Demo.ORG_ADMIN, id, "Dev Candidate");
        coordinator.get("/admin/election.xhtml?id=" + id);
        coordinator.submit("election", Map.of("election:nominationsOpen", now.minusHours(2).format(f),
                "election:nominationsClose", now.minusHours(1).format(f), "election:votingOpen", now.minusMinutes(30).format(f),
                "election:votingClose", now.plusHours(2).format(f)), "election:save");
        return contest;
    }

    /** The nominator's organisation nominates; the seconder's organisation seconds. Returns the contest id. */
    String nominate(String nominator, String seconder, String electionId, String candidate) {
        WebClient n = new WebClient(base, "203.0.113.151");
        Demo.signIn(n, nominator);
        WebClient s = new WebClient(base, "203.0.113.152");
        Demo.signIn(s, seconder);
        String seconderOrg = s.get("/organisation/details.xhtml").doc().select("h1").text().replaceFirst("^.*?: ", "");
        Page election = n.get("/representation/election.xhtml?id=" + electionId);
        String href = election.doc().select("a.nominate").first().attr("href");
        Page form = n.get(href);
        String value = form.doc().select("#nominate\\:seconder option").stream().filter(o -> o.text().equals(seconderOrg))
                .findFirst().orElseThrow().attr("value");
        n.submit("nominate", Map.of("nominate:candidateName", candidate, "nominate:statement", "Statement of " + candidate,
                "nominate:seconder", value), "nominate:submit");
        Page toSecond = s.get("/representation/election.xhtml?id=" + electionId);
        s.submit("contests", Map.of(), toSecond.doc().select("input[aria-label=\"Second the nomination of " + candidate + "\"]").attr("name"));
        return href.replaceAll(".*contest=(\\d+).*", "$1");
    }
}
