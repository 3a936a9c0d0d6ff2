package com.negotiationtracker.query.state;

import com.negotiationtracker.query.timeline.Paging;

import java.time.Instant;

/**
 * Asks for the diplomatic state at valid time {@code validAt}, as the record stood at record time {@code knownAt};
 * answered with a {@link DiplomaticState}. Either time may be null for "now".
 * <p>
 * {@code track}, when not null or blank, narrows the answer to one negotiation track: its phase, its invitations,
 * meetings, measures, demands, proposals and guarantees, and the channel between its parties (a track the record did
 * not hold at {@code knownAt} has none of these).
 * <p>
 * Otherwise the answer is the world, one page of {@code tracks} at a time: the tracks the record held at
 * {@code knownAt}, in id order, each with everything of it, and every channel. The world is paged because all but
 * its channels grow with the record: every invitation ever issued, with its status then. Null means the first page
 * of {@value #TRACKS_A_PAGE} tracks.
 */
public record DiplomaticStateAt(Instant validAt, Instant knownAt, String track, Paging tracks) {

    /** Tracks on a page of the world when the query does not say. */
    public static final int TRACKS_A_PAGE = 20;

    public DiplomaticStateAt {
        if (tracks == null) {
            tracks = new Paging(0, TRACKS_A_PAGE);
        }
    }

    /** The first page of the world, or the one track named. */
    public DiplomaticStateAt(Instant validAt, Instant knownAt, String track) {
        this(validAt, knownAt, track, null);
    }
}
