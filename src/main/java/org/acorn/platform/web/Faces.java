package org.acorn.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small conveniences for backing beans: messages next to fields, redirects, the current request. */
public final class Faces {

    private Faces() { }

    /** A message shown next to the field with that client id (e.g. "join:email"). */
    public static void fieldError(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A message for the whole form (shown in the page's message area). */
    public static void error(String message) {
        fieldError(null, message);
    }

    public static void info(String message) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** Info message shown on the next page rendered (survives a redirect). */
    public static void flash(String message) {
        Notices.keep(message);
    }

    public static void redirect(String path) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ext.redirect(ext.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static boolean hasErrors() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        return ctx.getMaximumSeverity() != null && ctx.getMaximumSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /**
     * Ends the request with the site's 404 page. Unknown ids and records the reader may not see answer alike, so
     * private records cannot be discovered by trying numbers.
     */
    public static void notFound() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            ctx.getExternalContext().responseSendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    /** A record id as typed in an address: digits only, otherwise null (never an exception). */
    public static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) return null;
        return Long.valueOf(value.strip());
    }

    /**
     * A service's refusal, field by field: next to the field when the form has one of that name, otherwise at the top
     * of the page, so no message is lost because a service names a field the page does not show.
     */
    public static void errors(String formId, java.util.Map<String, String> byField) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        byField.forEach((field, message) -> {
            if (field != null && ctx.getViewRoot().findComponent(":" + formId + ":" + field) != null) {
                fieldError(formId + ":" + field, message);
            } else {
                error(message);
            }
        });
    }
}
