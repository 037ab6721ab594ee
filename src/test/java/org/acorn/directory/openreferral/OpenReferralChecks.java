package org.acorn.directory.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.acorn.testing.Demo;
import org.acorn.testing.PortalChecks;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * The Open Referral UK API over HTTP as another system uses it (every answer checked against the profile's schema),
 * and the import page as a co-ordinator uses it.
 */
public abstract class OpenReferralChecks extends PortalChecks {

    protected OpenReferralChecks(URL base, TestMail mail) {
        super(base, mail);
    }

    static final String API = "api/openreferral";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // ---- the API -----------------------------------------------------------------------------------------------

    @Test
    void everyEndpointAnswersSchemaValidJsonWithPagingAndCors() {
        HttpResponse<String> root = get("");
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t.toLowerCase().replace(" ", "")).isEqualTo("application/json;charset=utf-8"));
        assertThat(root.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode meta = Schemas.valid("meta", root.body());
        assertThat(meta.path("openapi_url").asText()).endsWith("/api/openreferral/openapi.json");

        JsonNode services = ok("service_page", "services?per_page=5");
        assertThat(services.path("total_items").asLong()).isGreaterThan(5);
        assertThat(services.path("size").asInt()).isEqualTo(5);
        assertThat(services.path("first_page").asBoolean()).isTrue();
        assertThat(services.path("last_page").asBoolean()).isFalse();
        assertThat(services.path("empty").asBoolean()).isFalse();
        long pages = services.path("total_pages").asLong();
        assertThat(pages).isEqualTo((services.path("total_items").asLong() + 4) / 5);
        JsonNode second = ok("service_page", "services?per_page=5&page=2");
        assertThat(second.path("first_page").asBoolean()).isFalse();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(services));
        JsonNode last = ok("service_page", "services?per_page=5&page=" + pages);
        assertThat(last.path("last_page").asBoolean()).isTrue();

        String serviceId = services.path("contents").get(0).path("id").asText();
        JsonNode service = ok("service_full", "services/" + serviceId);
        assertThat(service.path("id").asText()).isEqualTo(serviceId);
        assertThat(service.path("attributes")).isNotEmpty();

        JsonNode sals = ok("service_at_location_page", "service_at_locations?per_page=3");
        assertThat(sals.path("size").asInt()).isEqualTo(3);
        String salId = sals.path("contents").get(0).path("id").asText();
        JsonNode sal = ok("service_at_location_full", "service_at_locations/" + salId);
        assertThat(sal.path("service").path("id").asText()).isEqualTo(sal.path("service_id").asText());

        JsonNode taxonomies = ok("taxonomy_page", "taxonomies");
        List<String> names = new ArrayList<>();
        taxonomies.path("contents").forEach(t -> names.add(t.path("name").asText()));
        assertThat(names).contains("Every Child Matters outcomes", "Service types").doesNotContain("Level of need");
        String taxonomyId = taxonomies.path("contents").get(0).path("id").asText();
        ok("taxonomy", "taxonomies/" + taxonomyId);

        JsonNode terms = ok("taxonomy_term_page", "taxonomy_terms?per_page=200&taxonomy_id=" + taxonomyId);
        assertThat(terms.path("contents")).allSatisfy(t -> assertThat(t.path("taxonomy_id").asText()).isEqualTo(taxonomyId));
        JsonNode child = null;
        for (JsonNode t : terms.path("contents")) if (t.has("parent_id")) { child = t; break; }
        assertThat(child).as("a term with a parent").isNotNull();
        JsonNode term = ok("taxonomy_term", "taxonomy_terms/" + child.path("id").asText());
        assertThat(term.path("name").asText()).isEqualTo(child.path("name").asText());
        ok("taxonomy_term", "taxonomy_terms/" + term.path("parent_id").asText());
        JsonNode allTerms = ok("taxonomy_term_page", "taxonomy_terms?per_page=200&page=1");
        allTerms.path("contents").forEach(t -> assertThat(t.path("taxonomy").asText()).isNotEqualTo("Level of need"));

        HttpResponse<String> preflight = send("OPTIONS", "services", Map.of("Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isBetween(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
    }

    @Test
    void filtersGiveTheRightServices() {
        long all = ok("service_page", "services?per_page=1").path("total_items").asLong();

        // words as the search page understands them (the site's index): every word, stemmed, phrases in quotes
        JsonNode youth = ok("service_page", "services?per_page=200&search=" + enc("\"youth club\""));
        assertThat(youth.path("total_items").asLong()).isPositive().isLessThan(all);
        youth.path("contents").forEach(s -> assertThat(s.toString().toLowerCase()).contains("youth club"));
        assertThat(ok("service_page", "services?per_page=1&search=" + enc("youth clubs")).path("total_items").asLong())
                .as("stemmed: clubs finds club").isGreaterThanOrEqualTo(youth.path("total_items").asLong());
        assertThat(ok("service_page", "services?search=" + enc("%")).path("empty").asBoolean())
                .as("no searchable word: nothing, rather than everything").isTrue();
        assertThat(ok("service_page", "services?search=" + enc("<script>alert(1)</script>")).path("empty").asBoolean()).isTrue();
        // SQL in the text is words like any other ("1" is in some addresses): never everything, never an error
        assertThat(ok("service_page", "services?search=" + enc("' OR '1'='1")).path("total_items").asLong()).isLessThan(all);

        // taxonomy term: a term one service carries; every service found carries it
        String serviceId = ok("service_page", "services?per_page=1").path("contents").get(0).path("id").asText();
        JsonNode full = ok("service_full", "services/" + serviceId);
        String termId = full.path("attributes").get(0).path("taxonomy_term_id").asText();
        JsonNode tagged = ok("service_page", "services?per_page=200&taxonomy_term_id=" + termId);
        assertThat(ids(tagged)).contains(serviceId);
        assertThat(tagged.path("total_items").asLong()).isLessThan(all);
        int checked = 0;
        for (JsonNode s : tagged.path("contents")) {
            if (checked++ == 5) break;
            List<String> carried = new ArrayList<>();
            ok("service_full", "services/" + s.path("id").asText()).path("attributes")
                    .forEach(a -> carried.add(a.path("taxonomy_term_id").asText()));
            assertThat(carried).contains(termId);
        }
        assertThat(ok("service_page", "services?taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2").path("empty").asBoolean())
                .as("an unknown term matches nothing").isTrue();

        JsonNode toddlers = ok("service_page", "services?per_page=200&age=3");
        assertThat(toddlers.path("total_items").asLong()).isPositive().isLessThan(all);
        toddlers.path("contents").forEach(s -> {
            assertThat(s.path("minimum_age").asInt(0)).isLessThanOrEqualTo(3);
            assertThat(s.path("maximum_age").asInt(200)).isGreaterThanOrEqualTo(3);
        });
        ok("service_page", "services?per_page=200&minimum_age=11").path("contents")
                .forEach(s -> assertThat(s.path("minimum_age").asInt()).isGreaterThanOrEqualTo(11));

        assertThat(ok("service_page", "services?modified_after=2000-01-01").path("total_items").asLong()).isEqualTo(all);
        assertThat(ok("service_page", "services?modified_after=" + enc("2999-01-01T00:00:00Z")).path("empty").asBoolean()).isTrue();

        // proximity: a location with coordinates is found from its own postcode, and far places are not
        JsonNode located = null;
        for (JsonNode sal : ok("service_at_location_page", "service_at_locations?per_page=50").path("contents")) {
            if (sal.path("location").has("latitude")) { located = sal; break; }
        }
        assertThat(located).isNotNull();
        String postcode = located.path("location").path("addresses").get(0).path("postal_code").asText();
        double lat = located.path("location").path("latitude").asDouble();
        double lon = located.path("location").path("longitude").asDouble();
        JsonNode near = ok("service_at_location_page", "service_at_locations?per_page=200&postcode=" + enc(postcode) + "&proximity=2000");
        assertThat(ids(near)).contains(located.path("id").asText());
        for (JsonNode sal : near.path("contents")) {
            // the centre is within 2 km of this location, so everything found is within 4 km of it
            assertThat(Distance.metres(lat, lon, sal.path("location").path("latitude").asDouble(),
                    sal.path("location").path("longitude").asDouble())).isLessThanOrEqualTo(4000);
        }
        long nearServices = ok("service_page", "services?postcode=" + enc(postcode) + "&proximity=2000").path("total_items").asLong();
        assertThat(nearServices).isPositive().isLessThan(all);
        assertThat(error(get("services?postcode=" + enc("ZZ9 9ZZ") + "&proximity=1000"), 400)).contains("ZZ9 9ZZ");
    }

    @Test
    void badRequestsAnswerJsonErrors() {
        assertThat(error(get("services/not-a-uuid"), 400)).contains("UUID");
        assertThat(error(get("services/3f7b145d-84af-42d7-8fae-eaca714b02b2"), 404)).contains("No published service");
        assertThat(error(get("service_at_locations/3f7b145d-84af-42d7-8fae-eaca714b02b2"), 404)).isNotBlank();
        assertThat(error(get("taxonomies/3f7b145d-84af-42d7-8fae-eaca714b02b2"), 404)).isNotBlank();
        assertThat(error(get("taxonomy_terms/" + enc("../../etc/passwd")), 400)).contains("UUID");
        assertThat(error(get("organizations"), 404)).isNotBlank();
        assertThat(error(get("services?page=0"), 400)).contains("page");
        assertThat(error(get("services?page=abc"), 400)).contains("page");
        assertThat(error(get("services?per_page=1000"), 400)).contains("per_page");
        assertThat(error(get("services?page=99999"), 400)).contains("beyond the last page");
        assertThat(error(get("taxonomies?page=99"), 400)).contains("beyond the last page");
        assertThat(error(get("services?colour=red"), 400)).contains("Unknown parameter \"colour\"");
        assertThat(error(get("taxonomies?search=x"), 400)).contains("Unknown parameter \"search\"");
        assertThat(error(get("services?page=1&page=2"), 400)).contains("once");
        assertThat(error(get("services?search=" + "x".repeat(300)), 400)).contains("too long");
        assertThat(error(get("services?proximity=500"), 400)).contains("postcode");
        assertThat(error(get("services?postcode=" + enc("<script>")), 400)).contains("postcode").doesNotContain("<script>");
        assertThat(error(get("services?modified_after=last-week"), 400)).contains("ISO 8601");
        HttpResponse<String> post = send("POST", "services", Map.of());
        assertThat(error(post, 405)).contains("read-only");
        HttpResponse<String> missing = get("services/3f7b145d-84af-42d7-8fae-eaca714b02b2");
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void everyPathTheOpenApiDocumentListsAnswers() {
        HttpResponse<String> doc = get("openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode openapi = Schemas.parse(doc.body());
        assertThat(openapi.path("openapi").asText()).startsWith("3.");
        assertThat(openapi.path("servers").get(0).path("url").asText()).endsWith("/api/openreferral");
        Map<String, String> examples = Map.of(
                "/services/{id}", "services/" + firstId("services"),
                "/service_at_locations/{id}", "service_at_locations/" + firstId("service_at_locations"),
                "/taxonomies/{id}", "taxonomies/" + firstId("taxonomies"),
                "/taxonomy_terms/{id}", "taxonomy_terms/" + firstId("taxonomy_terms"));
        List<String> paths = new ArrayList<>();
        openapi.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/", "/services", "/services/{id}", "/service_at_locations", "/service_at_locations/{id}",
                "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}");
        for (String path : paths) {
            String concrete = path.contains("{") ? examples.get(path) : path.substring(1);
            assertThat(concrete).as("an example for " + path).isNotNull();
            assertThat(get(concrete).statusCode()).as(path).isEqualTo(200);
            // every query parameter it documents is accepted
            for (JsonNode p : openapi.path("paths").path(path).path("get").path("parameters")) {
                JsonNode param = p.has("$ref") ? openapi.at(p.path("$ref").asText().substring(1)) : p;
                if (!"query".equals(param.path("in").asText())) continue;
                String name = param.path("name").asText();
                String value = switch (name) {
                    case "page", "per_page" -> "1";
                    case "age", "minimum_age", "maximum_age" -> "5";
                    case "modified_after" -> "2020-01-01";
                    case "postcode" -> "DB1";
                    case "proximity" -> null;
                    case "search" -> "play";
                    default -> firstId(name.equals("organization_id") ? "services" : name.equals("taxonomy_id") ? "taxonomies" : "taxonomy_terms");
                };
                if (name.equals("organization_id")) value = ok("service_page", "services?per_page=1").path("contents").get(0).path("organization_id").asText();
                if (value == null) continue;
                HttpResponse<String> r = get(concrete + "?" + name + "=" + enc(value));
                assertThat(r.statusCode()).as(path + " ?" + name + " → " + r.body()).isEqualTo(200);
            }
        }
    }

    // ---- the import ---------------------------------------------------------------------------------------------

    @Test
    void anImportAddsRecordsAndAReImportUpdatesInsteadOfDuplicating() throws IOException {
        byte[] eastshire = resource("eastshire.json");
        WebClient coordinator = new WebClient(base, "203.0.113.40");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        Page first = importFile(coordinator, "eastshire.json", eastshire, "member");
        assertThat(first.doc().select("#totals").text()).as(first.text()).contains("Added 8");
        assertThat(row(first, "Eastshire Toddler Trust")).contains("Added", "joined as a member");
        assertThat(row(first, "Be healthy")).contains("Unchanged", "matched");
        assertThat(row(first, "Holiday activities and food")).contains("Added", "Imported terms");
        // the page's script asks how far the import has got; once done it says so, to co-ordinators only
        String progress = first.doc().select("form#import").attr("data-progress");
        assertThat(progress).contains("/admin/import/progress?key=");
        HttpResponse<String> done = coordinator.raw(progress.substring(progress.indexOf("/admin/")));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("\"stage\":\"FINISHED\"");
        assertThat(coordinator.raw("/admin/import/progress?key=" + "0".repeat(32)).statusCode()).isEqualTo(404);
        assertThat(coordinator.raw("/admin/import/progress?key=../../etc").statusCode()).isEqualTo(404);
        WebClient staffNotCoordinator = new WebClient(base, "203.0.113.43");
        Demo.signIn(staffNotCoordinator, Demo.DEVELOPMENT_OFFICER);
        assertThat(staffNotCoordinator.raw(progress.substring(progress.indexOf("/admin/"))).statusCode()).isEqualTo(403);

        JsonNode tots = ok("service_page", "services?search=" + enc("Eastshire Tots"));
        assertThat(tots.path("total_items").asLong()).isEqualTo(1);
        String totsId = tots.path("contents").get(0).path("id").asText();
        JsonNode full = ok("service_full", "services/" + totsId);
        assertThat(full.path("minimum_age").asInt()).isZero();
        assertThat(full.path("service_at_locations").get(0).path("location").path("addresses").get(0).path("postal_code").asText())
                .isEqualTo("EZ1 4AB");
        List<String> termNames = new ArrayList<>();
        full.path("attributes").forEach(a -> termNames.add(a.path("taxonomy_term").path("name").asText()));
        assertThat(termNames).containsExactly("Be healthy");
        assertThat(ok("service_page", "services?search=" + enc("Fenbridge Easter Club")).path("empty").asBoolean())
                .as("a defunct service is imported closed and not published").isTrue();
        assertThat(ids(ok("service_at_location_page", "service_at_locations?postcode=" + enc("EZ1 4AB") + "&proximity=500")))
                .hasSize(2);

        Page again = importFile(coordinator, "eastshire.json", eastshire, "member");
        assertThat(again.doc().select("#totals").text()).as(again.text()).contains("Added 0", "updated 0");
        assertThat(row(again, "Eastshire Tots Stay and Play")).contains("Unchanged");
        assertThat(ok("service_page", "services?search=" + enc("Eastshire Tots")).path("total_items").asLong()).isEqualTo(1);

        String changed = new String(eastshire, StandardCharsets.UTF_8).replace("Messy play, songs", "Messy play, stories, songs");
        Page updated = importFile(coordinator, "eastshire-2.json", changed.getBytes(StandardCharsets.UTF_8), "member");
        assertThat(row(updated, "Eastshire Tots Stay and Play")).contains("Updated", "description");
        JsonNode after = ok("service_full", "services/" + totsId);
        assertThat(after.path("description").asText()).contains("stories");
        assertThat(after.path("last_modified").asText()).isGreaterThan(full.path("last_modified").asText());

        Page csv = coordinator.submit("download", Map.of(), "download:csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        assertThat(csv.doc().text()).contains("Eastshire Tots Stay and Play", "Updated");

        // new organisations listed for review are not published, nor their services
        String listed = "{\"organizations\":[{\"id\":\"o1\",\"name\":\"Quayside Listed Youth Project\",\"description\":\"x\"}],"
                + "\"services\":[{\"id\":\"s1\",\"organization_id\":\"o1\",\"name\":\"Quayside Listed Drop-in\",\"status\":\"active\"},"
                + "{\"id\":\"s2\",\"organization_id\":\"o1\",\"name\":\"<script>alert(1)</script> Club\",\"minimum_age\":9,\"maximum_age\":3}]}";
        Page review = importFile(coordinator, "listed.json", listed.getBytes(StandardCharsets.UTF_8), "listed");
        assertThat(row(review, "Quayside Listed Youth Project")).contains("Added", "listed for review");
        assertThat(row(review, "Club")).contains("Rejected", "minimum_age is above maximum_age");
        assertThat(review.doc().select("script").outerHtml()).doesNotContain("alert(1)");
        assertThat(ok("service_page", "services?search=" + enc("Quayside")).path("empty").asBoolean()).isTrue();

        // a co-ordinator accepts the listed organisation as a member, and its service is published
        String editLink = coordinator.get("/admin/organisations.xhtml?q=Quayside").doc()
                .select("#organisations tbody a").first().attr("href");
        Page listedPage = coordinator.get(editLink.substring(editLink.indexOf("/admin/")));
        assertThat(listedPage.text()).contains("listed, not a member");
        WebClient officer = new WebClient(base, "203.0.113.42");
        Demo.signIn(officer, Demo.DEVELOPMENT_OFFICER);
        assertThat(officer.get(editLink.substring(editLink.indexOf("/admin/"))).doc().select("#admit")).as("only co-ordinators accept").isEmpty();
        Page admitted = coordinator.submit("admit", Map.of(), "admit:submit");
        assertThat(admitted.messages()).as(admitted.text()).contains("is now a member");
        assertThat(admitted.doc().select("#admit")).isEmpty();
        assertThat(ok("service_page", "services?search=" + enc("Quayside")).path("total_items").asInt()).isEqualTo(1);
    }

    @Test
    void badFilesAreReportedAndImportNothing() {
        WebClient coordinator = new WebClient(base, "203.0.113.41");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"services\": [ {\"id\": \"1\", \"name\": \"Broken Brook Club\" ", "not valid JSON");
        bad.put("[1, 2, 3]", "expected one JSON object");
        bad.put("{\"people\": []}", "no \"organizations\" or \"services\"");
        bad.put("{\"services\": {\"id\": \"1\"}}", "must be an array");
        bad.put("{\"organizations\": [{\"id\": \"o1\", \"name\": \"Broken Brook Trust\", \"description\": \"a\"},"
                + " {\"id\": \"o1\", \"name\": \"Broken Brook Other\", \"description\": \"b\"}]}", "Ids must be unique");
        bad.put("{\"organizations\": [{\"name\": \"Broken Brook Nameless\", \"description\": \"a\"}]}", "has no id");
        for (Map.Entry<String, String> file : bad.entrySet()) {
            Page page = importFile(coordinator, "bad.json", file.getKey().getBytes(StandardCharsets.UTF_8), "member");
            assertThat(page.doc().select("#refused")).as(file.getKey() + " → " + page.text()).hasSize(1);
            assertThat(page.doc().select("#fatal").text()).contains(file.getValue()).contains("Nothing was imported");
        }
        StringBuilder huge = new StringBuilder("{\"organizations\": [");
        for (int i = 0; huge.length() < 260 * 1024; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"id\": \"big").append(i).append("\", \"name\": \"Broken Brook Big ").append(i)
                    .append("\", \"description\": \"").append("x".repeat(200)).append("\"}");
        }
        huge.append("]}");
        Page big = importFile(coordinator, "huge.json", huge.toString().getBytes(StandardCharsets.UTF_8), "member");
        assertThat(big.doc().select("#fatal").text()).as(big.text()).contains("larger than 200 KB", "Nothing was imported");
        assertThat(ok("service_page", "services?search=" + enc("Broken Brook")).path("empty").asBoolean()).isTrue();
        Page empty = coordinator.get("/admin/import.xhtml");
        Page none = importFile(coordinator, "empty.json", new byte[0], "member");
        assertThat(none.fieldError("import:file")).contains("Choose");

        WebClient volunteer = new WebClient(base, "203.0.113.42");
        Demo.signIn(volunteer, Demo.MEMBER);
        assertThat(volunteer.get("/admin/import.xhtml").status()).isEqualTo(403);
        assertThat(empty.status()).isEqualTo(200);
    }

    private Page importFile(WebClient client, String name, byte[] content, String membership) {
        client.get("/admin/import.xhtml");
        return client.submitFile("import", Map.of("import:membership", membership),
                Map.of("import:file", Map.entry(name, content)), "import:upload");
    }

    private static String row(Page page, String name) {
        for (org.jsoup.nodes.Element tr : page.doc().select("#lines tbody tr")) {
            if (tr.select("td").get(2).text().contains(name)) return tr.text();
        }
        throw new AssertionError("no report line for " + name + " in " + page.text());
    }

    private static byte[] resource(String name) throws IOException {
        try (java.io.InputStream in = OpenReferralChecks.class.getResourceAsStream("/openreferral/" + name)) {
            return in.readAllBytes();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String firstId(String list) {
        return ok(null, list + "?per_page=1").path("contents").get(0).path("id").asText();
    }

    private JsonNode ok(String schema, String path) {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        return schema == null ? Schemas.parse(r.body()) : Schemas.valid(schema, r.body());
    }

    private static String error(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri() + " → " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode json = Schemas.valid("error", r.body());
        assertThat(json.path("status").asInt()).isEqualTo(status);
        return json.path("message").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        for (Iterator<JsonNode> it = page.path("contents").elements(); it.hasNext(); ) ids.add(it.next().path("id").asText());
        return ids;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, Map.of());
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(API + (path.isEmpty() ? "" : "/" + path)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
