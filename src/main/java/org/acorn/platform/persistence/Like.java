package org.acorn.platform.persistence;

import java.util.Locale;

/**
 * "Contains" patterns for JPQL {@code like ... escape '!'}: the user's text is matched literally, so a
 * typed % or _ is just a character and not a wildcard.
 */
public final class Like {

    public static final char ESCAPE = '!';

    private Like() { }

    /** Lower-cased, wildcards escaped, wrapped in %…%. */
    public static String contains(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8).append('%');
        for (char c : lower.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) out.append(ESCAPE);
            out.append(c);
        }
        return out.append('%').toString();
    }
}
