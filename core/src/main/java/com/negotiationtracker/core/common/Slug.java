package com.negotiationtracker.core.common;

import java.util.regex.Pattern;

/** Checks the stable identifiers that editors write in dossiers: lower-case words joined by dashes. */
public final class Slug {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    private Slug() {
    }

    public static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' must be lower-case letters, digits and dashes (at most 120), starting with a letter or digit");
        }
        return value;
    }
}
