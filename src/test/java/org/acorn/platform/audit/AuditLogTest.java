package org.acorn.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void nothingChangedSaysSo() {
        assertThat(AuditLog.changes(Map.of("name", "A"), Map.of("name", "A"))).isEqualTo("no change");
        assertThat(AuditLog.changes(Map.of(), Map.of())).isEqualTo("no change");
    }

    @Test
    void eachChangedFieldIsListedBeforeAndAfterInAlphabeticalOrder() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("website", "http://old.example");
        before.put("name", "Hope Street");
        before.put("countyWide", false);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("website", "https://new.example");
        after.put("name", "Hope Street");
        after.put("countyWide", true);
        assertThat(AuditLog.changes(before, after))
                .isEqualTo("countyWide: \"false\" → \"true\"; website: \"http://old.example\" → \"https://new.example\"");
    }

    @Test
    void emptyAndMissingValuesShowAsEmpty() {
        Map<String, Object> before = new HashMap<>();
        before.put("phone", null);
        before.put("email", "");
        before.put("gone", "was here");
        Map<String, Object> after = new HashMap<>();
        after.put("phone", "0123");
        after.put("email", null);
        after.put("added", "new");
        assertThat(AuditLog.changes(before, after))
                .isEqualTo("added: (empty) → \"new\"; gone: \"was here\" → (empty); phone: (empty) → \"0123\"");
    }

    @Test
    void longValuesAreShownByTheirStart() {
        String before = "a".repeat(5_000);
        String after = "b".repeat(5_000);
        assertThat(AuditLog.changes(Map.of("description", before), Map.of("description", after)))
                .isEqualTo("description: \"" + "a".repeat(300) + "…\" → \"" + "b".repeat(300) + "…\"");
    }
}
