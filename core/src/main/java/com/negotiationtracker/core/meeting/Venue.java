package com.negotiationtracker.core.meeting;

import com.negotiationtracker.core.actor.ActorId;

import java.util.Objects;

/**
 * Where a meeting or visit takes place, no more precisely than reported: a named place (Moscow, in Russia),
 * a third country whose name the text leaves out (place and country null), or unspecified.
 */
public record Venue(VenueKind kind, String place, ActorId country) {

    public Venue {
        Objects.requireNonNull(kind, "a venue needs a kind: NAMED, THIRD_COUNTRY or UNSPECIFIED");
        if (kind == VenueKind.NAMED && (place == null || place.isBlank())) {
            throw new IllegalArgumentException("a NAMED venue needs a place");
        }
        if (kind == VenueKind.UNSPECIFIED && (place != null || country != null)) {
            throw new IllegalArgumentException("an UNSPECIFIED venue names no place and no country");
        }
    }

    public static Venue unspecified() {
        return new Venue(VenueKind.UNSPECIFIED, null, null);
    }

    public static Venue thirdCountry() {
        return new Venue(VenueKind.THIRD_COUNTRY, null, null);
    }

    public static Venue named(String place, ActorId country) {
        return new Venue(VenueKind.NAMED, place, country);
    }
}
