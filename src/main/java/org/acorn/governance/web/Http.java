package org.acorn.governance.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a request with the site's 404 page: unknown ids and records the reader may not see look the same. */
final class Http {

    private Http() { }

    static void notFound() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            ctx.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    /**
     * Shows a refusal: next to the field when the form has a field of that name, otherwise at the top of the
     * page, so no message is ever lost because a service names a field the page does not show.
     */
    static void show(org.acorn.directory.InvalidInput e, String formId) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        e.errors().forEach((field, message) -> {
            if (field != null && ctx.getViewRoot().findComponent(":" + formId + ":" + field) != null) {
                org.acorn.platform.web.Faces.fieldError(formId + ":" + field, message);
            } else {
                org.acorn.platform.web.Faces.error(message);
            }
        });
    }

    /** A record id as typed in an address: digits only, otherwise null (never an exception). */
    static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) return null;
        return Long.valueOf(value.strip());
    }
}
