package org.acorn.directory.currency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acorn.directory.Freshness;

/**
 * The stale listings page's filter, read from its GET parameters (so the CSV link carries it): a status (due or
 * unverified; empty for both) and a district id (empty for all; county-wide organisations are in every district).
 */
public record StaleFilter(Freshness.Status status, Long districtId, Map<String, String> errors) {

    public static StaleFilter parse(String status, String district, Collection<Long> knownDistricts) {
        Map<String, String> errors = new LinkedHashMap<>();
        Freshness.Status s = null;
        if (status != null && !status.isBlank()) {
            String v = status.strip();
            if (v.equals(Freshness.Status.DUE.name())) s = Freshness.Status.DUE;
            else if (v.equals(Freshness.Status.UNVERIFIED.name())) s = Freshness.Status.UNVERIFIED;
            else errors.put("status", "Choose a status from the list.");
        }
        Long d = null;
        if (district != null && !district.isBlank()) {
            try {
                d = Long.valueOf(district.strip());
            } catch (NumberFormatException e) {
                d = null;
            }
            if (d == null || !knownDistricts.contains(d)) {
                errors.put("district", "Choose a district from the list.");
                d = null;
            }
        }
        return new StaleFilter(s, d, Map.copyOf(errors));
    }

    public static StaleFilter none() {
        return new StaleFilter(null, null, Map.of());
    }

    public boolean valid() { return errors.isEmpty(); }

    public boolean accepts(StaleRow row) {
        if (status != null && row.status() != status) return false;
        return districtId == null || row.countyWide() || row.districtIds().contains(districtId);
    }
}
