package com.negotiationtracker.core.time;

import java.util.Locale;

/**
 * How the reporting qualifies a figure: exactly ("an hour"), approximately ("around an hour", "close to an hour and
 * a half"), as a lower bound ("more than an hour") or as an upper bound ("under an hour").
 */
public enum Hedge {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST;

    /** The editor's word for it: {@code exact}, {@code approximate}, {@code at-least}, {@code at-most}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
