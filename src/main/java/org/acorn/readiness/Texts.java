package org.acorn.readiness;

/** Checks typed text: trimmed, control characters (but line breaks) removed, within a length; refused otherwise. */
final class Texts {

    private Texts() { }

    /** The cleaned text, or null when blank and not required. */
    static String clean(String raw, int max, boolean required, String field, String what) {
        String s = raw == null ? "" : raw.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (s.isEmpty()) {
            if (required) throw new ReadinessRefused(field, "Enter " + what + ".");
            return null;
        }
        if (s.length() > max) throw new ReadinessRefused(field, "Keep " + what + " to " + String.format("%,d", max) + " characters or fewer.");
        return s;
    }
}
