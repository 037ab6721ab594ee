package org.acorn.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.acorn.search.SearchRequest;
import org.acorn.search.Visibility;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    static SearchParameters of(Map<String, String[]> m) { return SearchParameters.of(m); }

    @Test
    void readsTheUrlAndWritesItBack() {
        SearchParameters p = of(Map.of("q", new String[] {"youth club"}, "f", new String[] {"cost:Free", "outcome:Be healthy>Healthy lifestyles"},
                "age", new String[] {" 7 "}, "sort", new String[] {"name"}, "page", new String[] {"2"}));
        assertThat(p.ageValue()).isEqualTo(7);
        assertThat(p.order()).isEqualTo(SearchRequest.Order.NAME);
        assertThat(p.chosen()).containsEntry("cost", List.of(List.of("Free")))
                .containsEntry("outcome", List.of(List.of("Be healthy", "Healthy lifestyles")));
        assertThat(p.url("/search.xhtml")).isEqualTo(
                "/search.xhtml?q=youth+club&f=cost%3AFree&f=outcome%3ABe+healthy%3EHealthy+lifestyles&age=7&sort=name&page=2");
        SearchRequest r = p.request(Visibility.forVisitor(), p.page(), 20).build();
        assertThat(r.page()).isEqualTo(2);
        assertThat(r.ranges()).hasSize(1);
        assertThat(r.facetFilters()).containsKey("outcome");
    }

    @Test
    void oddValuesAreDroppedNotRefused() {
        SearchParameters p = of(Map.of("f", new String[] {"", "nocolon", ":x", "x:", "d:" + "y".repeat(500)},
                "age", new String[] {"seven"}, "sort", new String[] {"drop table"}, "page", new String[] {"-3"}));
        assertThat(p.chosen()).isEmpty();
        assertThat(p.ageValue()).isNull();
        assertThat(p.ageInvalid()).isTrue();
        assertThat(p.order()).isEqualTo(SearchRequest.Order.RELEVANCE);
        assertThat(p.page()).isEqualTo(1);
        assertThat(of(Map.of("age", new String[] {"26"})).ageValue()).as("beyond children's services").isNull();
        assertThat(of(Map.of()).url("/search.xhtml")).isEqualTo("/search.xhtml");
        assertThat(of(Map.of("q", new String[] {"x".repeat(900)})).textCut()).isTrue();
    }

    @Test
    void choosingAValueReplacesItsAncestorAndClearingRemovesTheDimension() {
        SearchParameters p = new SearchParameters("", List.of("outcome:Be healthy", "cost:Free"), "", "", 3);
        SearchParameters child = p.toggled("outcome", List.of("Be healthy", "Mental health"));
        assertThat(child.f()).containsExactly("cost:Free", "outcome:Be healthy>Mental health");
        assertThat(child.page()).as("a new choice starts at page 1").isEqualTo(1);
        assertThat(child.toggled("outcome", List.of("Be healthy")).f()).containsExactly("cost:Free", "outcome:Be healthy");
        assertThat(p.toggled("cost", List.of("Free")).f()).containsExactly("outcome:Be healthy");
        assertThat(p.toggled("district", List.of("Northtown")).f()).containsExactly("outcome:Be healthy", "cost:Free", "district:Northtown");
        assertThat(p.cleared("outcome").f()).containsExactly("cost:Free");
    }
}
