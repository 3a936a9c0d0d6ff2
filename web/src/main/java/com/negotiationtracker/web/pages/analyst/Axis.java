package com.negotiationtracker.web.pages.analyst;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which time the analyst steps along. On valid time the steps are the facts in the order they happened in the world,
 * and each shows the world as it stood once that fact had happened, as the record stands now. On record time the steps
 * are the facts in the order the tracker recorded them, and each shows the world as it stands now, as the record stood
 * right after that fact was recorded.
 */
public enum Axis {
    VALID, RECORD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The axis a request parameter names; valid time when it names none (or one unknown). */
    static Axis of(String parameter) {
        String named = parameter == null ? "" : parameter.strip();
        return Arrays.stream(values()).filter(axis -> axis.label().equalsIgnoreCase(named)).findFirst().orElse(VALID);
    }
}
