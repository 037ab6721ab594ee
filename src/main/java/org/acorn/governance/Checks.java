package org.acorn.governance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.acorn.directory.InvalidInput;

/**
 * Collects what is wrong with a form's input, field by field, then refuses all of it at once
 * ({@link InvalidInput}), so the person sees every problem together and nothing is half-saved.
 */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Trimmed text, or null when blank; a message when required and missing or longer than max. */
    public String text(String field, String value, int max, boolean required, String label) {
        String v = value == null ? null : value.strip();
        if (v != null && v.isEmpty()) v = null;
        if (v == null) {
            if (required) fail(field, "Enter " + label + ".");
            return null;
        }
        if (v.length() > max) fail(field, capitalise(label) + " must be " + max + " characters or fewer.");
        if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            fail(field, capitalise(label) + " contains characters that cannot be stored.");
        }
        return v;
    }

    public String email(String field, String value, boolean required, String label) {
        String v = text(field, value, 254, required, label);
        if (v != null && !EMAIL.matcher(v).matches()) fail(field, "Enter " + label + " like name@example.org.");
        return v == null ? null : v.toLowerCase(java.util.Locale.ROOT);
    }

    public void require(String field, Object value, String message) {
        if (value == null) fail(field, message);
    }

    public void check(boolean ok, String field, String message) {
        if (!ok) fail(field, message);
    }

    public void order(String field, LocalDate first, LocalDate second, String message) {
        if (first != null && second != null && second.isBefore(first)) fail(field, message);
    }

    public void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean ok() { return errors.isEmpty(); }

    /** Throws when anything failed. */
    public void done() {
        if (!errors.isEmpty()) throw new InvalidInput(errors);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
