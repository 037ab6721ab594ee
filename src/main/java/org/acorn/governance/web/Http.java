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

    /** A record id as typed in an address: digits only, otherwise null (never an exception). */
    static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) return null;
        return Long.valueOf(value.strip());
    }
}
