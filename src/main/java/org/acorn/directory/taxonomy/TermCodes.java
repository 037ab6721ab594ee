package org.acorn.directory.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** Codes for terms added by administrators: short, lower case, letters, digits and underscores. */
final class TermCodes {

    static final int MAX = 40;

    private TermCodes() { }

    static String fromLabel(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty()) code = "term";
        return code.length() > MAX - 4 ? code.substring(0, MAX - 4) : code;
    }

    /** The n-th variant of a code already taken: "kinship_carers_2". */
    static String numbered(String base, int n) {
        return base + "_" + n;
    }
}
