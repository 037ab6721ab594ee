package org.acorn.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Tokens;

/**
 * Backs the error pages. A failure is logged once with a short reference id, which the page shows, so
 * a user can quote it and staff can find the stack trace; the user never sees the trace itself.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private String reference;
    private String reason;

    @PostConstruct
    void init() {
        HttpServletRequest request = Faces.request();
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Throwable denied = find(error, AccessDenied.class);
        Object deniedMessage = request.getAttribute("acorn.denied");
        if (deniedMessage != null) {
            reason = deniedMessage.toString();
        } else if (denied != null) {
            reason = denied.getMessage();
        } else if (error != null) {
            reference = Tokens.newPublicId().substring(0, 10).toUpperCase();
            String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            LOG.log(Level.SEVERE, "event=request.failed ref=" + reference + " path=" + uri, error);
        }
    }

    static Throwable find(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return t;
        }
        return null;
    }

    public String getReference() { return reference; }
    public String getReason() { return reason; }
}
