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
}
