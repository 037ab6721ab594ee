package org.acorn.directory.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static ListQuery q(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        return ListQuery.of(m, ListQuery.SERVICE_FILTERS);
    }

    private static void refused(String message, String... pairs) {
        assertThatThrownBy(() -> q(pairs).serviceFilter()).isInstanceOf(ApiProblem.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(400));
    }

    @Test
    void pagingDefaultsAndBounds() {
        assertThat(q().paging()).isEqualTo(new ListQuery.Paging(1, 50));
        assertThat(q("page", "3", "per_page", "200").paging()).isEqualTo(new ListQuery.Paging(3, 200));
        assertThat(new ListQuery.Paging(3, 20).offset()).isEqualTo(40);
        for (String bad : List.of("0", "-1", "abc", "1.5", "99999999999", " ")) {
            if (bad.isBlank()) continue;
            assertThatThrownBy(() -> q("page", bad).paging()).isInstanceOf(ApiProblem.class).hasMessageContaining("page");
        }
        assertThatThrownBy(() -> q("per_page", "201").paging()).hasMessageContaining("per_page must be from 1 to 200");
        assertThatThrownBy(() -> q("per_page", "0").paging()).isInstanceOf(ApiProblem.class);
    }

    @Test
    void unknownRepeatedAndOversizedParametersAreRefused() {
        assertThatThrownBy(() -> q("colour", "red")).hasMessageContaining("Unknown parameter \"colour\"")
                .hasMessageContaining("taxonomy_term_id");
        assertThatThrownBy(() -> q("page", "1", "page", "2")).hasMessageContaining("once");
        assertThatThrownBy(() -> q("search", "x".repeat(201))).hasMessageContaining("too long");
        assertThatThrownBy(() -> q("<script>alert(1)</script>", "1")).hasMessageNotContaining("<script>");
        assertThatThrownBy(() -> ListQuery.of(Map.of("search", List.of("x")), ListQuery.PAGING)).hasMessageContaining("search");
    }

    @Test
    void filtersAreParsed() {
        ListQuery.ServiceFilter f = q("search", " youth ", "taxonomy_term_id", "3f7b145d-84af-42d7-8fae-eaca714b02b2",
                "age", "7", "minimum_age", "0", "maximum_age", "19", "modified_after", "2025-01-31",
                "postcode", "de43ag", "proximity", "5000").serviceFilter();
        assertThat(f.search()).isEqualTo("youth");
        assertThat(f.termId()).hasToString("3f7b145d-84af-42d7-8fae-eaca714b02b2");
        assertThat(f.age()).isEqualTo(7);
        assertThat(f.modifiedAfter()).isEqualTo(Instant.parse("2025-01-31T00:00:00Z"));
        assertThat(f.postcode()).isEqualTo("DE4 3AG");
        assertThat(f.proximityMetres()).isEqualTo(5000);
        assertThat(q("modified_after", "2025-01-31T10:15:00+01:00").serviceFilter().modifiedAfter())
                .isEqualTo(Instant.parse("2025-01-31T09:15:00Z"));
        assertThat(q("postcode", "db3").serviceFilter().postcode()).isEqualTo("DB3");
    }

    @Test
    void badFilterValuesAreRefused() {
        refused("taxonomy_term_id must be a UUID", "taxonomy_term_id", "1");
        refused("taxonomy_term_id must be a UUID", "taxonomy_term_id", "1-1-1-1-1");
        refused("age must be", "age", "-3");
        refused("age must be", "age", "200");
        refused("minimum_age cannot be above maximum_age", "minimum_age", "10", "maximum_age", "5");
        refused("modified_after must be an ISO 8601", "modified_after", "yesterday");
        refused("postcode must be a UK postcode", "postcode", "'; DROP TABLE service; --");
        refused("postcode must be a UK postcode", "postcode", "../../etc/passwd");
        refused("proximity needs a postcode", "proximity", "1000");
        refused("proximity must be", "postcode", "DE4 3AG", "proximity", "0");
    }
}
