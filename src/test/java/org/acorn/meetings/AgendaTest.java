package org.acorn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.acorn.meetings.agenda.AgendaAssembly;
import org.acorn.meetings.agenda.AgendaItem;
import org.acorn.meetings.agenda.Escalation;
import org.acorn.meetings.agenda.Purpose;
import org.acorn.meetings.minutes.CarryForward;
import org.acorn.meetings.minutes.MeetingAction;
import org.acorn.meetings.series.Recurrence;
import org.junit.jupiter.api.Test;

/** Two-part agenda assembly, escalation and carrying actions forward: the rules, without a database. */
class AgendaTest {

    static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    @Test
    void aForumInARoundGetsPartOneThenItsOwnPartTwoNumberedStraightThrough() {
        AgendaItem p1b = item(null, 7L, AgendaItem.PART_ONE, 2, "Training programme");
        AgendaItem p1a = item(null, 7L, AgendaItem.PART_ONE, 1, "Early help consultation");
        AgendaItem own = item(1L, null, AgendaItem.PART_TWO, 1, "Transport to holiday clubs");
        AgendaItem sentIn = item(1L, null, AgendaItem.PART_TWO, 2, "DBS delays");
        sentIn.setStatus(AgendaItem.Status.SUBMITTED);
        List<AgendaAssembly.Section> a = AgendaAssembly.assemble(true, "Eastvale", List.of(p1b, p1a), List.of(own, sentIn));
        assertThat(a).extracting(AgendaAssembly.Section::heading)
                .containsExactly("Part 1: for every district forum this round", "Part 2: Eastvale");
        assertThat(a.get(0).lines()).extracting(l -> l.number() + " " + l.item().getTitle())
                .containsExactly("1 Early help consultation", "2 Training programme");
        assertThat(a.get(1).lines()).extracting(l -> l.number() + " " + l.item().getTitle()).containsExactly("3 Transport to holiday clubs");

        // the same part 1 appears in another district's forum with that forum's own part 2
        AgendaItem other = item(2L, null, AgendaItem.PART_TWO, 1, "Youth club closures");
        List<AgendaAssembly.Section> b = AgendaAssembly.assemble(true, "Westdale", List.of(p1a, p1b), List.of(other));
        assertThat(b.get(0).lines()).extracting(l -> l.item().getTitle()).containsExactly("Early help consultation", "Training programme");
        assertThat(b.get(1).lines()).extracting(l -> l.item().getTitle()).containsExactly("Youth club closures");
    }

    @Test
    void anOrdinaryMeetingHasOneListAndCountsTheTimeAllowed() {
        AgendaItem x = item(1L, null, AgendaItem.ORDINARY, 2, "Second");
        AgendaItem y = item(1L, null, AgendaItem.ORDINARY, 1, "First");
        y.setMinutesAllowed(20);
        x.setMinutesAllowed(15);
        AgendaItem declined = item(1L, null, AgendaItem.ORDINARY, 3, "Declined");
        declined.setStatus(AgendaItem.Status.DECLINED);
        List<AgendaAssembly.Section> a = AgendaAssembly.assemble(false, null, List.of(), List.of(x, y, declined));
        assertThat(a).hasSize(1);
        assertThat(a.get(0).lines()).extracting(l -> l.item().getTitle()).containsExactly("First", "Second");
        assertThat(AgendaAssembly.minutesAllowed(a)).isEqualTo(35);
    }

