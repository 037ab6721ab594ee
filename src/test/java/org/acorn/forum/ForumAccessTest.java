package org.acorn.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForumAccessTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final ForumReader VISITOR = ForumReader.VISITOR;
    static final ForumReader MEMBER_IN_3 = reader(10L, true, false, false, 100L, Set.of(3L), false, Set.of(), false, Set.of());
    static final ForumReader MEMBER_IN_4 = reader(11L, true, false, false, 101L, Set.of(4L), false, Set.of(), false, Set.of());
    static final ForumReader COUNTY_WIDE = reader(12L, true, false, false, 102L, Set.of(), true, Set.of(), false, Set.of());
    static final ForumReader NO_ORG = reader(13L, false, false, false, null, Set.of(), false, Set.of(), false, Set.of());
    static final ForumReader STAFF = reader(14L, false, true, true, null, Set.of(), false, Set.of(), false, Set.of());
    static final ForumReader ON_LIST = reader(15L, true, false, false, 103L, Set.of(), false, Set.of(7L), false, Set.of());
    static final ForumReader MODERATOR_OF_1 = reader(16L, true, false, false, 104L, Set.of(), false, Set.of(), false, Set.of(1L));

    static ForumReader reader(Long id, boolean member, boolean staff, boolean manager, Long org, Set<Long> districts,
                              boolean countyWide, Set<Long> lists, boolean all, Set<Long> moderated) {
        return new ForumReader(id, member, staff, manager, org, districts, countyWide, lists, all, moderated);
    }

    static ForumCategory category(long id, CategoryVisibility v, Audience a, Long district) {
        ForumCategory c = new ForumCategory("c" + id, ForumCategory.Kind.THEME, v, NOW);
        c.setAccess(v, a, district);
        set(c, "id", id);
        return c;
    }

    static void set(Object o, String field, Object value) {
        try {
            Field f = o.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(o, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static final ForumCategory PUBLIC = category(1, CategoryVisibility.PUBLIC, null, null);
    static final ForumCategory MEMBERS = category(2, CategoryVisibility.MEMBERS, null, null);
    static final ForumCategory DISTRICT_3 = category(3, CategoryVisibility.GROUP, Audience.DISTRICT, 3L);
    static final ForumCategory STAFF_ROOM = category(5, CategoryVisibility.GROUP, Audience.STAFF, null);
    static final ForumCategory BODY = category(7, CategoryVisibility.GROUP, Audience.LIST, null);

    @Test
    void visitorsReadOnlyPublicCategoriesAndPostNowhere() {
        assertThat(ForumAccess.mayRead(VISITOR, PUBLIC)).isTrue();
        assertThat(ForumAccess.mayStartTopic(VISITOR, PUBLIC)).isFalse();
        for (ForumCategory c : new ForumCategory[] {MEMBERS, DISTRICT_3, STAFF_ROOM, BODY}) {
            assertThat(ForumAccess.mayRead(VISITOR, c)).as(c.getName()).isFalse();
        }
    }

    @Test
    void anyoneSignedInMayAskInThePublicAreaButOnlyMembersReadMembersCategories() {
        assertThat(ForumAccess.mayStartTopic(NO_ORG, PUBLIC)).isTrue();
        assertThat(ForumAccess.mayRead(NO_ORG, MEMBERS)).isFalse();
        assertThat(ForumAccess.mayStartTopic(MEMBER_IN_3, MEMBERS)).isTrue();
    }

    @Test
    void districtForumsAreForThatDistrictsMembersAndCountyWideOrganisations() {
        assertThat(ForumAccess.mayRead(MEMBER_IN_3, DISTRICT_3)).isTrue();
        assertThat(ForumAccess.mayRead(MEMBER_IN_4, DISTRICT_3)).isFalse();
        assertThat(ForumAccess.mayRead(COUNTY_WIDE, DISTRICT_3)).isTrue();
        assertThat(ForumAccess.mayRead(NO_ORG, DISTRICT_3)).isFalse();
        assertThat(ForumAccess.mayRead(STAFF, DISTRICT_3)).isTrue();
    }

    @Test
    void staffRoomsAndNamedListsAreClosedToOthers() {
        assertThat(ForumAccess.mayRead(MEMBER_IN_3, STAFF_ROOM)).isFalse();
        assertThat(ForumAccess.mayRead(STAFF, STAFF_ROOM)).isTrue();
        assertThat(ForumAccess.mayRead(ON_LIST, BODY)).isTrue();
        assertThat(ForumAccess.mayRead(MEMBER_IN_3, BODY)).isFalse();
    }

    @Test
    void moderatorsModerateTheirCategoriesOnlyAndStaffModerateAll() {
        assertThat(ForumAccess.mayModerate(MODERATOR_OF_1, PUBLIC)).isTrue();
        assertThat(ForumAccess.mayModerate(MODERATOR_OF_1, MEMBERS)).isFalse();
        assertThat(ForumAccess.mayModerate(STAFF, BODY)).isTrue();
        assertThat(ForumAccess.mayModerate(MEMBER_IN_3, MEMBERS)).isFalse();
        assertThat(ForumAccess.mayManageCategories(STAFF)).isTrue();
        assertThat(ForumAccess.mayManageCategories(MODERATOR_OF_1)).isFalse();
    }

    @Test
    void authorsEditTheirOwnPostsOnlyAndDeleteThemWithinTheWindow() {
        ForumTopic topic = new ForumTopic(2L, "t", 10L, NOW);
        set(topic, "id", 50L);
        ForumPost own = new ForumPost(50L, 2, 10L, 100L, ForumPost.Status.PUBLISHED, NOW);
        ForumPost other = new ForumPost(50L, 3, 11L, 101L, ForumPost.Status.PUBLISHED, NOW);
        Duration window = Duration.ofMinutes(60);
        assertThat(ForumAccess.mayEdit(MEMBER_IN_3, MEMBERS, topic, own)).isTrue();
        assertThat(ForumAccess.mayEdit(MEMBER_IN_3, MEMBERS, topic, other)).isFalse();
        assertThat(ForumAccess.mayDelete(MEMBER_IN_3, MEMBERS, topic, own, NOW.plus(Duration.ofMinutes(59)), window)).isTrue();
        assertThat(ForumAccess.mayDelete(MEMBER_IN_3, MEMBERS, topic, own, NOW.plus(Duration.ofMinutes(61)), window)).isFalse();
        assertThat(ForumAccess.mayDelete(MEMBER_IN_3, MEMBERS, topic, other, NOW, window)).isFalse();
        assertThat(ForumAccess.mayEdit(STAFF, MEMBERS, topic, other)).isTrue();
        assertThat(ForumAccess.mayFlag(MEMBER_IN_3, MEMBERS, other)).isTrue();
        assertThat(ForumAccess.mayFlag(MEMBER_IN_3, MEMBERS, own)).isFalse();
        topic.setLocked(true);
        assertThat(ForumAccess.mayEdit(MEMBER_IN_3, MEMBERS, topic, own)).isFalse();
        assertThat(ForumAccess.mayReply(MEMBER_IN_3, MEMBERS, topic)).isFalse();
        assertThat(ForumAccess.mayReply(STAFF, MEMBERS, topic)).isTrue();
    }

    @Test
    void hiddenAndWaitingPostsShowOnlyToTheirAuthorAndModerators() {
        ForumPost hidden = new ForumPost(50L, 2, 10L, 100L, ForumPost.Status.HIDDEN, NOW);
        ForumPost pending = new ForumPost(50L, 3, 10L, 100L, ForumPost.Status.PENDING, NOW);
        ForumPost deleted = new ForumPost(50L, 4, 10L, 100L, ForumPost.Status.DELETED, NOW);
        assertThat(ForumAccess.maySeeBody(MEMBER_IN_4, MEMBERS, hidden)).isFalse();
        assertThat(ForumAccess.maySeeBody(MEMBER_IN_3, MEMBERS, hidden)).isTrue();
        assertThat(ForumAccess.maySeeBody(STAFF, MEMBERS, pending)).isTrue();
        assertThat(ForumAccess.maySeeBody(MEMBER_IN_4, MEMBERS, pending)).isFalse();
        assertThat(ForumAccess.maySeeBody(STAFF, MEMBERS, deleted)).isFalse();
        ForumTopic waiting = new ForumTopic(2L, "t", 10L, NOW);
        waiting.setStatus(ForumTopic.Status.PENDING);
        assertThat(ForumAccess.mayReadTopic(MEMBER_IN_3, MEMBERS, waiting)).isTrue();
        assertThat(ForumAccess.mayReadTopic(MEMBER_IN_4, MEMBERS, waiting)).isFalse();
    }
}
