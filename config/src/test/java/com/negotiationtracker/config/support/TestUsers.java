package com.negotiationtracker.config.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;

/**
 * The users the tests' tracker knows (test resources' {@code config/application.properties}: one a role, the
 * passwords stored as BCrypt hashes), with their plain passwords as a client sends them.
 */
public enum TestUsers {
    READER, AUDITOR, EDITOR, ADMIN;

    public String userName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String password() {
        return userName() + "-test-password";
    }

    /** The {@code Authorization} header of HTTP Basic for this user. */
    public String basicAuthorization() {
        return basicAuthorization(userName(), password());
    }

    /** The {@code Authorization} header of HTTP Basic for any name and password, known to the tracker or not. */
    public static String basicAuthorization(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code tracker.users} value of the tests, for a tracker started as a process ({@code TRACKER_USERS}). */
    public static String setting() {
        Properties properties = new Properties();
        try (InputStream in = TestUsers.class.getResourceAsStream("/config/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("tracker.users");
    }
}
