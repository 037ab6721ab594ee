package org.acorn.directory.gaps.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.gaps.Dimension;
import org.acorn.directory.gaps.GapChart;
import org.acorn.directory.gaps.GapQuery;
import org.acorn.directory.gaps.GapReport;
import org.acorn.directory.gaps.GapTable;
import org.acorn.platform.web.PageLinks;

/**
 * Backs /reports/gaps.xhtml and /reports/gap-cell.xhtml. Everything is in GET parameters (view, expand, closed;
 * area and term for a cell), so any view can be bookmarked, printed or downloaded as CSV.
 */
@Named
@RequestScoped
public class GapsPage {

    @Inject GapReport report;

    private String view;
    private String expand;
    private String closed;
    private String area;
    private String term;

    private GapQuery query = GapQuery.parse(null, null, null);
    private GapTable table;
    private GapTable.Cell cell;
    private List<GapReport.CellService> services = List.of();
    private String problem;

    /** View action of the report. */
    public void load() {
        report.requireReader();
        query = GapQuery.parse(view, expand, closed);
        if (!query.valid()) {
            problem = String.join(" ", query.errors().values());
            return;
        }
        try {
            table = report.table(query);
        } catch (InvalidInput e) {
            problem = String.join(" ", e.errors().values());
        }
    }

    /** View action of the drill-down. */
    public void loadCell() {
        load();
        if (table == null) return;
        Long areaId = number(area);
        Long termId = number(term);
        cell = areaId == null || termId == null ? null : table.cell(areaId, termId);
        if (cell == null) {
            problem = "That part of the report does not exist: choose a cell from the report.";
            return;
        }
        services = report.services(cell);
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String url(String path, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>(query.params());
        p.putAll(extra);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PageLinks.url(path, p);
    }

    public String viewUrl(Dimension d) { return url("/reports/gaps.xhtml", mapOf("view", d.getCode(), "expand", null)); }
    public String expandUrl(Long termId) { return url("/reports/gaps.xhtml", mapOf("expand", termId)); }
    public String getCollapseUrl() { return url("/reports/gaps.xhtml", mapOf("expand", null)); }
    public String getClosedToggleUrl() { return url("/reports/gaps.xhtml", mapOf("closed", query.includeClosed() ? null : "true")); }
    public String getCsvUrl() { return url("/reports/gaps.csv", Map.of()); }
    public String getBackUrl() { return url("/reports/gaps.xhtml", Map.of()); }
    public String cellUrl(GapTable.Cell c) {
        return url("/reports/gap-cell.xhtml", mapOf("area", c.area().id(), "term", c.column().id()));
    }
    public String serviceUrl(Long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/directory/service.xhtml?id=" + id;
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    public String shade(GapTable.Cell c) {
        return c.isGap() ? "heat heat-gap" : c.isOverlap() ? "heat heat-overlap" : "heat heat-" + table.shade(c.count());
    }

    public List<GapChart.Bar> getBars() { return table == null ? List.of() : GapChart.bars(table); }
    public int getChartHeight() { return GapChart.height(table); }
    public int getChartWidth() { return GapChart.width(); }
    public int getLabelWidth() { return GapChart.LABEL_WIDTH; }
    public int getBarHeight() { return GapChart.BAR_HEIGHT; }
    public Dimension[] getDimensions() { return Dimension.values(); }
    public Dimension getDimension() { return query.dimension(); }
    public boolean isExpandable() { return query.dimension() == Dimension.SERVICE_TYPE && query.expand() == null; }
    public boolean isExpanded() { return query.expand() != null; }
    public boolean isIncludeClosed() { return query.includeClosed(); }
    public boolean isWholeArea() { return table != null && table.getRows().size() == 1 && table.getRows().get(0).area().id() == GapTable.WHOLE_AREA; }
    public GapTable getTable() { return table; }
    public GapTable.Cell getCell() { return cell; }
    public List<GapReport.CellService> getServices() { return services; }
    public String getProblem() { return problem; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public String getExpand() { return expand; }
    public void setExpand(String expand) { this.expand = expand; }
    public String getClosed() { return closed; }
    public void setClosed(String closed) { this.closed = closed; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
}