    @Test
    void aPartTwoItemGoesToTheNextGroupMeetingKeepingItsHistory() throws Exception {
        Meeting forum = meeting(1L, MeetingKind.LOCALITY_FORUM, LocalDate.of(2027, 1, 16));
        Meeting pastGroup = meeting(2L, MeetingKind.GROUP_MEETING, LocalDate.of(2027, 1, 7));
        Meeting cancelled = meeting(3L, MeetingKind.GROUP_MEETING, LocalDate.of(2027, 1, 21));
        cancelled.cancel("Snow", NOW);
        Meeting later = meeting(4L, MeetingKind.GROUP_MEETING, LocalDate.of(2027, 3, 4));
        Meeting next = meeting(5L, MeetingKind.GROUP_MEETING, LocalDate.of(2027, 2, 25));
        Meeting otherKind = meeting(6L, MeetingKind.THEMATIC, LocalDate.of(2027, 1, 20));
        assertThat(Escalation.nextGroupMeeting(List.of(forum, pastGroup, cancelled, later, next, otherKind), forum.getStartsAt()))
                .contains(next);
        assertThat(Escalation.nextGroupMeeting(List.of(pastGroup), forum.getStartsAt())).isEmpty();

        AgendaItem from = item(1L, null, AgendaItem.PART_TWO, 1, "Transport to holiday clubs");
        set(from, "id", 42L);
        from.setNotes("Villages cannot reach the schemes.");
        from.note("2027-01-02: sent in by Dee Wright.");
        AgendaItem to = Escalation.copyFor(from, forum, next, 3, "Sam Carter", LocalDate.of(2027, 1, 16), NOW);
        assertThat(to.getMeetingId()).isEqualTo(5L);
        assertThat(to.getPart()).isEqualTo(AgendaItem.ORDINARY);
        assertThat(to.getEscalatedFromId()).isEqualTo(42L);
        assertThat(to.getNotes()).isEqualTo("Villages cannot reach the schemes.");
        assertThat(to.getHistory()).contains("sent in by Dee Wright").contains("escalated from Forum 1 (2027-01-16) by Sam Carter");

        AgendaItem partOne = item(null, 7L, AgendaItem.PART_ONE, 1, "County item");
        assertThatThrownBy(() -> Escalation.copyFor(partOne, forum, next, 1, "Sam", LocalDate.of(2027, 1, 16), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openActionsFromEarlierMeetingsAreCarriedForwardUntilDone() throws Exception {
        Instant jan = Instant.parse("2027-01-12T10:00:00Z");
        Instant feb = Instant.parse("2027-02-09T10:00:00Z");
        Instant mar = Instant.parse("2027-03-09T10:00:00Z");
        MeetingAction open = action(1L, "Write to the county", LocalDate.of(2027, 2, 1));
        MeetingAction done = action(1L, "Circulate the dates", LocalDate.of(2027, 1, 20));
        done.setStatus(MeetingAction.Status.DONE, LocalDate.of(2027, 1, 19));
        MeetingAction fromFeb = action(2L, "Share the survey", LocalDate.of(2027, 2, 20));
        MeetingAction fromMar = action(3L, "Agreed at the meeting itself", LocalDate.of(2027, 4, 1));
        Map<Long, Instant> starts = Map.of(1L, jan, 2L, feb, 3L, mar);
        List<MeetingAction> all = List.of(open, done, fromFeb, fromMar);
        assertThat(CarryForward.carried(all, starts, feb)).containsExactly(open);
        assertThat(CarryForward.carried(all, starts, mar)).containsExactly(open, fromFeb);
        open.setStatus(MeetingAction.Status.DONE, LocalDate.of(2027, 3, 1));
        assertThat(CarryForward.carried(all, starts, mar)).containsExactly(fromFeb);
        assertThat(fromFeb.isOverdue(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(fromFeb.isOverdue(LocalDate.of(2027, 2, 20))).isFalse();
    }

    static AgendaItem item(Long meeting, Long round, int part, int pos, String title) {
        return new AgendaItem(meeting, round, part, pos, title, Purpose.DISCUSSION, NOW);
    }

    static MeetingAction action(Long meeting, String what, LocalDate due) {
        return new MeetingAction(meeting, null, what, 9L, null, "Sam", due, NOW);
    }

    static Meeting meeting(Long id, MeetingKind kind, LocalDate on) throws Exception {
        Meeting m = new Meeting("uid-" + id, (kind == MeetingKind.LOCALITY_FORUM ? "Forum " : "Meeting ") + id, kind,
                Recurrence.at(on, LocalTime.of(18, 30)), Recurrence.at(on, LocalTime.of(20, 30)), NOW);
        set(m, "id", id);
        return m;
    }

    static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
