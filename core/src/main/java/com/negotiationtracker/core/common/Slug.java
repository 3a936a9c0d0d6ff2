package com.negotiationtracker.core.common;

/** Checks the stable identifiers that editors write in dossiers: lower-case words joined by dashes. */
public final class Slug {

    private static final int MAX_LENGTH = 120;

    private Slug() {
    }

    public static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!isSlug(value)) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' must be lower-case letters, digits and dashes (at most 120), starting with a letter or digit");
        }
        return value;
    }

    /**
     * {@code [a-z0-9][a-z0-9-]{0,119}}, checked character by character: every id of every event and snapshot read
     * back is checked again, and a regular expression made that a measurable part of loading a busy track.
     */
    private static boolean isSlug(String value) {
        int length = value.length();
        if (length > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int at = 1; at < length; at++) {
            char next = value.charAt(at);
            if (next != '-' && !isLetterOrDigit(next)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char character) {
        return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9');
    }
}
