package com.negotiationtracker.web.security;

/**
 * The configured users cannot be used (malformed, an empty password, or, under the {@code postgres} profile, none
 * at all or a password anyone could guess): the application refuses to start, saying which entry and why.
 */
public class InvalidUsers extends IllegalStateException {

    public InvalidUsers(String message) {
        super(message);
    }
}
