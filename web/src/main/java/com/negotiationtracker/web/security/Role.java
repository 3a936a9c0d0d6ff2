package com.negotiationtracker.web.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user of the tracker may do. Each role may do everything the one before it may (see
 * {@link SecurityConfiguration#roleHierarchy()}): a reader reads the read models; an auditor also reads the claims
 * ledger's details, the audit chain and the exports; an editor also records facts by importing dossiers; an admin
 * also replays the read models.
 */
public enum Role {
    READER, AUDITOR, EDITOR, ADMIN;

    public static Optional<Role> of(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
