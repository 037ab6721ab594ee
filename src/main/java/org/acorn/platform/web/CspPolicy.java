package org.acorn.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/** Hands the one Content-Security-Policy to PrimeFaces (see primefaces.CSP_POLICY in web.xml). */
@ApplicationScoped
public class CspPolicy {
    @Produces
    @Named("cspPolicy")
    String policy() {
        return SecurityHeadersFilter.POLICY;
    }
}
