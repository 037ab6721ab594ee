package org.acorn.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.acorn.platform.web.Csv;
import org.junit.jupiter.api.Test;

class AuditCsvServletTest {

    @Test
    void headersAreInTheAgreedOrder() {
        assertThat(Csv.row(AuditCsvServlet.HEADERS))
                .isEqualTo("when,actor,action,target type,target id,target,on behalf of,detail\r\n");
    }

    @Test
    void aRowIsUkTimeThenTheEntrysFieldsWithHostileTextNeutralised() {
        AuditEntry e = new AuditEntry(Instant.parse("2026-07-01T09:30:05Z"), 7L, "=cmd|' /C calc'!A0", "role.granted",
                "account", 42L, "Carter, Sam <sam@example.org>", null, "Representative");
        assertThat(Csv.row(AuditCsvServlet.row(e))).isEqualTo("2026-07-01 10:30:05,'=cmd|' /C calc'!A0,role.granted,"
                + "account,42,\"Carter, Sam <sam@example.org>\",,Representative\r\n");
    }
}
