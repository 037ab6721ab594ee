package org.acorn.readiness;

import org.acorn.platform.web.Faces;

/** Something about readiness that cannot be done as asked: the message says why, for the field named. Nothing was saved. */
public class ReadinessRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ReadinessRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() { return field; }

    /** Shows the message next to the field on a form (or for the whole form when there is no field). */
    public void showOn(String formId) {
        if (field == null) Faces.error(getMessage());
        else Faces.errors(formId, java.util.Map.of(field, getMessage()));
    }

    /** The document changed (or arrived) since the sender's page showed it: nothing of theirs was saved. */
    public static class Overtaken extends ReadinessRefused {
        private static final long serialVersionUID = 1L;

        public Overtaken(String message) {
            super(null, message == null ? "The document you were replacing was removed meanwhile; nothing was saved. Send yours again." : message);
        }
    }
}
