package org.acorn.directory.openreferral;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a postcode is, from the locations the directory already holds (no outside gazetteer: the portal runs
 * without one). The centre of our locations with that full postcode; failing that, of its sector ("DE4 3");
 * failing that, of its district ("DE4"). A postcode we hold nothing near cannot be searched around.
 */
final class Postcodes {

    /** A held location: its postcode as stored, and coordinates. */
    record Held(String postcode, double latitude, double longitude) { }

    record Centre(double latitude, double longitude) { }

    private Postcodes() { }

    /** {@code postcode} is normalised (upper case, one space before the inward code, or an outward code alone). */
    static Optional<Centre> centre(String postcode, List<Held> held) {
        String compact = compact(postcode);
        boolean full = postcode.contains(" ");
        String outward = full ? postcode.substring(0, postcode.indexOf(' ')) : postcode;
        if (full) {
            Optional<Centre> exact = average(held, compact, true);
            if (exact.isPresent()) return exact;
            Optional<Centre> sector = average(held, compact.substring(0, compact.length() - 2), false);
            if (sector.isPresent()) return sector;
        }
        return held.stream().filter(h -> outward(h.postcode()).equals(outward)).findAny().isPresent()
                ? averageOf(held.stream().filter(h -> outward(h.postcode()).equals(outward)).toList()) : Optional.empty();
    }

    private static Optional<Centre> average(List<Held> held, String prefix, boolean exact) {
        return averageOf(held.stream().filter(h -> exact ? compact(h.postcode()).equals(prefix)
                : compact(h.postcode()).startsWith(prefix) && compact(h.postcode()).length() == prefix.length() + 2).toList());
    }

    private static Optional<Centre> averageOf(List<Held> points) {
        if (points.isEmpty()) return Optional.empty();
        double lat = points.stream().mapToDouble(Held::latitude).average().orElseThrow();
        double lon = points.stream().mapToDouble(Held::longitude).average().orElseThrow();
        return Optional.of(new Centre(lat, lon));
    }

    static String compact(String postcode) {
        return postcode == null ? "" : postcode.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** The outward code of a stored postcode: everything before the last three characters of a full one. */
    static String outward(String postcode) {
        String c = compact(postcode);
        return c.length() >= 5 ? c.substring(0, c.length() - 3) : c;
    }
}
