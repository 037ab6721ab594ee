package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Site search through the real pages on the demo directory: matching, facets, ages, who sees what, a change
 * findable at once, CSV, suggestions, synonyms, rebuild and hostile input.
 */
public abstract class SearchChecks extends PortalChecks {

    protected SearchChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    @Test
    void demoServicesAreFoundByStemsSynonymsTyposAndPhrases() {
        WebClient visitor = visitor();
        assertThat(titles(search(visitor, "q=clubs"))).as("stemming: clubs finds club")
                .anyMatch(t -> t.equals("Youth Club") || t.equals("Holiday Club"));
        assertThat(titles(search(visitor, "q=" + enc("special educational needs")))).as("synonym of SEND")
                .contains("SEND Parent Support");
        assertThat(titles(search(visitor, "q=dv"))).as("synonym DV").contains("Domestic Abuse Support");
        Page typo = search(visitor, "q=conselling");
        assertThat(titles(typo)).as("typo tolerance").contains("Counselling for Young People");
        assertThat(typo.doc().select("#notes").text()).contains("close spellings");
        Page phrase = search(visitor, "q=" + enc("\"domestic abuse\""));
        assertThat(titles(phrase)).contains("Domestic Abuse Support");
        assertThat(search(visitor, "q=toddlers").doc().select("#results .snippet b").eachText()).as("highlighted")
                .anyMatch(b -> b.equalsIgnoreCase("toddlers"));
        // the words in an order that never appears together: a phrase matches nothing
        assertThat(count(search(visitor, "q=" + enc("\"abuse domestic\"")))).isZero();
        // names weigh more: the service named for it ranks first
        assertThat(titles(search(visitor, "q=" + enc("youth club"))).get(0)).isEqualTo("Youth Club");
    }

    @Test
    void twoFacetsNarrowAndCountsStayRight() {
        WebClient visitor = visitor();
        Page all = search(visitor, "");
        long total = count(all);
        assertThat(total).isPositive();
        Element free = facetValue(all, "cost", "Free");
        int freeCount = countIn(free);
        Page onlyFree = follow(visitor, free.attr("href"));
        assertThat(count(onlyFree)).isEqualTo(freeCount).isLessThan(total);
        // the chosen facet still shows the other value with its own count (drill sideways)
        assertThat(onlyFree.doc().select("#facet-cost li a")).hasSize(2);
        Element district = onlyFree.doc().select("#facet-district li a").first();
        int districtCount = countIn(district);
        Page both = follow(visitor, district.attr("href"));
        assertThat(count(both)).isEqualTo(districtCount).isLessThanOrEqualTo(freeCount);
        assertThat(both.uri().getQuery()).contains("f=cost:Free").contains("f=district:");
        // each result really is free: the CSV of the same search agrees with the count
        assertThat(csvLines(visitor, both.uri().getRawQuery())).hasSize(districtCount + 1);
        // clearing one facet widens again
        Page cleared = follow(visitor, both.doc().selectFirst("#facet-cost a.clear").attr("href"));
        assertThat(count(cleared)).isGreaterThanOrEqualTo(districtCount);
        assertThat(cleared.uri().getQuery()).doesNotContain("cost:");
    }

