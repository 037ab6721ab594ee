package org.acorn.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.acorn.bulletins.audience.Topic;
import org.acorn.bulletins.digest.DigestAssembly;
import org.acorn.bulletins.digest.DigestAssembly.Entry;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateVisibility;
import org.junit.jupiter.api.Test;

class DigestAssemblyTest {

    static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    static Entry entry(long id, UpdateKind kind, UpdateVisibility v, int hours) {
        return new Entry(id, kind, v, "Update " + id, "…", "https://x/" + id, T.plusSeconds(hours * 3600L));
    }

    @Test
    void onlyTopicsTakenWeeklyAndOnlyWhatThePersonMayReadGroupedInTopicOrderOldestFirst() {
        Map<Topic, Topic.Mode> choices = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) choices.put(t, t.byDefault());
        choices.put(Topic.NETWORK_NEWS, Topic.Mode.NONE);
        choices.put(Topic.CONSULTATION, Topic.Mode.EACH);
        List<Entry> week = List.of(
                entry(1, UpdateKind.BRIEFING, UpdateVisibility.MEMBERS, 5),
                entry(2, UpdateKind.LSCB, UpdateVisibility.PUBLIC, 3),
                entry(3, UpdateKind.NETWORK_NEWS, UpdateVisibility.PUBLIC, 1),
                entry(4, UpdateKind.CONSULTATION, UpdateVisibility.PUBLIC, 2),
                entry(5, UpdateKind.LSCB, UpdateVisibility.PUBLIC, 1),
                entry(6, UpdateKind.COORDINATOR, UpdateVisibility.STAFF, 1));
        Map<Topic, List<Entry>> digest = DigestAssembly.assemble(choices, EnumSet.of(UpdateVisibility.PUBLIC, UpdateVisibility.MEMBERS), week);
        assertThat(digest.keySet()).containsExactly(Topic.LSCB, Topic.BRIEFING);
        assertThat(digest.get(Topic.LSCB)).extracting(Entry::id).containsExactly(5L, 2L);
        assertThat(DigestAssembly.count(digest)).isEqualTo(3);
    }

    @Test
    void aVisitorLevelReaderGetsOnlyPublicUpdatesAndNobodyGetsAnEmptyDigest() {
        Map<Topic, Topic.Mode> defaults = new EnumMap<>(Topic.class);
        Map<Topic, List<Entry>> digest = DigestAssembly.assemble(defaults, EnumSet.of(UpdateVisibility.PUBLIC),
                List.of(entry(1, UpdateKind.BRIEFING, UpdateVisibility.MEMBERS, 1)));
        assertThat(digest).isEmpty();
        assertThat(DigestAssembly.count(digest)).isZero();
    }

    @Test
    void bulletinsAreNeverInTheDigestTheyComeAsTheyAreSent() {
        assertThat(Topic.BULLETIN.byDefault()).isEqualTo(Topic.Mode.EACH);
        for (UpdateKind k : UpdateKind.values()) assertThat(Topic.of(k)).isNotEqualTo(Topic.BULLETIN);
    }

    @Test
    void peopleFromOrganisationsThatAskedForPostOrPhoneGetOnlyTheTopicsTheyChoseThemselves() {
        List<Entry> week = List.of(entry(1, UpdateKind.LSCB, UpdateVisibility.PUBLIC, 1), entry(2, UpdateKind.BRIEFING, UpdateVisibility.PUBLIC, 2));
        var readers = EnumSet.of(UpdateVisibility.PUBLIC);
        assertThat(DigestAssembly.forPerson(Map.of(), "EMAIL", readers, week).keySet()).containsExactly(Topic.LSCB, Topic.BRIEFING);
        assertThat(DigestAssembly.forPerson(Map.of(), null, readers, week).keySet()).containsExactly(Topic.LSCB, Topic.BRIEFING);
        assertThat(DigestAssembly.forPerson(Map.of(), "POST", readers, week)).isEmpty();
        assertThat(DigestAssembly.forPerson(Map.of(), "PHONE", readers, week)).isEmpty();
        assertThat(DigestAssembly.forPerson(Map.of(Topic.BRIEFING, Topic.Mode.WEEKLY), "PHONE", readers, week).keySet())
                .containsExactly(Topic.BRIEFING);
        assertThat(DigestAssembly.forPerson(Map.of(Topic.LSCB, Topic.Mode.NONE), "EMAIL", readers, week).keySet())
                .containsExactly(Topic.BRIEFING);
    }
}
