package org.acorn.directory.gaps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's view, from its GET parameters: which dimension ("view"), which top-level service type to expand
 * into its sub-types ("expand", a term id; service types only) and whether closed services count ("closed").
 */
public record GapQuery(Dimension dimension, Long expand, boolean includeClosed, Map<String, String> errors) {

    public static GapQuery parse(String view, String expand, String closed) {
        Map<String, String> errors = new LinkedHashMap<>();
        Dimension d = Dimension.ECM;
        if (view != null && !view.isBlank()) {
            d = Dimension.of(view.strip()).orElse(null);
            if (d == null) {
                errors.put("view", "Choose what to count by from the list.");
                d = Dimension.ECM;
            }
        }
        Long e = null;
        if (expand != null && !expand.isBlank()) {
            try {
                e = Long.valueOf(expand.strip());
            } catch (NumberFormatException ex) {
                errors.put("expand", "That service type is not in the list.");
            }
            if (e != null && d != Dimension.SERVICE_TYPE) e = null; // only service types have sub-types to show
        }
        return new GapQuery(d, e, "true".equals(closed), Map.copyOf(errors));
    }

    public boolean valid() { return errors.isEmpty(); }

    /** The parameters that reproduce this view (for links and the CSV). */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("view", dimension.taxonomy());
        p.put("expand", expand);
        p.put("closed", includeClosed ? "true" : null);
        return p;
    }
}