    @Test
    void aChildsAgeMatchesServicesWhoseRangeCoversIt() {
        WebClient visitor = visitor();
        assertThat(titles(search(visitor, "q=breastfeeding&age=1"))).contains("Breastfeeding Peer Support");
        assertThat(titles(search(visitor, "q=breastfeeding&age=9"))).as("peer support is for 0 to 2")
                .doesNotContain("Breastfeeding Peer Support");
        assertThat(titles(search(visitor, "q=" + enc("youth club") + "&age=15"))).contains("Youth Club");
        assertThat(titles(search(visitor, "q=" + enc("youth club") + "&age=7"))).doesNotContain("Youth Club");
        Page bad = search(visitor, "q=club&age=" + enc("seven<script>"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.doc().select("#age-error").text()).contains("whole number from 0 to 25");
        assertThat(count(bad)).as("the age is left out, the words still searched").isPositive();
    }

    @Test
    void closedServicesAndFormerMembersAreForStaffOnly() {
        WebClient visitor = visitor();
        WebClient coordinator = signedIn(Demo.COORDINATOR);
        Set<String> seenByVisitor = links(csvLines(visitor, ""));
        Set<String> seenByStaff = links(csvLines(coordinator, ""));
        assertThat(seenByStaff).containsAll(seenByVisitor);
        Set<String> staffOnly = new java.util.HashSet<>(seenByStaff);
        staffOnly.removeAll(seenByVisitor);
        assertThat(staffOnly).as("the demo has closed services or former members").isNotEmpty();
        // the first such listing is not found by its own name by a visitor, but is by the co-ordinator
        String line = csvLines(coordinator, "").stream().filter(l -> staffOnly.stream().anyMatch(l::contains))
                .findFirst().orElseThrow();
        String name = line.split(",")[1].replace("\"", "");
        String link = staffOnly.stream().filter(line::contains).findFirst().orElseThrow();
        assertThat(links(csvLines(visitor, "q=" + enc(name)))).doesNotContain(link);
        assertThat(csvLines(coordinator, "q=" + enc(name)).size()).as("the co-ordinator finds listings by that name").isGreaterThan(1);
    }

    @Test
    void anOrganisationEditedByStaffIsFoundByItsNewNameOnTheNextRequest() {
        WebClient coordinator = signedIn(Demo.COORDINATOR);
        Page edit = coordinator.get("/admin/organisation.xhtml?id=3");
        assertThat(edit.status()).isEqualTo(200);
        Page saved = coordinator.submit("org", Map.of("org:name", "Zanzibar Kestrel Family Trust"), "org:submit");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.doc().select(".field-error, .notice-error").text()).as(saved.text()).isBlank();
        Page found = coordinator.get("/search.xhtml?q=kestrel");
        assertThat(titles(found)).contains("Zanzibar Kestrel Family Trust");
        assertThat(found.doc().select("#results a").eachAttr("href")).anyMatch(h -> h.endsWith("/directory/organisation.xhtml?id=3"));
        // its services carry its name too ("Run by …")
        assertThat(found.doc().select("#results .kind").eachText()).contains("Service");
    }

