package org.acorn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;

/** What each demo model's representation looks like from outside: checked by the IT that deploys that model. */
public final class Representation {

    private Representation() { }

    /** The body is listed and has a page; returns that page. */
    public static WebClient.Page body(WebClient visitor, String name) {
        WebClient.Page index = visitor.get("/representation/index.xhtml");
        Element link = index.doc().select("#bodies td.body-name a").stream().filter(a -> a.text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed: " + index.doc().select("#bodies").text()));
        return visitor.get(link.attr("href"));
    }

    /** The first election whose title starts so has been counted and published, with its turnout and the count. */
    public static WebClient.Page countedElection(WebClient visitor, String titleStart) {
        WebClient.Page elections = visitor.get("/representation/elections.xhtml");
        Element link = elections.doc().select("#elections a").stream().filter(a -> a.text().startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError(titleStart + " not listed"));
        WebClient.Page election = visitor.get(link.attr("href"));
        assertThat(election.doc().select("p.turnout").text()).containsPattern("Turnout: \\d+ of \\d+ organisations");
        assertThat(election.doc().select("pre.count-report").text()).isNotBlank();
        return election;
    }

    /** The role page of the body's seat with this name, as linked from the body's page. */
    public static WebClient.Page seat(WebClient visitor, WebClient.Page body, String seatName) {
        Element link = body.doc().select("a").stream().filter(a -> a.text().equals(seatName)).findFirst()
                .orElseThrow(() -> new AssertionError(seatName + " not on " + body.uri()));
        return visitor.get(link.attr("href"));
    }
}
