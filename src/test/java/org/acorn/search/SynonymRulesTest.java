package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymRulesTest {

    @Test
    void aGroupIsNormalised() {
        SynonymRules.Checked c = SynonymRules.check("  SEND ,  Special   educational needs,send ");
        assertThat(c.ok()).isTrue();
        assertThat(c.words()).isEqualTo("send, special educational needs");
        assertThat(SynonymRules.check("parents' group, carers’ group").words()).isEqualTo("parents' group, carers’ group");
    }

    @Test
    void badGroupsAreRefusedWithAReason() {
        assertThat(SynonymRules.check(null).error()).contains("two or more");
        assertThat(SynonymRules.check("   ").error()).contains("two or more");
        assertThat(SynonymRules.check("send").error()).contains("two or more different");
        assertThat(SynonymRules.check("send, SEND").error()).contains("two or more different");
        assertThat(SynonymRules.check("a => b").error()).contains("Use only letters");
        assertThat(SynonymRules.check("x, <script>alert(1)</script>").error()).contains("Use only letters");
        assertThat(SynonymRules.check("x'); DROP TABLE search_synonym; --, y").error()).contains("Use only letters");
        assertThat(SynonymRules.check("a".repeat(301) + ", b").error()).contains("under 300");
        assertThat(SynonymRules.check("a".repeat(61) + ", b").error()).contains("each word or phrase");
        assertThat(SynonymRules.check("a, b, c, d, e, f, g, h, i, j, k").error()).contains("10 terms");
        assertThat(SynonymRules.check("send, -- ''").error()).contains("letter or number");
        assertThat(SynonymRules.check("send\u0000, x").error()).contains("Use only letters");
    }

    @Test
    void acceptedGroupsWorkInTheAnalyzer() {
        String words = SynonymRules.check("Café, coffee morning").words();
        assertThat(SiteAnalyzer.withSynonyms(java.util.List.of(words)).rejectedLines()).isEmpty();
    }
}