    @Test
    void resultsDownloadAsCsvWithTheSameSearch() {
        WebClient visitor = visitor();
        Page page = search(visitor, "q=club&sort=name");
        HttpResponse<String> csv = visitor.raw("/search.csv?q=club&sort=name");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFtype,name,link,last verified,note,summary");
        assertThat(lines).hasSize((int) count(page) + 1);
        assertThat(lines.get(1)).contains("/directory/");
        assertThat(page.doc().selectFirst("#csv").attr("href")).contains("/search.csv?q=club&sort=name");
        // hostile parameters give a CSV (perhaps empty), never an error
        assertThat(visitor.raw("/search.csv?q=" + enc("' OR 1=1 --") + "&f=" + enc("../../etc:passwd") + "&page=-1")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void suggestionsAreJsonTitlesAsYouType() {
        WebClient visitor = visitor();
        HttpResponse<String> r = visitor.raw("/search/suggest?q=breastf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).startsWith("[").contains("\"title\":\"Breastfeeding Peer Support\"");
        assertThat(visitor.raw("/search/suggest?q=y").body()).isEqualTo("[]");
        assertThat(visitor.raw("/search/suggest").body()).isEqualTo("[]");
        assertThat(visitor.raw("/search/suggest?q=" + enc("<script>alert(1)</script>")).statusCode()).isEqualTo(200);
        assertThat(visitor.raw("/search/suggest?q=" + "a".repeat(5000)).body()).isEqualTo("[]");
        Page page = search(visitor, "");
        assertThat(page.doc().select("script[src*=search-suggest.js]")).hasSize(1);
        assertThat(page.doc().selectFirst("#q").attr("list")).isEqualTo("q-suggestions");
    }

    @Test
    void anAdministratorsSynonymTakesEffectAndBadGroupsAreRefused() {
        WebClient visitor = visitor();
        assertThat(count(search(visitor, "q=zorblax"))).isZero();

        WebClient coordinator = signedIn(Demo.COORDINATOR);
        Page readOnly = coordinator.get("/admin/synonyms.xhtml");
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.text()).contains("send, special educational needs");
        assertThat(readOnly.doc().getElementById("add")).as("co-ordinators may only read").isNull();
        assertThat(signedIn(Demo.MEMBER).get("/admin/synonyms.xhtml").status()).isEqualTo(403);

        WebClient admin = signedIn(Demo.SITE_ADMIN);
        Page page = admin.get("/admin/synonyms.xhtml");
        int groups = page.doc().select("#synonyms tbody tr").size();
        for (String bad : List.of("", "zorblax", "zorblax, <script>alert(1)</script>", "a".repeat(400) + ", b",
                "x'); DROP TABLE search_synonym; --, y", "send, special educational needs")) {
            admin.get("/admin/synonyms.xhtml");
            Page refused = admin.submit("add", Map.of("add:words", bad), "add:submit");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.fieldError("add:words")).as(bad).isNotBlank();
            assertThat(refused.doc().select("#synonyms tbody tr")).hasSize(groups);
        }
        admin.get("/admin/synonyms.xhtml");
        Page added = admin.submit("add", Map.of("add:words", " Zorblax ,  Youth Club "), "add:submit");
        assertThat(added.messages()).contains("Added: Zorblax");
        assertThat(added.doc().select("#synonyms input[type=text]").eachAttr("value")).contains("zorblax, youth club");
        assertThat(titles(search(visitor, "q=zorblax"))).contains("Youth Club");

        // removing it takes it out of use again
        int row = added.doc().select("#synonyms tbody tr input[type=text]").eachAttr("value").indexOf("zorblax, youth club");
        Page removed = admin.submit("groups", Map.of(), "groups:rows:" + row + ":remove");
        assertThat(removed.messages()).contains("Removed");
        assertThat(count(search(visitor, "q=zorblax"))).isZero();
        assertThat(coordinator.get("/admin/audit.xhtml?action=search.synonyms.added").doc().select("#entries tbody tr")).hasSize(1);
    }

    @Test
    void aCoordinatorRebuildsTheIndexAndSeesProgress() throws InterruptedException {
        assertThat(signedIn(Demo.MEMBER).get("/admin/search.xhtml").status()).isEqualTo(403);
        WebClient coordinator = signedIn(Demo.COORDINATOR);
        Page before = coordinator.get("/admin/search.xhtml");
        assertThat(before.status()).isEqualTo(200);
        long documents = Long.parseLong(before.doc().selectFirst("#documents").text());
        assertThat(documents).isPositive();
        Page started = coordinator.submit("rebuild", Map.of(), "rebuild:start");
        assertThat(started.messages()).containsAnyOf("Rebuilding the search index", "already running");
        Page now = started;
        for (int i = 0; i < 60 && now.doc().selectFirst("#progress") != null; i++) {
            assertThat(now.doc().select("meta[http-equiv=refresh]")).hasSize(1);
            Thread.sleep(500);
            now = coordinator.get("/admin/search.xhtml");
        }
        assertThat(now.doc().selectFirst("#progress")).isNull();
        assertThat(Long.parseLong(now.doc().selectFirst("#documents").text())).isEqualTo(documents);
        assertThat(now.doc().selectFirst("#last-rebuild").text()).contains(documents + " listings");
        assertThat(coordinator.get("/admin/audit.xhtml?action=search.rebuild.started").doc().select("#entries tbody tr"))
                .isNotEmpty();
        assertThat(count(search(visitor(), "q=club"))).isPositive();
    }

    @Test
    void hostileOrOddQueriesGiveAPageWithASensibleMessage() {
        WebClient visitor = visitor();
        Map<String, String> cases = new HashMap<>();
        cases.put("", "");
        cases.put("a".repeat(3_000), "first 500 characters");
        cases.put("AND OR NOT", "no words we could look for");
        cases.put("\"unbalanced", "");
        cases.put("*foo", "");
        cases.put("name:x^99~", "");
        cases.put("<script>alert(1)</script>", "");
        cases.put("🧸👶 ñandú café", "");
        cases.put("' OR '1'='1'; DROP TABLE service; --", "");
        cases.put("../../../../etc/passwd", "");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Page p = visitor.get("/search.xhtml?q=" + enc(c.getKey()));
            assertThat(p.status()).as(c.getKey()).isEqualTo(200);
            assertThat(p.doc().selectFirst("#count")).as(c.getKey()).isNotNull();
            assertThat(p.doc().select("script:containsData(alert)")).isEmpty();
            assertThat(p.doc().select("#results b script, #results script")).isEmpty();
            assertThat(p.doc().select("#notes").text()).as(c.getKey()).contains(c.getValue());
        }
        // 10,000 characters (longer than a URL may be; a form post carries it) are cut, not refused
        Page essay = visitor.post("/search.xhtml", Map.of("q", "family support ".repeat(667)));
        assertThat(essay.status()).isEqualTo(200);
        assertThat(essay.doc().select("#notes").text()).contains("first 500 characters");
        // nothing found is said plainly
        assertThat(search(visitor, "q=qwxzvbnm").doc().select("#notes").text()).contains("Nothing matched");
        // odd parameters are ignored, not errors
        for (String q : List.of("f=%00", "f=nocolon", "f=" + enc("district:" + "x".repeat(1000)), "page=-4", "page=99999999999",
                "sort=" + enc("name; DROP TABLE x"), "age=-1", "age=999", "f=" + enc("cost:Free>Free>Free"))) {
            Page p = visitor.get("/search.xhtml?" + q);
            assertThat(p.status()).as(q).isEqualTo(200);
            assertThat(p.doc().selectFirst("#count")).as(q).isNotNull();
        }
        // the home page has a search box leading here
        Page home = visitor.get("/");
        assertThat(home.doc().selectFirst("#home-search").attr("action")).endsWith("/search.xhtml");
    }

