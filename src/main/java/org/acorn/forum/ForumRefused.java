package org.acorn.forum;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acorn.platform.web.Faces;

/**
 * The forum's refusal of an action or of what was typed: messages by field (null = the whole form). Thrown
 * from a transactional method it rolls everything back, so nothing is half-saved.
 */
public class ForumRefused extends RuntimeException {

    private final Map<String, String> errors;

    public ForumRefused(Map<String, String> errors) {
        super("refused: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ForumRefused of(String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(null, message);
        return new ForumRefused(m);
    }

    public static ForumRefused field(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(field, message);
        return new ForumRefused(m);
    }

    public Map<String, String> errors() { return errors; }

    /** Each message next to its field of the form ("reply" → "reply:body"), or at the top of the page. */
    public void showOn(String formId) {
        errors.forEach((field, message) -> {
            if (field == null) Faces.error(message);
            else Faces.fieldError(formId + ":" + field, message);
        });
    }
}
