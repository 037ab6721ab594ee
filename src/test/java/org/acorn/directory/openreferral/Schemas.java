package org.acorn.directory.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The Open Referral UK schema the tests hold responses to (src/test/resources/openreferral/uk-profile-3.0.schema.json). */
final class Schemas {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode ROOT = load();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Schemas() { }

    /** Parses {@code body} and asserts it is valid against the definition {@code name}; returns it. */
    static JsonNode valid(String name, String body) {
        JsonNode json = parse(body);
        Set<ValidationMessage> problems = problems(name, json);
        assertThat(problems).as(name + " schema problems in " + abbreviated(body)).isEmpty();
        return json;
    }

    static Set<ValidationMessage> problems(String name, JsonNode json) {
        ObjectNode schema = ROOT.deepCopy();
        if (!schema.path("$defs").has(name)) throw new IllegalArgumentException("no schema " + name);
        schema.put("$ref", "#/$defs/" + name);
        JsonSchema s = FACTORY.getSchema(schema);
        return s.validate(json);
    }

    static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + abbreviated(body), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    private static JsonNode load() {
        try (InputStream in = Schemas.class.getResourceAsStream("/openreferral/uk-profile-3.0.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