    // helpers

    private WebClient visitor() { return new WebClient(base, "203.0.113.50"); }

    private WebClient signedIn(String email) {
        WebClient client = new WebClient(base, "203.0.113.51");
        Demo.signIn(client, email);
        return client;
    }

    private Page follow(WebClient client, String href) {
        String context = base.getPath();
        String rel = href.startsWith(context) ? href.substring(context.length()) : href;
        return client.get(rel.startsWith("/") ? rel : "/" + rel);
    }

    private static Page search(WebClient client, String query) {
        Page p = client.get("/search.xhtml" + (query.isEmpty() ? "" : "?" + query));
        assertThat(p.status()).as(query).isEqualTo(200);
        return p;
    }

    private static List<String> titles(Page p) { return p.doc().select("#results h3 a").eachText(); }

    private static long count(Page p) {
        String text = p.doc().selectFirst("#count").text();
        return Long.parseLong(text.replaceAll("^(\\d+).*", "$1"));
    }

    private static Element facetValue(Page p, String dimension, String label) {
        return p.doc().select("#facet-" + dimension + " a").stream().filter(a -> a.text().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + dimension + ": " + p.text()));
    }

    private static int countIn(Element a) {
        return Integer.parseInt(a.selectFirst(".count").text().replaceAll("[()]", ""));
    }

    private static List<String> csvLines(WebClient client, String rawQuery) {
        HttpResponse<String> r = client.raw("/search.csv" + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().lines().toList();
    }

    private static Set<String> links(List<String> csv) {
        return csv.stream().skip(1).map(l -> java.util.Arrays.stream(l.split(",")).filter(c -> c.contains("/directory/"))
                .findFirst().orElse("")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
