package com.negotiationtracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests may skip the CSRF check: those a script sends with its own HTTP Basic credentials. A browser also
 * adds Basic credentials it has cached for this site (after its login prompt) to requests other sites' pages make
 * it send, which would make them forgeable; but a browser says where a request comes from, in {@code Origin} (every
 * cross-origin write, and same-origin ones in most browsers) and {@code Sec-Fetch-Site} (every request in current
 * browsers). So a request with Basic credentials skips the check only if neither header says it comes from a page of
 * another origin. Scripts send neither header and are not affected.
 */
final class BasicCredentialsRequests {

    /** {@code Sec-Fetch-Site} values of requests made by pages of other origins (another site, or a subdomain). */
    private static final Set<String> OTHER_ORIGINS = Set.of("cross-site", "same-site");

    private BasicCredentialsRequests() {
    }

    /** Whether the request carries HTTP Basic credentials and comes from no page of another origin. */
    static boolean maySkipCsrfCheck(HttpServletRequest request) {
        return carriesBasicCredentials(request) && !comesFromAnotherOrigin(request);
    }

    static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * Whether the browser that sent the request says a page of another origin made it: {@code Sec-Fetch-Site} says so,
     * or {@code Origin} names another host and port than the request was sent to ({@code Host}), or an opaque origin.
     */
    static boolean comesFromAnotherOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_ORIGINS.contains(site.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority == null || host == null || !authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException malformed) {
            return true; // "null" (a sandboxed page) or anything else that names no origin
        }
    }
}
