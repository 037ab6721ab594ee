package org.acorn.directory.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.acorn.directory.service.ServiceStatus;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private static Dataset read(String json, ImportReport report) {
        return DatasetReader.read(json.getBytes(StandardCharsets.UTF_8), report);
    }

    @Test
    void readsLinkedTablesWithTheirReferences() throws IOException {
        ImportReport report = new ImportReport();
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/openreferral/eastshire.json")) {
            file = in.readAllBytes();
        }
        Dataset d = DatasetReader.read(file, report);
        assertThat(report.isRefused()).isFalse();
        assertThat(d.organisations()).hasSize(3);
        assertThat(d.organisations().get(0).charityNumber()).isEqualTo("1188001");
        assertThat(d.organisations().get(2).companyNumber()).isEqualTo("12345678");
        assertThat(d.services()).hasSize(4);
        Dataset.Svc tots = d.services().get(0);
        assertThat(tots.locationIds()).containsExactly("7c2d9b10-2222-4000-8000-000000000001");
        assertThat(tots.termIds()).containsExactly("5b0e7d2c-0000-4000-8000-000000000001");
        assertThat(tots.fees()).isEqualTo("£1 a session");
        assertThat(d.locations().get(0).postcode()).isEqualTo("EZ1 4AB");
        assertThat(d.locations().get(0).address()).isEqualTo("St Botolph's Hall, Church Lane, Marshfield");
        assertThat(d.terms().get(1).taxonomy()).isEqualTo("9d1c52a4-6f1e-4c55-9a53-0d9a7e1c0002");
    }

    @Test
    void readsServicesNestedAsTheApiGivesThem() {
        ImportReport report = new ImportReport();
        Dataset d = read("""
                {"services": [{"id": "s1", "name": "Nested Club", "status": "active",
                  "organization": {"id": "o1", "name": "Nested Trust", "description": ""},
                  "service_at_locations": [{"id": "sal1", "location": {"id": "l1", "latitude": 52.1, "longitude": "1.2",
                     "addresses": [{"address_1": "1 High St", "postal_code": "EZ1 1AA"}]}}],
                  "attributes": [{"id": "a1", "taxonomy_term_id": "t1", "taxonomy_term": {"id": "t1", "name": "Be healthy", "taxonomy": "ecm"}}],
                  "languages": [{"id": "x", "name": "English"}, {"id": "y", "name": "Polish"}]}]}""", report);
        assertThat(report.getFatal()).isEmpty();
        assertThat(d.organisations()).extracting(Dataset.Org::name).containsExactly("Nested Trust");
        Dataset.Svc s = d.services().get(0);
        assertThat(s.organisationId()).isEqualTo("o1");
        assertThat(s.locationIds()).containsExactly("l1");
        assertThat(s.termIds()).containsExactly("t1");
        assertThat(s.languages()).isEqualTo("English, Polish");
        assertThat(d.locations().get(0).longitude()).isEqualByComparingTo("1.2");
    }

    @Test
    void refusesFilesThatAreNotDatasets() {
        String[][] cases = {
                {"{\"services\": [", "not valid JSON"},
                {"\"text\"", "expected one JSON object"},
                {"{}", "no \"organizations\" or \"services\""},
                {"{\"organizations\": \"none\"}", "must be an array"},
                {"{\"organizations\": [1]}", "not a JSON object"},
                {"{\"organizations\": [{\"name\": \"A\"}]}", "has no id"},
                {"{\"organizations\": [{\"id\": \"" + "x".repeat(101) + "\", \"name\": \"A\"}]}", "longer than 100"},
                {"{\"organizations\": [{\"id\": \"o\", \"name\": \"A\"}, {\"id\": \"o\", \"name\": \"B\"}]}", "Ids must be unique"},
                {"[".repeat(5000), "JSON"}};
        for (String[] c : cases) {
            ImportReport report = new ImportReport();
            assertThat(read(c[0], report)).as(c[0]).isNull();
            assertThat(String.join(" ", report.getFatal())).as(c[0]).contains(c[1]).contains("Nothing was imported");
        }
        ImportReport same = new ImportReport();
        assertThat(read("{\"organizations\": [{\"id\": \"o\", \"name\": \"A\"}, {\"id\": \"o\", \"name\": \"A\"}]}", same))
                .as("the same record twice is one record").isNotNull();
    }

    @Test
    void rulesSayWhyARecordCannotGoIn() {
        assertThat(ImportRules.service(new Dataset.Svc("s", "o", null, null, "paused", 12, 5, null, null, null, null, null,
                java.util.List.of(), java.util.List.of()))).containsExactly("name is missing",
                "status \"paused\" is not one of active, inactive, defunct, temporarily closed", "minimum_age is above maximum_age");
        assertThat(ImportRules.service(new Dataset.Svc("s", null, "x".repeat(201), null, null, -1, null, null, null, null, null, null,
                java.util.List.of(), java.util.List.of()))).contains("name is longer than 200 characters", "it names no organization",
                "ages must be whole years from 0 to 150");
        assertThat(ImportRules.organisation(new Dataset.Org("o", "A", null, "javascript:alert(1)", "12", null)))
                .contains("website is not an http(s) address").hasSize(2);
        assertThat(ImportRules.location(new Dataset.Place("l", null, null, "EZ1 1AA", new java.math.BigDecimal("999"), java.math.BigDecimal.ONE)))
                .contains("latitude or longitude is out of range");
        assertThat(ImportRules.status("Temporarily Closed")).isEqualTo(ServiceStatus.CLOSED);
        assertThat(ImportRules.status("active")).isEqualTo(ServiceStatus.ACTIVE);
    }

    @Test
    void reportCountsAndCsv() {
        ImportReport r = new ImportReport();
        r.add("service", "s1", "=cmd|' /C calc'!A0", ImportReport.Outcome.ADDED, null);
        r.add("service", "s2", "B", ImportReport.Outcome.REJECTED, "name is missing");
        assertThat(r.summary()).isEqualTo("1 added, 0 updated, 0 unchanged, 1 rejected");
        assertThat(r.csv()).contains("record,id in file").contains("'=cmd").contains("Rejected,name is missing");
    }
}
