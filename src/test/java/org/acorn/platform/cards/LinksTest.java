package org.acorn.platform.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static RecordCards source(String code, String page) {
        return new RecordCards() {
            @Override public String code() { return code; }
            @Override public String page() { return page; }
            @Override public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) { return Map.of(); }
        };
    }

    private final Links links = new Links(List.of(source("o", "/directory/organisation.xhtml"),
            source("s", "/directory/service.xhtml"), source("m", "/meetings/meeting.xhtml")));

    @Test
    void linksToKnownPagesBecomeReferencesInOrderWithoutRepeats() {
        String text = "See /directory/service.xhtml?id=42 and http://portal.example/directory/organisation.xhtml?id=7,"
                + " [the meeting](https://acorn.example/meetings/meeting.xhtml?id=3) and /directory/service.xhtml?id=42 again";
        assertThat(links.refs(text, 5)).isEqualTo("s42,o7,m3");
        assertThat(links.refs(text, 2)).isEqualTo("s42,o7");
    }

    @Test
    void otherPagesLookalikesAndHostileTextAreNotReferences() {
        assertThat(links.refs(null, 5)).isNull();
        assertThat(links.refs("/directory/serviceXxhtml?id=4 /directory/service.xhtml?id=abc /elsewhere.xhtml?id=9", 5)).isNull();
        assertThat(links.refs("/directory/service.xhtml?id=" + "9".repeat(30), 5)).as("no id of 30 digits").isNull();
        assertThat(new Links(List.of()).refs("/directory/service.xhtml?id=1", 5)).isNull();
    }

    @Test
    void storedReferencesAreGroupedByKindAndMalformedOnesDropped() {
        assertThat(Links.byCode(List.of("o12", "s40", "o3", "x", "O1", "s", "s1'--", "o" + "1".repeat(30))))
                .containsExactly(Map.entry("o", Set.of(12L, 3L)), Map.entry("s", Set.of(40L)));
    }

    @Test
    void aLongDetailIsShortened() {
        assertThat(new RecordCard("Service", 1L, "n", "x".repeat(500), "/u").detail()).hasSize(160).endsWith("…");
        assertThat(new RecordCard("Service", 1L, "n", null, "/u").detail()).isEmpty();
    }
}
