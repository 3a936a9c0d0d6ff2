package com.negotiationtracker.config.benchmark;

import java.util.Locale;

/** Numbers as the benchmark tables print them. */
final class Figures {

    private Figures() {
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String rate(double perSecond, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", perSecond, unit);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%,.1f s", nanos / 1e9);
    }

    static String millis(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%,.0f", millis);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }
}
