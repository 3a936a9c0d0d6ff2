package com.negotiationtracker.web.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One user as configured in {@code tracker.users}: {@code name:password:ROLE}, entries separated by {@code ;}. The
 * password is plain text, or already encoded when it starts with an encoder id such as {@code {bcrypt}}; it may
 * hold colons (the name ends at the first, the role starts after the last) but no semicolon.
 */
public record UserEntry(String name, String password, Role role) {

    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9@._-]+}.+");

    /** Whether the password is an encoded value ({@code {bcrypt}$2a$...}) rather than plain text. */
    public boolean encoded() {
        return ENCODED.matcher(password).matches();
    }

    /**
     * The users the setting names, in its order; refused as a whole, naming the entry at fault (by its position and
     * user name, never its password), when an entry is malformed, has no password, names an unknown role or repeats
     * a user.
     */
    public static List<UserEntry> parse(String setting) {
        List<UserEntry> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] entries = setting == null ? new String[0] : setting.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            UserEntry user = entry(i + 1, entry);
            if (!names.add(user.name())) {
                throw new InvalidUsers("tracker.users entry " + (i + 1) + " repeats the user '" + user.name() + "'");
            }
            users.add(user);
        }
        return users;
    }

    private static UserEntry entry(int position, String entry) {
        int nameEnd = entry.indexOf(':');
        int roleStart = entry.lastIndexOf(':');
        if (nameEnd <= 0 || roleStart == nameEnd) {
            throw new InvalidUsers("tracker.users entry " + position + " is not of the form name:password:ROLE");
        }
        String name = entry.substring(0, nameEnd).strip();
        String password = entry.substring(nameEnd + 1, roleStart);
        String roleName = entry.substring(roleStart + 1);
        if (password.isBlank()) {
            throw new InvalidUsers("tracker.users entry " + position + " (user '" + name + "') has an empty password");
        }
        Role role = Role.of(roleName).orElseThrow(() -> new InvalidUsers("tracker.users entry " + position
                + " (user '" + name + "') names the role '" + roleName.strip() + "'; the roles are " + Role.names()));
        return new UserEntry(name, password, role);
    }

    /** Only the name and role: a user entry is never printed with its password. */
    @Override
    public String toString() {
        return name + ":" + role;
    }
}
