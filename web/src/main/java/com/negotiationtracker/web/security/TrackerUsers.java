package com.negotiationtracker.web.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Who may log in, as the tracker set it up: the users of {@code tracker.users}, or those it generated for an
 * embedded tracker, whose passwords are in {@link #credentialsFile()}. Holds no password.
 *
 * @param names           the user names with their roles
 * @param credentialsFile where the generated passwords are; empty when the users were configured
 */
public record TrackerUsers(List<String> names, Optional<Path> credentialsFile) {
}
