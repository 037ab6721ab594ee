package org.acorn.meetings.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts an agenda together. A locality forum of a round gets part 1 (written once by the co-ordinator for every
 * district forum of the round) followed by its own part 2; any other meeting has one list. Items are numbered
 * straight through, so "item 5" means the same thing to everyone in the room. Submitted items the chair has
 * not taken onto the agenda, and declined ones, are left out.
 */
public final class AgendaAssembly {

    private AgendaAssembly() { }

    /** One numbered line of the agenda. */
    public record Line(int number, AgendaItem item) {
        public int getNumber() { return number; }
        public AgendaItem getItem() { return item; }
    }

    /** A part of the agenda with its heading. */
    public record Section(String heading, List<Line> lines) {
        public String getHeading() { return heading; }
        public List<Line> getLines() { return lines; }
    }

    static final Comparator<AgendaItem> ORDER = Comparator.comparingInt(AgendaItem::getPosition)
            .thenComparing(i -> i.getId() == null ? Long.MAX_VALUE : i.getId());

    /**
     * @param inRound whether the meeting is a district forum of a two-part round
     * @param district the district's name (for the part 2 heading), or null
     * @param roundItems the round's part 1 items (empty when not in a round)
     * @param ownItems the meeting's own items (part 2, or an ordinary agenda)
     */
    public static List<Section> assemble(boolean inRound, String district, List<AgendaItem> roundItems, List<AgendaItem> ownItems) {
        List<Section> out = new ArrayList<>();
        int[] next = {1};
        if (inRound) {
            out.add(new Section("Part 1: for every district forum this round", lines(roundItems, AgendaItem.PART_ONE, next)));
            out.add(new Section("Part 2: " + (district == null ? "this forum" : district), lines(ownItems, AgendaItem.PART_TWO, next)));
        } else {
            out.add(new Section("Agenda", lines(ownItems, -1, next)));
        }
        return out;
    }

    private static List<Line> lines(List<AgendaItem> items, int part, int[] next) {
        return items.stream()
                .filter(i -> i.getStatus() == AgendaItem.Status.AGENDA && (part < 0 || i.getPart() == part))
                .sorted(ORDER)
                .map(i -> new Line(next[0]++, i))
                .toList();
    }

    /** The minutes the agenda allows in all (items without a time count nothing). */
    public static int minutesAllowed(List<Section> sections) {
        return sections.stream().flatMap(s -> s.lines().stream())
                .mapToInt(l -> l.item().getMinutesAllowed() == null ? 0 : l.item().getMinutesAllowed()).sum();
    }
}
