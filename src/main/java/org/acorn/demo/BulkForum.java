package org.acorn.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.acorn.forum.ForumText;

/**
 * Fills a migrated database (with some accounts, e.g. after {@link BulkDirectory} and the demo) with one large forum
 * category for benchmarks: N topics and about M posts in all, one of them a 200-reply topic, written with JDBC
 * batches. Post HTML is rendered as the forum would (a handful of distinct bodies, rendered once). Deterministic
 * for a seed. Search indexing is left to the portal's rebuild.
 */
public final class BulkForum {

    private static final int BATCH = 1_000;
    private static final String[] OPENINGS = {
            "Has anyone found a good way to run **evening sessions** with volunteers only?",
            "We are looking for partners for the family support tender. Interested?\n\n- two districts\n- three years",
            "Our safeguarding policy is due for review. Does anyone have a short template?",
            "Minibus available on Wednesdays in August: get in touch.",
            "> quoting the last meeting\n\nWhat did the trust board decide about early help?"};
    private static final String[] REPLIES = {"Yes, we do this: happy to share how.", "Thanks, that's really useful.",
            "We had the same problem last year. The development officers helped a lot.",
            "Could we talk about this at the next locality forum?", "+1, we would be interested too."};

    private BulkForum() { }

    /** What was written: the category, counts, and the id of the 200-reply topic. */
    public record Filled(long categoryId, int topics, int posts, long bigTopicId) { }

    public static Filled fill(Connection c, int topics, int posts, long seed, Instant now) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Random random = new Random(seed);
            List<Long> authors = authors(c);
            if (authors.isEmpty()) throw new IllegalStateException("no accounts to post as: load the demo first");
            long category = category(c, now);
            String[] openHtml = new String[OPENINGS.length];
            String[] replyHtml = new String[REPLIES.length];
            for (int i = 0; i < OPENINGS.length; i++) openHtml[i] = ForumText.html(OPENINGS[i]);
            for (int i = 0; i < REPLIES.length; i++) replyHtml[i] = ForumText.html(REPLIES[i]);
            int perTopic = Math.max(1, posts / Math.max(1, topics));
            int written = 0;
            long big = -1;
            try (PreparedStatement topic = c.prepareStatement("insert into forum_topic (category_id, title, author_id, status, pinned,"
                    + " locked, reply_count, last_post_number, last_post_at, last_poster_id, created_at, version)"
                    + " values (?, ?, ?, 'OPEN', false, false, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement post = c.prepareStatement("insert into forum_post (topic_id, post_number, author_id, body,"
                         + " body_html, status, created_at, edit_count, version) values (?, ?, ?, ?, ?, 'PUBLISHED', ?, 0, 1)")) {
                for (int done = 0; done < topics; ) {
                    int n = Math.min(BATCH / 10, topics - done);
                    int[] counts = new int[n];
                    Instant[] starts = new Instant[n];
                    long[] starters = new long[n];
                    for (int i = 0; i < n; i++) {
                        boolean isBig = done + i == 0;
                        counts[i] = isBig ? 201 : 1 + random.nextInt(perTopic * 2);
                        starts[i] = now.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 365)));
                        starters[i] = authors.get(random.nextInt(authors.size()));
                        Instant last = starts[i].plus(Duration.ofMinutes(counts[i] * 7L));
                        topic.setLong(1, category);
                        topic.setString(2, (isBig ? "Big thread: " : "") + "Bench topic " + (done + i + 1) + ": "
                                + OPENINGS[(done + i) % OPENINGS.length].replaceAll("[*>\\n-]", " ").strip());
                        topic.setLong(3, starters[i]);
                        topic.setInt(4, counts[i] - 1);
                        topic.setInt(5, counts[i]);
                        topic.setTimestamp(6, Timestamp.from(last.isAfter(now) ? now : last));
                        topic.setLong(7, authors.get(random.nextInt(authors.size())));
                        topic.setTimestamp(8, Timestamp.from(starts[i]));
                        topic.addBatch();
                    }
                    topic.executeBatch();
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet keys = topic.getGeneratedKeys()) {
                        while (keys.next()) ids.add(keys.getLong(1));
                    }
                    if (done == 0) big = ids.get(0);
                    int pending = 0;
                    for (int i = 0; i < n; i++) {
                        for (int k = 1; k <= counts[i]; k++) {
                            boolean opening = k == 1;
                            int pick = random.nextInt(opening ? OPENINGS.length : REPLIES.length);
                            Instant at = starts[i].plus(Duration.ofMinutes((k - 1) * 7L));
                            post.setLong(1, ids.get(i));
                            post.setInt(2, k);
                            post.setLong(3, opening ? starters[i] : authors.get(random.nextInt(authors.size())));
                            post.setString(4, opening ? OPENINGS[pick] : REPLIES[pick]);
                            post.setString(5, opening ? openHtml[pick] : replyHtml[pick]);
                            post.setTimestamp(6, Timestamp.from(at.isAfter(now) ? now : at));
                            post.addBatch();
                            written++;
                            if (++pending == BATCH) {
                                post.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                    if (pending > 0) post.executeBatch();
                    c.commit();
                    done += n;
                }
            }
            try (PreparedStatement counts = c.prepareStatement("update forum_category set topic_count = ?, post_count = ?,"
                    + " last_post_at = ? where id = ?")) {
                counts.setInt(1, topics);
                counts.setInt(2, written);
                counts.setTimestamp(3, Timestamp.from(now));
                counts.setLong(4, category);
                counts.executeUpdate();
            }
            c.commit();
            return new Filled(category, topics, written, big);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static List<Long> authors(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id from account where status = 'ACTIVE' order by id limit 500")) {
            while (r.next()) ids.add(r.getLong(1));
        }
        return ids;
    }

    private static long category(Connection c, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into forum_category (name, description, kind, visibility, sort_order,"
                + " topic_count, post_count, created_at, version) values (?, ?, 'THEME', 'MEMBERS', 5, 0, 0, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "Bench: joint working (bulk " + now.getEpochSecond() + ")");
            p.setString(2, "Generated for benchmarks by BulkForum.");
            p.setTimestamp(3, Timestamp.from(now));
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }
}
