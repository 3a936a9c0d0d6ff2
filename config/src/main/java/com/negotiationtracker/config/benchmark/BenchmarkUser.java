package com.negotiationtracker.config.benchmark;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one user a benchmark run gives the applications it starts ({@code tracker.users}): an administrator, so that it
 * may import, read every model and replay, with a password made for the run. Requests carry it as HTTP Basic
 * credentials, as a script would; its figures therefore include the check of the password on every request.
 */
record BenchmarkUser(String name, String password) {

    static final BenchmarkUser RUN = new BenchmarkUser("benchmark", randomPassword());

    /** The application property that creates this user. */
    String property() {
        return "--tracker.users=" + name + ":" + password + ":ADMIN";
    }

    HttpRequest.Builder sign(HttpRequest.Builder request) {
        String credentials = name + ":" + password;
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
