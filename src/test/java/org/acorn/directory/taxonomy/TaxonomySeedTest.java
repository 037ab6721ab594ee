package org.acorn.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The V2 migration applied by Flyway to an in-memory H2 in MySQL mode, as the portal runs it. */
class TaxonomySeedTest {

    static final String URL = "jdbc:h2:mem:seed" + UUID.randomUUID().toString().substring(0, 8)
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    static Connection db;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(URL, "sa", "");
    }

    @AfterAll
    static void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void everyChildMattersHasFiveOutcomesWithTheirNumberedIndicators() throws SQLException {
        assertThat(column("select t.label from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id"
                + " where x.code = 'ecm' and t.parent_id is null order by t.sort_order"))
                .containsExactly("Be healthy", "Stay safe", "Enjoy and achieve", "Make a positive contribution",
                        "Achieve economic well-being");
        // 6 + 8 + 8 + 7 + 7 indicators, each under the outcome its number names
        assertThat(column("select c.code from taxonomy_term c join taxonomy_term p on p.id = c.parent_id"
                + " join taxonomy x on x.id = c.taxonomy_id where x.code = 'ecm'"
                + " and c.code like concat(p.code, '.%')")).hasSize(36).contains("1.1", "2.8", "3.6", "4.7", "5.7");
        assertThat(column("select label from taxonomy_term where code = '1.5'"))
                .containsExactly("Looked after children's health needs are addressed");
    }

    @Test
    void serviceTypesFollowTheCodingSchedulesHierarchy() throws SQLException {
        assertThat(column("select concat(g.code, '>', p.code, '>', c.code) from taxonomy_term c"
                + " join taxonomy_term p on p.id = c.parent_id join taxonomy_term g on g.id = p.parent_id"
                + " join taxonomy x on x.id = c.taxonomy_id where x.code = 'service_type' order by c.code"))
                .containsExactly("1>12>121", "1>12>122", "1>12>123", "1>12>124", "1>13>131", "1>14>141", "1>14>142",
                        "1>14>143", "1>14>144", "2>24>241", "2>24>242", "2>24>243");
        assertThat(column("select t.label from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id"
                + " where x.code = 'service_type' and t.parent_id is null order by t.sort_order"))
                .containsExactly("Social", "Health", "Education and youth", "Housing", "Information or signposting", "Other");
    }

    @Test
    void theOtherVocabulariesAreSeeded() throws SQLException {
        assertThat(codes("level_of_need")).containsExactly("universal", "targeted", "specialist");
        assertThat(codes("access_route")).containsExactly("self_referral", "professional_referral", "drop_in");
        assertThat(codes("target_group")).contains("parents", "fathers", "mothers", "young_parents", "lone_parents",
                "carers", "bme_families", "grt_families", "refugees", "parents_disabled_children", "looked_after");
        assertThat(codes("delivery")).as("headings").containsExactly("when", "who", "kind", "format");
        assertThat(column("select t.code from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id"
                + " where x.code = 'delivery' and t.parent_id is not null")).containsExactlyInAnyOrder("prevention", "crisis", "open_access", "targeted", "therapeutic",
                "educational", "social", "practical", "group", "one_to_one", "outreach", "home_visits", "drop_in",
                "helpline", "online");
    }

    @Test
    void termsAddedLaterTakeIdsAfterTheSeededOnes() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into taxonomy_term (taxonomy_id, code, label, sort_order)"
                    + " values (3, 'kinship_carers', 'Kinship carers', 99)");
        }
        assertThat(column("select cast(id as varchar(20)) from taxonomy_term where code = 'kinship_carers'"))
                .containsExactly(String.valueOf(seededTermCount() + 1));
    }

    private long seededTermCount() throws SQLException {
        return Long.parseLong(column("select cast(count(*) as varchar(20)) from taxonomy_term"
                + " where code <> 'kinship_carers'").get(0));
    }

    private List<String> codes(String taxonomy) throws SQLException {
        return column("select t.code from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id where x.code = '"
                + taxonomy + "' and t.parent_id is null order by t.sort_order");
    }

    static List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
