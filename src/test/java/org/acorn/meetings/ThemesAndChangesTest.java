package org.acorn.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acorn.meetings.series.Recurrence;
import org.junit.jupiter.api.Test;

/** Who a thematic meeting is for (their organisation's themes, the themes they follow), and what a change email lists. */
class ThemesAndChangesTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 20);

    @Test
    void aThematicMeetingMattersOnlyToThoseWhoseThemesMatchSayingWhich() {
        Meeting health = thematic(61L, "Health");
        Meeting topical = thematic(42L, "Parenting groups");
        Meeting open = thematic(null, "Anything goes");
        Distribution.Person worksOnHealth = person(1L, false, Map.of(61L, "Health"), Map.of());
        Distribution.Person followsSocial = person(2L, false, Map.of(), Map.of(42L, "Social"));
        Distribution.Person neither = person(3L, false, Map.of(71L, "Education and youth"), Map.of());
        Distribution.Person staff = person(4L, true, Map.of(), Map.of());

        assertThat(Distribution.why(health, worksOnHealth, null))
                .hasValue("Thematic meeting on Health: your organisation offers services of this kind.");
        assertThat(Distribution.why(topical, followsSocial, null))
                .hasValue("Thematic meeting on Social (Parenting groups): you follow this theme.");
        assertThat(Distribution.why(health, neither, null)).isEmpty();
        assertThat(Distribution.why(topical, worksOnHealth, null)).isEmpty();
        assertThat(Distribution.why(health, staff, null)).hasValue("Network staff support this meeting.");
        // without a theme there is nothing to match: open to every member
        assertThat(Distribution.why(open, neither, null)).hasValue("Thematic meeting on Anything goes, open to every member.");
        // the chair always sees it, whatever the theme
        health.setChairId(3L);
        assertThat(Distribution.why(health, neither, null)).hasValue("You chair this meeting.");
    }

    @Test
    void aChangeEmailListsOnlyWhatMovedOfDateTimeAndPlace() {
        Map<String, String> before = place("Thursday 18 March 2027, 18:30–20:30", "Kestrel Hall", "", "");
        assertThat(Meetings.moves(before, before)).isEmpty();
        assertThat(Meetings.moves(before, place("Thursday 18 March 2027, 19:00–21:00", "Kestrel Hall", "", "https://meet.example.org/k")))
                .containsExactly("When: Thursday 18 March 2027, 18:30–20:30 → now Thursday 18 March 2027, 19:00–21:00",
                        "Online: (none) → now https://meet.example.org/k");
        assertThat(Meetings.moves(before, place("Thursday 18 March 2027, 18:30–20:30", "", "", "")))
                .containsExactly("Venue: Kestrel Hall → now (none)");
    }

    private static Meeting thematic(Long term, String theme) {
        Meeting m = new Meeting("u-" + theme + "@test", "On " + theme, MeetingKind.THEMATIC, Recurrence.at(DAY, LocalTime.of(10, 0)),
                Recurrence.at(DAY, LocalTime.of(12, 0)), Instant.EPOCH);
        m.setTheme(theme);
        m.setThemeTermId(term);
        return m;
    }

    private static Distribution.Person person(Long id, boolean staff, Map<Long, String> org, Map<Long, String> followed) {
        return new Distribution.Person(id, staff, false, Map.of(), Map.of(), new java.util.HashSet<>(), org, followed);
    }

    private static Map<String, String> place(String when, String venue, String address, String online) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("When", when);
        v.put("Venue", venue);
        v.put("Address", address);
        v.put("Online", online);
        return v;
    }

}
