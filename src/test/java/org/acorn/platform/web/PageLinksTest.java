package org.acorn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void pageNumbersThatAreNotSensibleArePageOne() {
        assertThat(PageLinks.number("3")).isEqualTo(3);
        assertThat(PageLinks.number(" 12 ")).isEqualTo(12);
        for (String bad : new String[] {null, "", "0", "-1", "two", "1.5", "1e3", "99999999999", "1 OR 1=1"}) {
            assertThat(PageLinks.number(bad)).as(String.valueOf(bad)).isEqualTo(1);
        }
    }

    @Test
    void linksKeepNonEmptyParametersEncoded() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", "<script> & 'x'");
        p.put("action", "");
        p.put("type", null);
        p.put("page", 2);
        assertThat(PageLinks.url("/admin/audit.xhtml", p))
                .isEqualTo("/admin/audit.xhtml?q=%3Cscript%3E+%26+%27x%27&page=2");
        assertThat(PageLinks.url("/admin/audit.xhtml", Map.of())).isEqualTo("/admin/audit.xhtml");
    }
}
