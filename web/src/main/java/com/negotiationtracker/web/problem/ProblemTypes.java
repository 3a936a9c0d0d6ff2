package com.negotiationtracker.web.problem;

import java.net.URI;

/** The {@code type} URIs of the API's problem details (RFC 9457): names, not addresses to fetch. */
public final class ProblemTypes {

    public static final URI RULE_VIOLATED = type("rule-violated");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI INVALID_PARAMETER = type("invalid-parameter");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI DOSSIER_REJECTED = type("dossier-rejected");
    public static final URI DOSSIER_TOO_LARGE = type("dossier-too-large");
    public static final URI CONCURRENT_WRITE = type("concurrent-write");
    public static final URI STORE_UNAVAILABLE = type("store-unavailable");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI CSRF_TOKEN_MISSING = type("csrf-token-missing");

    private ProblemTypes() {
    }

    private static URI type(String name) {
        return URI.create("urn:negotiation-tracker:problem:" + name);
    }
}
