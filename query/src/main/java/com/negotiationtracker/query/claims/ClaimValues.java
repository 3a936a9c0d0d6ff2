package com.negotiationtracker.query.claims;

import com.negotiationtracker.core.claim.ClaimValue;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A claim's value as the ledger shows it: written as in a dossier ({@code {"value": "PT1H", "hedge":
 * "approximate", "asReported": "around an hour"}}), with the field's type and a {@code display} line for people.
 * Plain maps, so that they store as JSON and travel through any serializer.
 */
final class ClaimValues {

    private ClaimValues() {
    }

    static Map<String, Object> view(ClaimValue value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", value.type().name().toLowerCase(Locale.ROOT));
        switch (value.type()) {
            case TEXT -> view.put("value", value.text());
            case COUNT -> view.put("value", value.count());
            case TIME -> time(view, value.time());
            case DURATION -> duration(view, value.duration());
            case VENUE -> venue(view, value.venue());
        }
        view.put("display", value.describe());
        return view;
    }

    private static void time(Map<String, Object> view, ValidTime time) {
        view.put("value", time.value());
        view.put("precision", time.precision().name());
        view.put("approximate", time.approximate());
    }

    private static void duration(Map<String, Object> view, ReportedDuration duration) {
        view.put("value", duration.value());
        view.put("hedge", duration.hedge().label());
        putIfKnown(view, "asReported", duration.asReported());
    }

    private static void venue(Map<String, Object> view, Venue venue) {
        view.put("kind", venue.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        putIfKnown(view, "place", venue.place());
        putIfKnown(view, "country", venue.country() == null ? null : venue.country().value());
    }

    private static void putIfKnown(Map<String, Object> view, String key, Object value) {
        if (value != null) {
            view.put(key, value);
        }
    }
}
