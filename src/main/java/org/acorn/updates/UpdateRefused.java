package org.acorn.updates;

import org.acorn.platform.web.Faces;

/** An update (or response, or resource) that cannot be saved as given: the message says why, for the field named. */
public class UpdateRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public UpdateRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() { return field; }

    /** Shows the message next to the field on a form (or for the whole form when there is no field). */
    public void showOn(String formId) {
        if (field == null) Faces.error(getMessage());
        else Faces.fieldError(formId + ":" + field, getMessage());
    }
}
