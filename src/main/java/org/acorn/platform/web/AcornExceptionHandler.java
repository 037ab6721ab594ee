package org.acorn.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.NotSignedIn;

/**
 * Turns the exceptions a person can cause into the right answer instead of a 500: not signed in → the
 * sign-in page; not allowed → 403 page; an expired form → the same page again with a note. Everything
 * else goes on to the 500 page with a reference id.
 */
public class AcornExceptionHandler extends ExceptionHandlerWrapper {

    public AcornExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            FacesContext ctx = FacesContext.getCurrentInstance();
            if (ctx.getExternalContext().isResponseCommitted()) continue;
            if (answer(ctx, error)) {
                events.remove();
                ctx.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private boolean answer(FacesContext ctx, Throwable error) {
        ExternalContext ext = ctx.getExternalContext();
        try {
            if (ErrorPage.find(error, NotSignedIn.class) != null) {
                String here = ext.getRequestServletPath();
                ext.redirect(ext.getRequestContextPath() + "/account/login.xhtml?next="
                        + URLEncoder.encode(here, StandardCharsets.UTF_8));
                return true;
            }
            Throwable denied = ErrorPage.find(error, AccessDenied.class);
            if (denied != null) {
                ext.getRequestMap().put("acorn.denied", denied.getMessage());
                ((HttpServletResponse) ext.getResponse()).sendError(HttpServletResponse.SC_FORBIDDEN);
                return true;
            }
            if (ErrorPage.find(error, ViewExpiredException.class) != null) {
                ext.getFlash().setKeepMessages(true);
                Faces.info("That page had been open a long time, so nothing was saved. Please fill it in again.");
                ext.redirect(ext.getRequestContextPath() + ext.getRequestServletPath());
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AcornExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
