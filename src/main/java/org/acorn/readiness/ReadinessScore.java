package org.acorn.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readiness score: the share of the required items that are accepted and in date, as a whole percentage. Only a
 * reviewed, current document counts — "sent" is not "checked" — so the number means the same thing to an organisation,
 * to staff and to a commissioner's question. Everything else required is a gap, with the reason.
 */
public final class ReadinessScore {

    /** One required item that does not count yet, and why. */
    public record Gap(ItemKind kind, ItemState state) {
        public String getLabel() { return kind.getLabel(); }
        public String getReason() { return state.getLabel(); }
        public ItemKind getKind() { return kind; }
        public ItemState getState() { return state; }
    }

    /** The score out of 100 and the gaps, in checklist order. */
    public record Result(int percent, int counted, int required, List<Gap> gaps) {
        public int getPercent() { return percent; }
        public int getCounted() { return counted; }
        public int getRequired() { return required; }
        public List<Gap> getGaps() { return gaps; }
        public boolean isComplete() { return gaps.isEmpty(); }
    }

    private ReadinessScore() { }

    /**
     * @param states   the state of each item the organisation has (missing kinds may be absent or MISSING)
     * @param required the items asked for; an empty set asks for nothing and scores 100
     */
    public static Result of(Map<ItemKind, ItemState> states, Set<ItemKind> required) {
        List<Gap> gaps = new ArrayList<>();
        int counted = 0;
        for (ItemKind kind : ItemKind.values()) {
            if (!required.contains(kind)) continue;
            ItemState s = states.getOrDefault(kind, ItemState.MISSING);
            if (s == ItemState.ACCEPTED) counted++;
            else gaps.add(new Gap(kind, s));
        }
        int need = counted + gaps.size();
        int percent = need == 0 ? 100 : Math.floorDiv(counted * 100, need);
        return new Result(percent, counted, need, List.copyOf(gaps));
    }
}
