package com.negotiationtracker.web.security;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The users the tracker starts with: those of {@code tracker.users} (the environment variable {@code TRACKER_USERS}
 * binds to it) when it is set; otherwise, for an embedded tracker, one generated user a role whose passwords are in
 * {@code ${tracker.data-dir}/credentials.properties}. The {@code postgres} profile, a deployment, never generates
 * users and refuses to start without strong ones.
 */
record ConfiguredUsers(List<UserEntry> users, Optional<Path> credentialsFile) {

    static final String SETTING = "tracker.users";
    static final String PRODUCTION_PROFILE = "postgres";

    static ConfiguredUsers from(Environment environment, PasswordEncoder encoder) {
        String setting = environment.getProperty(SETTING, "");
        List<UserEntry> users = UserEntry.parse(setting);
        if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
            PasswordPolicy.requireStrong(setting, users, encoder);
            return new ConfiguredUsers(users, Optional.empty());
        }
        if (!users.isEmpty()) {
            return new ConfiguredUsers(users, Optional.empty());
        }
        Path file = Path.of(environment.getProperty("tracker.data-dir", "./data"), GeneratedCredentials.FILE_NAME)
                .toAbsolutePath().normalize();
        return new ConfiguredUsers(GeneratedCredentials.in(file), Optional.of(file));
    }
}
