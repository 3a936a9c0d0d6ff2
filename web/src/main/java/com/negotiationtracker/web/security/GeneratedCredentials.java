package com.negotiationtracker.web.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The users of an embedded tracker nobody configured users for: one a role ({@code reader}, {@code auditor},
 * {@code editor}, {@code admin}), each with a random password written once to a properties file readable by its
 * owner only, and read back on later starts, so that the passwords a person noted keep working.
 */
public final class GeneratedCredentials {

    public static final String FILE_NAME = "credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedCredentials() {
    }

    /** The users the file in the data directory holds, after writing it with new passwords if it did not exist. */
    public static List<UserEntry> in(Path file) {
        Properties passwords = read(file);
        boolean added = false;
        for (Role role : Role.values()) {
            String name = userName(role);
            if (passwords.getProperty(name, "").isBlank()) {
                passwords.setProperty(name, newPassword());
                added = true;
            }
        }
        if (added) {
            write(file, passwords);
        }
        List<UserEntry> users = new ArrayList<>();
        for (Role role : Role.values()) {
            users.add(new UserEntry(userName(role), passwords.getProperty(userName(role)), role));
        }
        return users;
    }

    /** The generated user of a role: its name in lower case. */
    public static String userName(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) {
        Properties passwords = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                passwords.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the generated credentials in " + file, e);
            }
        }
        return passwords;
    }

    private static void write(Path file, Properties passwords) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".new");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // before the passwords go in: nobody but the owner ever reads them
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                passwords.store(out, "Users of this embedded tracker, one a role (reader < auditor < editor < admin)."
                        + " Generated once; set tracker.users (TRACKER_USERS) to choose your own.");
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated credentials to " + file, e);
        }
    }
}
