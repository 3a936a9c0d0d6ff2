package com.negotiationtracker.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a name and password with the configured users, and remembers for a short while the credentials it has just
 * found right. Passwords are kept as deliberately slow hashes (bcrypt: tens of milliseconds of CPU per check); a
 * script sends its HTTP Basic credentials with every request, so without this every request would pay that check,
 * and under load checking passwords, not answering, would fill the processors.
 * <p>
 * What is remembered is a SHA-256 of name and password, in memory only, for a bounded time: a wrong password is never
 * taken from it (its digest differs), and users come from configuration, so a changed password means a restart, which
 * forgets everything.
 */
final class RecentlyVerifiedCredentials implements AuthenticationProvider {

    private final AuthenticationProvider verifier;
    private final Clock clock;
    private final Duration rememberedFor;
    private final int capacity;
    private final Map<String, Verified> remembered = new ConcurrentHashMap<>();

    RecentlyVerifiedCredentials(AuthenticationProvider verifier, Clock clock, Duration rememberedFor, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.rememberedFor = rememberedFor;
        this.capacity = capacity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password)) {
            return verifier.authenticate(authentication);
        }
        String key = digest(authentication.getName(), password);
        Instant now = clock.instant();
        Verified known = remembered.get(key);
        if (known != null && now.isBefore(known.until())) {
            // a fresh token each time: the caller erases credentials on what it is given
            return UsernamePasswordAuthenticationToken.authenticated(known.user().getPrincipal(), null,
                    known.user().getAuthorities());
        }
        Authentication verified = verifier.authenticate(authentication);
        if (verified != null && verified.isAuthenticated()) {
            if (remembered.size() >= capacity) {
                // many distinct credentials at once is not the case this serves: start afresh rather than grow
                remembered.clear();
            }
            remembered.put(key, new Verified(verified, now.plus(rememberedFor)));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }

    private static String digest(String name, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private record Verified(Authentication user, Instant until) {
    }
}
