package org.acorn.directory.openreferral;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.OrganisationNumbers;

/**
 * Reads an Open Referral UK dataset: one JSON object with any of the arrays {@code organizations}, {@code services},
 * {@code locations}, {@code service_at_locations}, {@code taxonomies}, {@code taxonomy_terms} and
 * {@code attributes} (HSDS 3 links of a service to a term, by {@code link_id} and {@code taxonomy_term_id}), with
 * records linked by id as the profile's tables are; or services fully nested as the profile's /services/{id} gives
 * them (organization, service_at_locations with location, attributes with taxonomy_term). Both may be mixed.
 * The whole file is refused when it is not JSON, not that shape, or an id is used twice for different records;
 * a record that is only partly usable is kept here and judged by {@link ImportRules}.
 */
public final class DatasetReader {

    static final Set<String> ARRAYS = Set.of("organizations", "services", "locations", "service_at_locations",
            "taxonomies", "taxonomy_terms", "attributes");
    static final int MAX_ID_LENGTH = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final ImportReport report;
    private final Map<String, Dataset.Org> orgs = new LinkedHashMap<>();
    private final Map<String, Dataset.Svc> services = new LinkedHashMap<>();
    private final Map<String, Dataset.Place> places = new LinkedHashMap<>();
    private final Map<String, Dataset.Vocabulary> taxonomies = new LinkedHashMap<>();
    private final Map<String, Dataset.Term> terms = new LinkedHashMap<>();
    private final Map<String, List<String>> extraTerms = new LinkedHashMap<>();
    private final Map<String, List<String>> extraPlaces = new LinkedHashMap<>();

    private DatasetReader(ImportReport report) { this.report = report; }

