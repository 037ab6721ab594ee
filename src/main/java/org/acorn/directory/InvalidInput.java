package org.acorn.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acorn.platform.web.Faces;

/**
 * A service's refusal of what was typed: messages by field (null field = the whole form). Thrown from a
 * transactional method, it rolls everything back, so nothing is half-saved.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super("invalid input: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public InvalidInput(String field, String message) {
        this(single(field, message));
    }

    /** A refusal of the whole action, shown at the top of the page. */
    public static InvalidInput of(String message) {
        return new InvalidInput(null, message);
    }

    public Map<String, String> errors() { return errors; }

    /** Shows each message next to its field of the given form ("join" → "join:email"). */
    public void showOn(String formId) {
        errors.forEach((field, message) -> {
            if (field == null) Faces.error(message);
            else Faces.fieldError(formId + ":" + field, message);
        });
    }

    private static Map<String, String> single(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(field, message);
        return m;
    }
}
