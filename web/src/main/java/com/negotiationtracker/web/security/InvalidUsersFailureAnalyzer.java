package com.negotiationtracker.web.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refusal of the configured users into Spring Boot's "APPLICATION FAILED TO START" report, with the fix. */
public class InvalidUsersFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUsers> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidUsers cause) {
        return new FailureAnalysis("Refusing to start: " + cause.getMessage() + ".",
                "Set tracker.users (environment variable TRACKER_USERS) to name:password:ROLE entries separated by"
                        + " ';', each with a password of at least " + PasswordPolicy.MIN_LENGTH + " characters that"
                        + " is not a default one, or an encoded {bcrypt}... value. See docs/operations.md,"
                        + " \"Users and roles\".", cause);
    }
}
