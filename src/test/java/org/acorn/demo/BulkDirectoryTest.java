package org.acorn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The benchmark directory, written into a freshly migrated H2 in MySQL mode as the portal runs it. */
class BulkDirectoryTest {

    @Test
    void writesTheAskedNumbersWithLocationsTermsAndDistricts() throws SQLException {
        String url = "jdbc:h2:mem:bulk" + UUID.randomUUID().toString().substring(0, 8)
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            BulkDirectory.Filled filled = BulkDirectory.fill(c, "group", 300, 1_000, 7, Instant.parse("2026-11-23T10:00:00Z"));

            assertThat(filled).isEqualTo(new BulkDirectory.Filled(300, 1_000));
            assertThat(count(c, "select count(*) from organisation where membership_status = 'MEMBER'")).isEqualTo(300);
            assertThat(count(c, "select count(*) from service")).isEqualTo(1_000);
            assertThat(count(c, "select count(distinct service_id) from service_location")).isEqualTo(1_000);
            assertThat(count(c, "select count(*) from service s where not exists"
                    + " (select 1 from service_term t where t.service_id = s.id)")).as("services without terms").isZero();
            assertThat(count(c, "select count(*) from district")).as("the Group's eight districts").isEqualTo(8);
            assertThat(count(c, "select count(distinct organisation_id) from service"))
                    .as("services spread over most organisations").isGreaterThan(250);
            assertThat(count(c, "select count(*) from service where status = 'CLOSED'")).as("some closed, as in life")
                    .isBetween(20, 120);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
