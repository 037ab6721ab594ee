package org.acorn.directory.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the bar chart of gaps per area, drawn by the page as inline SVG (no script, no library, so
 * it works under the site's Content-Security-Policy and prints). Bars are scaled to the area with most gaps.
 */
public final class GapChart {

    public static final int LABEL_WIDTH = 200;
    public static final int BAR_SPACE = 340;
    public static final int ROW_HEIGHT = 28;
    public static final int BAR_HEIGHT = 18;

    public record Bar(String label, long gaps, long overlaps, int y, int width) {
        public int getTextY() { return y + 14; }
        public int getValueX() { return LABEL_WIDTH + width + 6; }
    }

    private GapChart() { }

    public static List<Bar> bars(GapTable table) {
        long max = table.getMaxGaps();
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (GapTable.Row row : table.getRows()) {
            int width = (int) Math.round((double) BAR_SPACE * row.getGaps() / max);
            bars.add(new Bar(row.area().label(), row.getGaps(), row.getOverlaps(), y, width));
            y += ROW_HEIGHT;
        }
        return bars;
    }

    public static int height(GapTable table) {
        return 8 + ROW_HEIGHT * table.getRows().size();
    }

    public static int width() {
        return LABEL_WIDTH + BAR_SPACE + 40;
    }
}
