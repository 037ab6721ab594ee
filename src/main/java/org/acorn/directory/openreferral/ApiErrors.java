package org.acorn.directory.openreferral;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API answers as JSON {"status", "message"} with the matching HTTP status, never an HTML
 * error page: refused requests, unknown paths and methods, and (with a reference id in the log) our own faults.
 */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    private ApiErrors() { }

    static Response json(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        return Response.status(status).type(OpenReferralResource.JSON).entity(Json.write(body)).build();
    }

    /** Requests the API refuses on purpose. */
    @Provider
    public static class Problems implements ExceptionMapper<ApiProblem> {
        @Override
        public Response toResponse(ApiProblem problem) { return json(problem.status(), problem.getMessage()); }
    }

    /** What Jakarta REST itself refuses: no such path (404), wrong method (405), unacceptable type (406) … */
    @Provider
    public static class Refusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) return Unexpected.logged(e);
            Response.Status known = Response.Status.fromStatusCode(status);
            String message = switch (status) {
                case 404 -> "There is nothing at this address. See /api/openreferral/openapi.json for the API's paths.";
                case 405 -> "This API is read-only: use GET.";
                default -> known == null ? "The request was refused." : known.getReasonPhrase() + ".";
            };
            Response r = json(status, message);
            if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
                return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
            }
            return r;
        }
    }

    /** Our own faults: a reference to find the stack trace in the log, nothing else given away. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) { return logged(e); }

        static Response logged(Throwable e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "event=api.error ref=" + ref, e);
            return json(500, "Something went wrong on our side (reference " + ref + ").");
        }
    }
}