    /** The dataset, or null with the reasons in {@code report} when the file cannot be imported at all. */
    public static Dataset read(byte[] file, ImportReport report) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file);
        } catch (JsonParseException e) {
            report.refuse("The file is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "). Nothing was imported.");
            return null;
        } catch (IOException | RuntimeException e) {
            report.refuse("The file could not be read as JSON. Nothing was imported.");
            return null;
        }
        if (root == null || !root.isObject()) {
            report.refuse("The file is not an Open Referral dataset: expected one JSON object with arrays such as "
                    + "\"organizations\" and \"services\". Nothing was imported.");
            return null;
        }
        List<String> present = new ArrayList<>();
        for (String name : ARRAYS) {
            if (!root.has(name)) continue;
            if (!root.get(name).isArray()) {
                report.refuse("\"" + name + "\" must be an array of records. Nothing was imported.");
                return null;
            }
            present.add(name);
        }
        if (!present.contains("services") && !present.contains("organizations")) {
            report.refuse("The file is not an Open Referral dataset: it has no \"organizations\" or \"services\" array. Nothing was imported.");
            return null;
        }
        DatasetReader reader = new DatasetReader(report);
        reader.readAll(root);
        if (report.isRefused()) return null;
        return reader.build();
    }

    private void readAll(JsonNode root) {
        for (JsonNode t : root.path("taxonomies")) taxonomy(t);
        for (JsonNode t : root.path("taxonomy_terms")) term(t);
        for (JsonNode o : root.path("organizations")) organisation(o);
        for (JsonNode l : root.path("locations")) place(l);
        for (JsonNode s : root.path("services")) service(s);
        for (JsonNode sal : root.path("service_at_locations")) serviceAtLocation(sal);
        for (JsonNode a : root.path("attributes")) attribute(a, null);
    }

    private Dataset build() {
        List<Dataset.Svc> svcs = new ArrayList<>();
        for (Dataset.Svc s : services.values()) {
            List<String> t = new ArrayList<>(s.termIds());
            t.addAll(extraTerms.getOrDefault(s.id(), List.of()));
            List<String> l = new ArrayList<>(s.locationIds());
            l.addAll(extraPlaces.getOrDefault(s.id(), List.of()));
            svcs.add(new Dataset.Svc(s.id(), s.organisationId(), s.name(), s.description(), s.status(), s.minAge(), s.maxAge(),
                    s.fees(), s.eligibility(), s.howToRefer(), s.openingTimes(), s.languages(),
                    List.copyOf(new java.util.LinkedHashSet<>(t)), List.copyOf(new java.util.LinkedHashSet<>(l))));
        }
        return new Dataset(List.copyOf(orgs.values()), svcs, List.copyOf(places.values()), List.copyOf(taxonomies.values()),
                List.copyOf(terms.values()));
    }

    // ---- records -----------------------------------------------------------------------------------------------

    private void taxonomy(JsonNode t) {
        String id = id(t, "taxonomy");
        if (id == null) return;
        claim(taxonomies, "taxonomy", id, new Dataset.Vocabulary(id, text(t, "name")));
    }

    private void term(JsonNode t) {
        String id = id(t, "taxonomy term");
        if (id == null) return;
        String taxonomy = text(t, "taxonomy_id");
        if (taxonomy == null && t.path("taxonomy_detail").isObject()) {
            taxonomy(t.get("taxonomy_detail"));
            taxonomy = text(t.get("taxonomy_detail"), "id");
        }
        if (taxonomy == null) taxonomy = text(t, "taxonomy");
        String name = text(t, "name") != null ? text(t, "name") : text(t, "term");
        claim(terms, "taxonomy term", id, new Dataset.Term(id, taxonomy, text(t, "code"), name, text(t, "parent_id")));
    }

    private void organisation(JsonNode o) {
        String id = id(o, "organization");
        if (id == null) return;
        String charity = null;
        String company = null;
        for (JsonNode identifier : o.path("organization_identifiers")) {
            String scheme = text(identifier, "identifier_scheme");
            String value = text(identifier, "identifier");
            if ("GB-CHC".equalsIgnoreCase(scheme)) charity = OrganisationNumbers.normaliseCharity(value);
            if ("GB-COH".equalsIgnoreCase(scheme)) company = OrganisationNumbers.normaliseCompany(value);
        }
        String website = text(o, "website") != null ? text(o, "website") : text(o, "url");
        claim(orgs, "organization", id, new Dataset.Org(id, text(o, "name"), text(o, "description"), website, charity, company));
    }

    private void place(JsonNode l) {
        String id = id(l, "location");
        if (id == null) return;
        JsonNode address = l.path("addresses").isArray() && l.path("addresses").size() > 0 ? l.path("addresses").get(0)
                : l.path("physical_addresses").isArray() && l.path("physical_addresses").size() > 0 ? l.path("physical_addresses").get(0)
                : null;
        String line = null;
        String postcode = text(l, "postcode");
        if (address != null) {
            List<String> parts = new ArrayList<>();
            for (String f : List.of("address_1", "address_2", "city", "region", "state_province")) {
                String v = text(address, f);
                if (v != null && !parts.contains(v)) parts.add(v);
            }
            line = parts.isEmpty() ? null : String.join(", ", parts);
            if (text(address, "postal_code") != null) postcode = text(address, "postal_code");
        }
        claim(places, "location", id, new Dataset.Place(id, text(l, "name"), line, postcode, decimal(l, "latitude"), decimal(l, "longitude")));
    }

    private void service(JsonNode s) {
        String id = id(s, "service");
        if (id == null) return;
        String organisation = text(s, "organization_id");
        if (s.path("organization").isObject()) {
            JsonNode o = s.get("organization");
            String oid = text(o, "id");
            if (oid != null && !orgs.containsKey(oid)) organisation(o);
            if (organisation == null) organisation = oid;
        }
        List<String> locationIds = new ArrayList<>();
        for (JsonNode sal : s.path("service_at_locations")) {
            String lid = locationOf(sal);
            if (lid != null) locationIds.add(lid);
        }
        for (JsonNode a : s.path("attributes")) attribute(a, id);
        List<String> termIds = new ArrayList<>();
        for (JsonNode t : s.path("taxonomy_terms")) { // the older UK shape: terms listed on the service
            String tid = text(t, "id");
            if (tid != null && !terms.containsKey(tid)) term(t);
            if (tid != null) termIds.add(tid);
        }
        String fees = text(s, "fees_description") != null ? text(s, "fees_description") : text(s, "fees");
        String eligibility = text(s, "eligibility_description");
        List<String> languages = new ArrayList<>();
        for (JsonNode lang : s.path("languages")) if (text(lang, "name") != null) languages.add(text(lang, "name"));
        List<String> times = new ArrayList<>();
        for (JsonNode sch : s.path("schedules")) if (text(sch, "description") != null) times.add(text(sch, "description"));
        claim(services, "service", id, new Dataset.Svc(id, organisation, text(s, "name"), text(s, "description"),
                text(s, "status"), age(s, "minimum_age"), age(s, "maximum_age"), fees, eligibility, text(s, "application_process"),
                times.isEmpty() ? null : String.join("; ", times), languages.isEmpty() ? null : String.join(", ", languages),
                termIds, locationIds));
    }

    /** A service_at_location: its location (nested, or by location_id); returns the location's id. */
    private String locationOf(JsonNode sal) {
        if (sal.path("location").isObject()) {
            String lid = text(sal.get("location"), "id");
            if (lid != null && !places.containsKey(lid)) place(sal.get("location"));
            return lid;
        }
        return text(sal, "location_id");
    }

    private void serviceAtLocation(JsonNode sal) {
        String service = text(sal, "service_id");
        String location = locationOf(sal);
        if (service != null && location != null) extraPlaces.computeIfAbsent(service, k -> new ArrayList<>()).add(location);
    }

    private void attribute(JsonNode a, String serviceId) {
        String link = serviceId != null ? serviceId : text(a, "link_id");
        String linkType = text(a, "link_type") != null ? text(a, "link_type") : text(a, "link_entity");
        if (serviceId == null && linkType != null && !"service".equalsIgnoreCase(linkType)) return;
        String termId = text(a, "taxonomy_term_id");
        if (a.path("taxonomy_term").isObject()) {
            JsonNode t = a.get("taxonomy_term");
            if (termId == null) termId = text(t, "id");
            if (text(t, "id") != null && !terms.containsKey(text(t, "id"))) term(t);
        }
        if (link != null && termId != null) extraTerms.computeIfAbsent(link, k -> new ArrayList<>()).add(termId);
    }

    // ---- fields ------------------------------------------------------------------------------------------------

    private String id(JsonNode record, String kind) {
        if (!record.isObject()) {
            report.refuse("A " + kind + " record is not a JSON object. Nothing was imported.");
            return null;
        }
        String id = text(record, "id");
        if (id == null) {
            report.refuse("A " + kind + " record has no id" + named(record) + ". Every record needs one. Nothing was imported.");
            return null;
        }
        if (id.length() > MAX_ID_LENGTH) {
            report.refuse("A " + kind + " id is longer than " + MAX_ID_LENGTH + " characters. Nothing was imported.");
            return null;
        }
        return id;
    }

    /** Records once per id; the same id for two different records refuses the file. */
    private <T> void claim(Map<String, T> records, String kind, String id, T record) {
        T before = records.putIfAbsent(id, record);
        if (before != null && !before.equals(record)) {
            report.refuse("Two different " + kind + " records have the id \"" + shown(id) + "\". Ids must be unique. Nothing was imported.");
        }
    }

    private static String named(JsonNode record) {
        String name = text(record, "name");
        return name == null ? "" : " (\"" + shown(name) + "\")";
    }

    static String shown(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.decimalValue();
        try {
            return v.isTextual() && !v.asText().isBlank() ? new BigDecimal(v.asText().strip()) : null;
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(999); // out of range: ImportRules rejects the location with a reason
        }
    }

    /** Whole years; a fraction or text that is not a number is kept as -1 for ImportRules to reject. */
    private static Integer age(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isIntegralNumber() && v.canConvertToInt()) return v.intValue();
        if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0 && v.canConvertToInt()) return v.intValue();
        if (v.isTextual() && v.asText().strip().matches("\\d{1,3}")) return Integer.parseInt(v.asText().strip());
        return -1;
    }

}
