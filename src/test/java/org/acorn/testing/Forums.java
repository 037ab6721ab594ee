package org.acorn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The forum as each reader sees it, and what each demo model's forum must show: checked by the IT deploying it. */
public final class Forums {

    private Forums() { }

    /** Category name → id, as listed on the forum's front page for this reader. */
    public static Map<String, Long> categories(WebClient.Page index) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Element a : index.doc().select("#categories a.category-name")) {
            out.put(a.text(), Long.valueOf(a.attr("href").replaceAll(".*id=(\\d+).*", "$1")));
        }
        return out;
    }

    /** Titles of the site search's results for this reader. */
    public static List<String> searchTitles(WebClient c, String q) {
        return c.get("/search.xhtml?q=" + q).doc().select("#results li.result h3").eachText();
    }

    /**
     * A demo model's forum: visitors read the public questions only; members the theme categories but neither the
     * body's invited list nor the staff room; the demo representative (on the list) reads the body's category and
     * finds its report-back through site search, which a member does not.
     */
    public static void checkDemo(URL base, List<String> memberCategories, String bodyCategory) {
        WebClient visitor = new WebClient(base, "192.0.2.201");
        assertThat(categories(visitor.get("/forum/index.xhtml")).keySet()).containsExactly("Ask the network");
        WebClient member = new WebClient(base, "192.0.2.202");
        Demo.signIn(member, Demo.MEMBER);
        Map<String, Long> mine = categories(member.get("/forum/index.xhtml"));
        assertThat(mine).containsKeys(memberCategories.toArray(String[]::new)).doesNotContainKeys(bodyCategory, "Staff room");
        WebClient rep = new WebClient(base, "192.0.2.203");
        Demo.signIn(rep, Demo.REPRESENTATIVE);
        assertThat(categories(rep.get("/forum/index.xhtml"))).containsKey(bodyCategory).doesNotContainKey("Staff room");
        assertThat(searchTitles(rep, "trust+board")).contains("Report back: trust board, last Tuesday");
        assertThat(searchTitles(member, "trust+board")).doesNotContain("Report back: trust board, last Tuesday");
    }
}
