package org.acorn.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A filter over the audit log as typed into the page or the CSV link: free text, action, target type and
 * a date range (ISO dates, UK days, both ends included). {@link #parse} never throws: what cannot be used
 * is reported per field in {@link #errors()}.
 */
public record AuditQuery(String text, String action, String targetType, LocalDate from, LocalDate to,
                         Map<String, String> errors) {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final int MAX_TEXT = 200;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public static AuditQuery parse(String text, String action, String targetType, String from, String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "The ‘to’ date must be the same as or after the ‘from’ date.");
        }
        return new AuditQuery(clean(text, MAX_TEXT), clean(action, 60), clean(targetType, 40), fromDate, toDate,
                Map.copyOf(errors));
    }

    public static AuditQuery none() {
        return parse(null, null, null, null, null);
    }

    public boolean valid() { return errors.isEmpty(); }

    /** Start of the first day, or null. */
    public Instant fromInstant() { return from == null ? null : from.atStartOfDay(ZONE).toInstant(); }

    /** Start of the day after the last day (exclusive), or null. */
    public Instant toExclusive() { return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(); }

    /** Empty text becomes null; long text is cut, so a huge filter costs no more than a sensible one. */
    static String clean(String value, int max) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty()) return null;
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("shape", v, 0);
            LocalDate d = LocalDate.parse(v, ISO);
            if (d.getYear() < 2000) {
                errors.put(field, "Enter a date in or after the year 2000.");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a real date as year-month-day, for example 2026-03-31.");
            return null;
        }
    }
}
