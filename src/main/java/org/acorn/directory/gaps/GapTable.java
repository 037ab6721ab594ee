package org.acorn.directory.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Services counted by area (rows) and by a taxonomy's terms (columns), with each cell marked as a gap (at most
 * {@code gapMax} services) or a possible overlap (at least {@code overlapMin}). A county-wide organisation's
 * services count in every district; a service with several terms counts once in each of their columns.
 */
public final class GapTable {

    /** Where the services of a network without districts are counted. */
    public static final long WHOLE_AREA = 0L;

    public enum Mark { GAP, NONE, OVERLAP }

    /** What the counting needs to know of one service. */
    public record ServiceFacts(Long id, boolean countyWide, Set<Long> districtIds, Set<Long> columnIds) { }

    public record Heading(Long id, String label) { }

    public record Cell(Heading area, Heading column, int count, Mark mark, List<Long> serviceIds) {
        public boolean isGap() { return mark == Mark.GAP; }
        public boolean isOverlap() { return mark == Mark.OVERLAP; }
    }

    public record Row(Heading area, List<Cell> cells) {
        public long getGaps() { return cells.stream().filter(Cell::isGap).count(); }
        public long getOverlaps() { return cells.stream().filter(Cell::isOverlap).count(); }
    }

    private final List<Heading> columns;
    private final List<Row> rows;
    private final int gapMax;
    private final int overlapMin;

    private GapTable(List<Heading> columns, List<Row> rows, int gapMax, int overlapMin) {
        this.columns = columns;
        this.rows = rows;
        this.gapMax = gapMax;
        this.overlapMin = overlapMin;
    }

    public static GapTable count(List<Heading> areas, List<Heading> columns, Collection<ServiceFacts> services,
                                 int gapMax, int overlapMin) {
        if (gapMax < 0) throw new IllegalArgumentException("the gap threshold cannot be negative");
        if (overlapMin <= gapMax) throw new IllegalArgumentException("the overlap threshold must be above the gap threshold");
        List<Row> rows = new ArrayList<>();
        for (Heading area : areas) {
            List<Cell> cells = new ArrayList<>();
            for (Heading column : columns) {
                Set<Long> ids = new LinkedHashSet<>();
                for (ServiceFacts s : services) {
                    if (s.columnIds().contains(column.id()) && servesArea(s, area.id())) ids.add(s.id());
                }
                int n = ids.size();
                Mark mark = n <= gapMax ? Mark.GAP : n >= overlapMin ? Mark.OVERLAP : Mark.NONE;
                cells.add(new Cell(area, column, n, mark, List.copyOf(ids)));
            }
            rows.add(new Row(area, List.copyOf(cells)));
        }
        return new GapTable(List.copyOf(columns), List.copyOf(rows), gapMax, overlapMin);
    }

    static boolean servesArea(ServiceFacts s, Long areaId) {
        return areaId == WHOLE_AREA || s.countyWide() || s.districtIds().contains(areaId);
    }

    public Cell cell(Long areaId, Long columnId) {
        for (Row r : rows) {
            if (!r.area().id().equals(areaId)) continue;
            for (Cell c : r.cells()) if (c.column().id().equals(columnId)) return c;
        }
        return null;
    }

    /** The largest count, for scaling the heat map's shades (at least 1). */
    public int getMax() {
        return Math.max(1, rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::count).max().orElse(0));
    }

    /** The most gaps in any one area, for scaling the chart (at least 1). */
    public long getMaxGaps() {
        return Math.max(1, rows.stream().mapToLong(Row::getGaps).max().orElse(0));
    }

    /** A shade from 0 (none) to 4 (the most) for the heat map. */
    public int shade(int count) {
        if (count == 0) return 0;
        return Math.min(4, 1 + (int) Math.floor(3.0 * (count - 1) / Math.max(1, getMax() - 1) + 0.0001));
    }

    public List<Heading> getColumns() { return columns; }
    public List<Row> getRows() { return rows; }
    public int getGapMax() { return gapMax; }
    public int getOverlapMin() { return overlapMin; }

    /** Gaps per area, in row order (the chart's data). */
    public Map<String, Long> gapsByArea() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        rows.forEach(r -> out.put(r.area().label(), r.getGaps()));
        return out;
    }
}
