package org.acorn.bulletins;

import org.acorn.platform.web.Faces;

/** A bulletin action that cannot go ahead: the message says why (and for which field, when there is one). */
public class BulletinRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public BulletinRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() { return field; }

    public void showOn(String formId) {
        if (field == null) Faces.error(getMessage());
        else Faces.fieldError(formId + ":" + field, getMessage());
    }
}
