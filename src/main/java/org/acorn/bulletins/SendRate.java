package org.acorn.bulletins;

/**
 * The cluster-wide send rate as slots of time: a slot of {@link #slotMillis} holds {@link #capacity} messages,
 * whichever node sends them. A rate of one or more a second has one-second slots; a slower rate has longer slots
 * of one message each (0.5 a second: one message per two seconds).
 */
public record SendRate(long slotMillis, int capacity) {

    public static SendRate of(double perSecond) {
        if (perSecond <= 0) return new SendRate(0, 0);
        if (perSecond >= 1) return new SendRate(1000, (int) Math.floor(perSecond));
        return new SendRate((long) Math.ceil(1000 / perSecond), 1);
    }

    public boolean unlimited() { return slotMillis <= 0; }

    /** The slot a moment falls in, named by its first millisecond (so slots of different widths never share a key). */
    public long slotOf(long epochMillis) { return epochMillis - Math.floorMod(epochMillis, slotMillis); }
}
