package org.acorn.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ForumMemberTest {

    static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void newSinceYourLastVisitStaysPutWhileYouReadAroundAndMovesOnTheNextVisit() {
        ForumMember m = new ForumMember(1L);
        m.seen(T);
        assertThat(m.getPreviousVisitAt()).isEqualTo(T);
        m.seen(T.plus(Duration.ofMinutes(10)));
        m.seen(T.plus(Duration.ofMinutes(25)));
        assertThat(m.getPreviousVisitAt()).as("same visit").isEqualTo(T);
        Instant lastSeen = m.getLastVisitAt();
        m.seen(T.plus(Duration.ofHours(5)));
        assertThat(m.getPreviousVisitAt()).as("a new visit starts from where the last one ended").isEqualTo(lastSeen);
        assertThat(m.getLastVisitAt()).isEqualTo(T.plus(Duration.ofHours(5)));
    }

    @Test
    void topicListCursorsRoundTripAndNonsenseIsTheFirstPage() {
        Forum.Cursor c = new Forum.Cursor(Instant.parse("2026-11-23T09:00:00.123456Z"), 42L);
        assertThat(Forum.Cursor.parse(c.toString())).isEqualTo(c);
        for (String bad : new String[] {null, "", "abc", "1_2_3", "9".repeat(80), "1.2_x", "1.5_-3"}) {
            assertThat(Forum.Cursor.parse(bad)).as(String.valueOf(bad)).isNull();
        }
        assertThat(Forum.pageOf(1)).isEqualTo(1);
        assertThat(Forum.pageOf(50)).isEqualTo(1);
        assertThat(Forum.pageOf(51)).isEqualTo(2);
        assertThat(Forum.pageOf(201)).isEqualTo(5);
    }
}
