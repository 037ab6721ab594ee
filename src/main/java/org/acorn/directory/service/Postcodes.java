package org.acorn.directory.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes as people type them ("s11 8tp", "S118TP") and as stored ("S11 8TP"). */
public final class Postcodes {

    /** Outward code (area, district, optional sub-district) and inward code; GIR 0AA is the one oddity. */
    private static final Pattern SHAPE = Pattern.compile("(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2})");

    private Postcodes() { }

    /** Upper case with one space before the last three characters; null when nothing was typed. */
    public static String normalise(String raw) {
        if (raw == null) return null;
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) return null;
        if (compact.length() < 5 || compact.length() > 7) return compact;
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** Whether a normalised postcode has the shape of a UK postcode. */
    public static boolean valid(String normalised) {
        return normalised != null && SHAPE.matcher(normalised).matches();
    }
}
