package org.acorn.governance.body;

import java.time.LocalDate;
import java.util.List;

/** Counts over every open seat, with the rows behind each count. */
public record SeatReport(List<Holding> rows, long total, long held, long heldBySmall, long vacant, long interim,
                         long endingSoon, LocalDate today, int endingDays) {

    public static SeatReport of(List<Holding> rows, LocalDate today, int endingDays) {
        return new SeatReport(rows, rows.size(), rows.stream().filter(h -> !h.isVacant()).count(),
                rows.stream().filter(Holding::isHolderSmall).count(), rows.stream().filter(Holding::isVacant).count(),
                rows.stream().filter(Holding::isInterim).count(),
                rows.stream().filter(h -> h.endsWithin(today, endingDays)).count(), today, endingDays);
    }

    public boolean endingSoon(Holding h) { return h.endsWithin(today, endingDays); }

    public List<Holding> getRows() { return rows; }
    public long getTotal() { return total; }
    public long getHeld() { return held; }
    public long getHeldBySmall() { return heldBySmall; }
    public long getVacant() { return vacant; }
    public long getInterim() { return interim; }
    public long getEndingSoon() { return endingSoon; }
    public int getEndingDays() { return endingDays; }
}
