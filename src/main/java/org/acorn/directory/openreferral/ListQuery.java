package org.acorn.directory.openreferral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The query string of a list endpoint, checked before anything is looked up: only the parameters the endpoint
 * knows, each at most once, each a well-formed value. Anything else is refused with a message that says why.
 */
public final class ListQuery {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 200;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_AGE = 150;
    static final int MAX_PROXIMITY_METRES = 200_000;

    public static final Set<String> PAGING = Set.of("page", "per_page");
    public static final Set<String> SERVICE_FILTERS = Set.of("page", "per_page", "search", "taxonomy_term_id", "taxonomy_id",
            "organization_id", "age", "minimum_age", "maximum_age", "modified_after", "postcode", "proximity");
    public static final Set<String> TERM_FILTERS = Set.of("page", "per_page", "taxonomy_id");

    /** A full postcode ("DE4 3AG") or its outward code ("DE4"). */
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9][A-Z]{2})?$");

    private final Map<String, List<String>> params;

    private ListQuery(Map<String, List<String>> params) { this.params = params; }

    /** Refuses unknown names and repeated parameters. */
    public static ListQuery of(Map<String, List<String>> params, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("Unknown parameter " + quoted(unknown.iterator().next())
                    + ". This endpoint accepts: " + String.join(", ", new TreeSet<>(allowed)) + ".");
        }
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getValue().size() > 1) throw ApiProblem.badRequest("Give " + p.getKey() + " once only.");
            String v = p.getValue().isEmpty() ? null : p.getValue().get(0);
            if (v != null && v.length() > MAX_VALUE_LENGTH) {
                throw ApiProblem.badRequest(p.getKey() + " is too long (at most " + MAX_VALUE_LENGTH + " characters).");
            }
        }
        return new ListQuery(params);
    }

    private String raw(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank()) return null;
        return v.get(0).trim();
    }

    public Paging paging() {
        int page = integer("page", 1, Integer.MAX_VALUE, 1);
        int perPage = integer("per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        return new Paging(page, perPage);
    }

    public String text(String name) { return raw(name); }

    public UUID uuid(String name) {
        String v = raw(name);
        if (v == null) return null;
        return Ids.parse(v).orElseThrow(() -> ApiProblem.badRequest(name + " must be a UUID such as 3f7b145d-84af-42d7-8fae-eaca714b02b2."));
    }

    public Integer age(String name) {
        return raw(name) == null ? null : integer(name, 0, MAX_AGE, 0);
    }

    public Integer proximityMetres() {
        return raw("proximity") == null ? null : integer("proximity", 1, MAX_PROXIMITY_METRES, 0);
    }

    /** Upper case with one space before the inward code; refused unless it looks like a UK postcode. */
    public String postcode() {
        String v = raw("postcode");
        if (v == null) return null;
        String compact = v.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        String normal = compact.length() > 4 && Character.isDigit(compact.charAt(compact.length() - 3))
                ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
        if (!POSTCODE.matcher(normal).matches()) {
            throw ApiProblem.badRequest("postcode must be a UK postcode such as DE4 3AG, or its first half such as DE4.");
        }
        return normal;
    }

    /** An ISO date-time (with offset, or UTC if none) or a date (its start, UTC). */
    public Instant instant(String name) {
        String v = raw(name);
        if (v == null) return null;
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw ApiProblem.badRequest(name + " must be an ISO 8601 date or date-time such as 2025-01-31 or 2025-01-31T09:00:00Z.");
                }
            }
        }
    }

    /** The filters of /services and /service_at_locations, checked for sense together. */
    public ServiceFilter serviceFilter() {
        Integer minimum = age("minimum_age");
        Integer maximum = age("maximum_age");
        if (minimum != null && maximum != null && minimum > maximum) {
            throw ApiProblem.badRequest("minimum_age cannot be above maximum_age.");
        }
        String postcode = postcode();
        Integer proximity = proximityMetres();
        if (proximity != null && postcode == null) throw ApiProblem.badRequest("proximity needs a postcode to measure from.");
        return new ServiceFilter(text("search"), uuid("taxonomy_term_id"), uuid("taxonomy_id"), uuid("organization_id"),
                age("age"), minimum, maximum, instant("modified_after"), postcode, proximity);
    }

    private int integer(String name, int min, int max, int fallback) {
        String v = raw(name);
        if (v == null) return fallback;
        if (!v.matches("[0-9]{1,9}")) throw ApiProblem.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
        int n = Integer.parseInt(v);
        if (n < min || n > max) throw ApiProblem.badRequest(name + " must be from " + min + " to " + max + ".");
        return n;
    }

    private static String quoted(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "\"" + shown.replaceAll("[^\\p{L}\\p{N}_ .-]", "?") + "\"";
    }

    /** A page request: 1-based page number and its size. */
    public record Paging(int page, int perPage) {
        public int offset() { return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage); }
    }

    /** The service filters; null means "not filtered by this". */
    public record ServiceFilter(String search, UUID termId, UUID taxonomyId, UUID organizationId, Integer age,
                                Integer minimumAge, Integer maximumAge, Instant modifiedAfter, String postcode,
                                Integer proximityMetres) {
        public static ServiceFilter none() {
            return new ServiceFilter(null, null, null, null, null, null, null, null, null, null);
        }
    }

}
