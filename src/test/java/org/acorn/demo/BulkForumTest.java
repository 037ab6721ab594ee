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

/** The benchmark forum, written into a freshly migrated H2 in MySQL mode as the portal runs it. */
class BulkForumTest {

    @Test
    void writesTopicsPostsAndOneTwoHundredReplyTopicWithConsistentNumbers() throws SQLException {
        String url = "jdbc:h2:mem:bulkforum" + UUID.randomUUID().toString().substring(0, 8)
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= 5; i++) {
                    s.executeUpdate("insert into account (email, display_name, status, created_at, version) values ('p" + i
                            + "@example.org', 'Person " + i + "', 'ACTIVE', current_timestamp, 0)");
                }
            }
            BulkForum.Filled filled = BulkForum.fill(c, 500, 5_000, 3, Instant.parse("2026-11-23T10:00:00Z"));

            assertThat(filled.topics()).isEqualTo(500);
            assertThat(count(c, "select count(*) from forum_topic where category_id = " + filled.categoryId())).isEqualTo(500);
            assertThat(count(c, "select count(*) from forum_post")).isEqualTo(filled.posts()).isBetween(4_000, 6_500);
            assertThat(count(c, "select count(*) from forum_post where topic_id = " + filled.bigTopicId())).isEqualTo(201);
            assertThat(count(c, "select count(*) from forum_topic t where t.last_post_number <> (select max(p.post_number)"
                    + " from forum_post p where p.topic_id = t.id)")).as("topics whose numbering disagrees").isZero();
            assertThat(count(c, "select count(*) from forum_topic t where t.reply_count + 1 <> (select count(*)"
                    + " from forum_post p where p.topic_id = t.id)")).as("reply counts").isZero();
            assertThat(count(c, "select post_count from forum_category where id = " + filled.categoryId())).isEqualTo(filled.posts());
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
