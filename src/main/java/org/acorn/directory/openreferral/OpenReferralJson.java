package org.acorn.directory.openreferral;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;

/**
 * Our records in the shapes of the Open Referral UK profile of HSDS 3.0. Only what the public may see: no
 * contact person, email or phone of an organisation, no safeguarding lead, no level of need. Fields the
 * directory does not hold are left out rather than invented. {@code api} is the API's public base address.
 */
final class OpenReferralJson {

    static final String HSDS_VERSION = "3.0";
    static final String PROFILE = "https://github.com/openreferral/uk-profile";
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String api;

    OpenReferralJson(String api) { this.api = api; }

    /** The paging envelope the profile puts around every list. */
    static Map<String, Object> page(List<?> contents, long total, ListQuery.Paging paging) {
        long pages = Math.max(1, (total + paging.perPage() - 1) / paging.perPage());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_items", total);
        m.put("total_pages", pages);
        m.put("page_number", paging.page());
        m.put("size", contents.size());
        m.put("first_page", paging.page() == 1);
        m.put("last_page", paging.page() >= pages);
        m.put("empty", total == 0);
        m.put("contents", contents);
        return m;
    }

    Map<String, Object> root() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", HSDS_VERSION);
        m.put("profile", PROFILE);
        m.put("openapi_url", api + "/openapi.json");
        return m;
    }

    /** A service with its one-to-one fields and organisation (the list shape). */
    Map<String, Object> serviceSummary(Service s, Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.getUuid());
        m.put("organization_id", o.getUuid());
        m.put("name", s.getName());
        put(m, "description", s.getDescription());
        m.put("url", o.getWebsite() != null && o.getWebsite().startsWith("http") ? o.getWebsite() : api + "/services/" + s.getUuid());
        m.put("status", "active");
        if (s.getStatus() == ServiceStatus.REDUCED) m.put("alert", ServiceStatus.REDUCED.label() + ".");
        put(m, "fees_description", s.isFree() ? "Free" : s.getCostText());
        put(m, "eligibility_description", s.getEligibility());
        put(m, "application_process", s.getHowToRefer());
        if (s.getMinAge() != null) m.put("minimum_age", s.getMinAge());
        if (s.getMaxAge() != null) m.put("maximum_age", s.getMaxAge());
        if (s.getLastVerifiedAt() != null) m.put("assured_date", s.getLastVerifiedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        m.put("last_modified", timestamp(s.getUpdatedAt()));
        m.put("organization", organisation(o));
        return m;
    }

    /** A service with everything related: locations and taxonomy terms (as HSDS 3 attributes) too. */
    Map<String, Object> serviceFull(Service s, Organisation o) {
        Map<String, Object> m = serviceSummary(s, o);
        put(m, "schedules", s.getOpeningTimes() == null ? null
                : List.of(Map.of("id", Ids.derived("schedule", s.getUuid()), "service_id", s.getUuid(), "description", s.getOpeningTimes())));
        put(m, "languages", languages(s));
        m.put("service_at_locations", s.getLocations().stream().map(l -> serviceAtLocation(l, null, null)).toList());
        m.put("attributes", s.getTerms().stream()
                .filter(t -> !PublicDirectory.UNPUBLISHED_TAXONOMIES.contains(t.getTaxonomy().getCode()) && !t.isMerged())
                .sorted(java.util.Comparator.comparing(TaxonomyTerm::getId))
                .map(t -> attribute(s, t)).toList());
        return m;
    }

    /** A service_at_location; with {@code service} set, the service is nested (summary or full). */
    Map<String, Object> serviceAtLocation(ServiceLocation l, Service service, Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.getUuid());
        m.put("service_id", l.getService().getUuid());
        m.put("location_id", Ids.derived("location", l.getUuid()));
        m.put("location", location(l));
        if (service != null) m.put("service", serviceSummary(service, o));
        return m;
    }

    Map<String, Object> location(ServiceLocation l) {
        String id = Ids.derived("location", l.getUuid());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("location_type", "physical");
        put(m, "name", l.getAddress() == null ? null : l.getAddress().split(",")[0].trim());
        if (l.getLatitude() != null && l.getLongitude() != null) {
            m.put("latitude", l.getLatitude());
            m.put("longitude", l.getLongitude());
        }
        if (l.getAddress() != null || l.getPostcode() != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", Ids.derived("address", l.getUuid()));
            a.put("location_id", id);
            put(a, "address_1", l.getAddress());
            put(a, "postal_code", l.getPostcode());
            a.put("country", "GB");
            a.put("address_type", "physical");
            m.put("addresses", List.of(a));
        }
        return m;
    }

    Map<String, Object> taxonomy(Taxonomy t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getUuid());
        m.put("name", t.getName());
        m.put("description", t.getDescription() == null ? t.getName() : t.getDescription());
        m.put("uri", api + "/taxonomies/" + t.getUuid());
        return m;
    }

    Map<String, Object> term(TaxonomyTerm t, String parentUuid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getUuid());
        m.put("code", t.getCode());
        m.put("name", t.getLabel());
        put(m, "description", t.getDescription());
        put(m, "parent_id", parentUuid);
        m.put("taxonomy", t.getTaxonomy().getName());
        m.put("taxonomy_id", t.getTaxonomy().getUuid());
        m.put("term_uri", api + "/taxonomy_terms/" + t.getUuid());
        return m;
    }

    private Map<String, Object> attribute(Service s, TaxonomyTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Ids.derived("attribute/" + t.getUuid(), s.getUuid()));
        m.put("link_id", s.getUuid());
        m.put("link_type", "service");
        m.put("link_entity", "service");
        m.put("taxonomy_term_id", t.getUuid());
        m.put("taxonomy_term", term(t, null));
        return m;
    }

    private Map<String, Object> organisation(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.getUuid());
        m.put("name", o.getName());
        m.put("description", o.getDescription() == null ? "" : o.getDescription());
        if (o.getWebsite() != null && o.getWebsite().startsWith("http")) m.put("website", o.getWebsite());
        return m;
    }

    private static List<Map<String, Object>> languages(Service s) {
        if (s.getLanguages() == null || s.getLanguages().isBlank()) return null;
        return java.util.Arrays.stream(s.getLanguages().split("[,;]")).map(String::trim).filter(x -> !x.isEmpty())
                .map(name -> Map.<String, Object>of("id", Ids.derived("language/" + name, s.getUuid()), "service_id", s.getUuid(),
                        "name", name)).toList();
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) m.put(key, value);
    }
}
