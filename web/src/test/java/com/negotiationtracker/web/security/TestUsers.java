package com.negotiationtracker.web.security;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The users of the tests' {@code application.properties}, with their plain passwords, as HTTP Basic credentials. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(Role role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT);
        return httpBasic(name, password(role));
    }

    public static String password(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "-test-password";
    }
}
