package com.negotiationtracker.web.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a production deployment (the {@code postgres} profile) will not run with: no users, or a password that
 * anyone could guess: the user's own name, a well-known default, or fewer than {@value #MIN_LENGTH} characters.
 * An encoded password is checked against the same guesses by matching them, as a login would.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final List<String> DEFAULTS = List.of("password", "changeme", "admin", "secret", "tracker");

    private PasswordPolicy() {
    }

    static void requireStrong(String setting, List<UserEntry> users, PasswordEncoder encoder) {
        if (setting == null || setting.isBlank() || users.isEmpty()) {
            throw new InvalidUsers("the postgres profile needs users, and tracker.users (TRACKER_USERS) is empty");
        }
        for (UserEntry user : users) {
            String weakness = weakness(user, encoder);
            if (weakness != null) {
                throw new InvalidUsers("the password of tracker.users user '" + user.name() + "' " + weakness);
            }
        }
    }

    private static String weakness(UserEntry user, PasswordEncoder encoder) {
        if (user.encoded()) {
            return Stream.concat(Stream.of(user.name()), DEFAULTS.stream())
                    .anyMatch(guess -> encoder.matches(guess, user.password()))
                    ? "is a default one (its name or a well-known default)" : null;
        }
        String plain = user.password().strip().toLowerCase(Locale.ROOT);
        if (plain.equals(user.name().toLowerCase(Locale.ROOT)) || DEFAULTS.contains(plain)) {
            return "is a default one (its name or a well-known default)";
        }
        if (user.password().length() < MIN_LENGTH) {
            return "is shorter than " + MIN_LENGTH + " characters";
        }
        return null;
    }
}
