package org.acorn.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.platform.config.Settings;

/**
 * The client's address for throttling. X-Forwarded-For is believed only when the direct peer is one of
 * the configured trusted proxies (ACORN_TRUSTED_PROXIES), so a client cannot pick its own address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject Settings settings;

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    static String resolve(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        // walk from the nearest hop back, skipping our own proxies
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    private Set<String> trusted() {
        return Arrays.stream(settings.trustedProxies().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
