package org.acorn.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The policies and procedures a network (and a consortium checking its members) asks about. Stored in the
 * organisation's "policies held" text as labels joined by "; ", followed by anything the organisation
 * wrote that is not on the checklist, so older free-text entries are never lost.
 */
public enum Policy {
    SAFEGUARDING("Safeguarding children"),
    SAFER_RECRUITMENT("Safer recruitment"),
    HEALTH_AND_SAFETY("Health and safety"),
    EQUAL_OPPORTUNITIES("Equal opportunities"),
    DATA_PROTECTION("Data protection"),
    COMPLAINTS("Complaints"),
    WHISTLEBLOWING("Whistleblowing"),
    VOLUNTEERING("Volunteer policy"),
    LONE_WORKING("Lone working"),
    FINANCIAL_CONTROLS("Financial procedures");

    static final String SEPARATOR = "; ";

    private final String label;

    Policy(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }

    /** The checklist entries named in the stored text (case is ignored). */
    public static Set<Policy> held(String stored) {
        Set<Policy> out = EnumSet.noneOf(Policy.class);
        for (String part : parts(stored)) {
            Policy p = byLabel(part);
            if (p != null) out.add(p);
        }
        return out;
    }

    /** What the stored text holds beyond the checklist, or null. */
    public static String others(String stored) {
        List<String> rest = new ArrayList<>();
        for (String part : parts(stored)) {
            if (byLabel(part) == null) rest.add(part);
        }
        return rest.isEmpty() ? null : String.join(SEPARATOR, rest);
    }

    /** The text to store: ticked checklist entries in checklist order, then the other policies as typed. */
    public static String store(Set<Policy> held, String others) {
        List<String> parts = new ArrayList<>();
        for (Policy p : values()) {
            if (held.contains(p)) parts.add(p.label);
        }
        if (others != null && !others.isBlank()) parts.add(others.strip());
        return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
    }

    /** Each policy as a reader should see it: checklist labels, then the rest. */
    public static List<String> listed(String stored) {
        List<String> out = new ArrayList<>();
        held(stored).forEach(p -> out.add(p.label));
        for (String part : parts(stored)) {
            if (byLabel(part) == null) out.add(part);
        }
        return out;
    }

    private static Policy byLabel(String text) {
        for (Policy p : values()) {
            if (p.label.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) return p;
        }
        return null;
    }

    private static List<String> parts(String stored) {
        List<String> out = new ArrayList<>();
        if (stored == null) return out;
        for (String part : stored.split(";")) {
            if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }
}
