package com.negotiationtracker.query.state;

import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.meeting.VenueKind;

/**
 * Where a meeting or visit takes place, no more precisely than reported: a named place (and its country where
 * known), a third country the reporting leaves unnamed (no place, no country), or unspecified.
 */
public record VenueView(VenueKind kind, String place, String country) {

    public static final VenueView UNSPECIFIED = new VenueView(VenueKind.UNSPECIFIED, null, null);

    /** The venue a fact names, or null when it names none. */
    static VenueView of(Venue venue) {
        return venue == null ? null
                : new VenueView(venue.kind(), venue.place(), venue.country() == null ? null : venue.country().value());
    }
}
