package com.negotiationtracker.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentlyVerifiedCredentialsTest {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private CountingVerifier verifier;
    private RecentlyVerifiedCredentials credentials;

    @BeforeEach
    void users() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("ana").password(encoder.encode("a-long-secret-passphrase")).roles("READER").build()));
        bcrypt.setPasswordEncoder(encoder);
        verifier = new CountingVerifier(bcrypt);
        credentials = new RecentlyVerifiedCredentials(verifier, clock, REMEMBERED_FOR, 2);
    }

    @Test
    void right_credentials_are_checked_against_the_hash_once_then_remembered() {
        Authentication first = credentials.authenticate(login("ana", "a-long-secret-passphrase"));
        Authentication second = credentials.authenticate(login("ana", "a-long-secret-passphrase"));

        assertThat(verifier.checks.get()).isEqualTo(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("ana");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second).isNotSameAs(first);
    }

    @Test
    void a_wrong_password_is_never_taken_from_memory() {
        credentials.authenticate(login("ana", "a-long-secret-passphrase"));

        assertThatThrownBy(() -> credentials.authenticate(login("ana", "a-long-secret-passphras")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> credentials.authenticate(login("ana", "a-long-secret-passphras")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(verifier.checks.get()).isEqualTo(3);
    }

    @Test
    void remembered_credentials_are_checked_again_once_their_time_is_up() {
        credentials.authenticate(login("ana", "a-long-secret-passphrase"));
        clock.advance(REMEMBERED_FOR);

        credentials.authenticate(login("ana", "a-long-secret-passphrase"));

        assertThat(verifier.checks.get()).isEqualTo(2);
    }

    private static Authentication login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private static final class CountingVerifier implements AuthenticationProvider {
        private final AuthenticationProvider delegate;
        private final AtomicInteger checks = new AtomicInteger();

        CountingVerifier(AuthenticationProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            checks.incrementAndGet();
            return delegate.authenticate(authentication);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
