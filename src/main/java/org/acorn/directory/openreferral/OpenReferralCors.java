package org.acorn.directory.openreferral;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Open Referral UK requires {@code Access-Control-Allow-Origin: *} on every response, so that a web page on any
 * site can read the directory. The API is read-only and uses no cookies, so this opens nothing else; preflight
 * (OPTIONS, answered by Jakarta REST) learns that only GET is offered.
 */
@Provider
public class OpenReferralCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("openreferral")) return;
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, OPTIONS");
        response.getHeaders().putSingle("Access-Control-Allow-Headers", "Accept, Content-Type");
        response.getHeaders().putSingle("Access-Control-Max-Age", "86400");
        if ("OPTIONS".equals(request.getMethod())) response.getHeaders().remove("Content-Type");
    }
}
