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
 * {@code knownAt}, in id order, each with everything of it; and one page of {@code channels}: the channels that hold
 * at {@code validAt} as known at {@code knownAt}, in the order of their parties. The world is paged because it grows
 * with the record (every invitation ever issued, with its status then) and with the parties (a channel for each pair
 * that ever had contact). Null means the first page of {@value #TRACKS_A_PAGE} tracks, and of
 * {@value #CHANNELS_A_PAGE} channels. Narrowed to a track, the channels between its parties are not paged.
 * <p>
 * Each of a track's lists (its invitations, meetings, measures, demands, proposals and guarantees) grows with the
 * record too, so each is answered a page at a time, {@code lists} saying which page of each and its size: newest first,
 * by when the state shown began (the latest change first), then by key. Null means the first page, of
 * {@value #LIST_ITEMS_OF_THE_WORLD} items on the world and {@value #LIST_ITEMS_OF_A_TRACK} on one track.
 */
public record DiplomaticStateAt(Instant validAt, Instant knownAt, String track, Paging tracks, Paging lists,
                                Paging channels) {

    /** Tracks on a page of the world when the query does not say. */
    public static final int TRACKS_A_PAGE = 20;
    /** Channels on a page of the world when the query does not say. */
    public static final int CHANNELS_A_PAGE = 50;
    /** Items of each list of a track on a page of the world when the query does not say: an overview. */
    public static final int LIST_ITEMS_OF_THE_WORLD = 5;
    /** Items of each list of the one track asked for when the query does not say. */
    public static final int LIST_ITEMS_OF_A_TRACK = 50;
    /** At most this many items of each kind on a page of the world: its tracks times the items of each list. */
    public static final int MAX_LIST_ITEMS_OF_THE_WORLD = 20_000;

    public DiplomaticStateAt {
        if (tracks == null) {
            tracks = new Paging(0, TRACKS_A_PAGE);
        }
        if (lists == null) {
            lists = new Paging(0, listItemsByDefault(track));
        }
        if (channels == null) {
            channels = new Paging(0, CHANNELS_A_PAGE);
        }
        if (isWorld(track) && (long) tracks.size() * lists.size() > MAX_LIST_ITEMS_OF_THE_WORLD) {
            throw new IllegalArgumentException("a page of the world holds at most " + MAX_LIST_ITEMS_OF_THE_WORLD
                    + " items of each list (tracks a page times items a list), not " + tracks.size() + " times "
                    + lists.size());
        }
    }

    /**
     * Items of each list a page when the query does not say: {@value #LIST_ITEMS_OF_THE_WORLD} on the world (an
     * overview), {@value #LIST_ITEMS_OF_A_TRACK} on the one track named.
     */
    public static int listItemsByDefault(String track) {
        return isWorld(track) ? LIST_ITEMS_OF_THE_WORLD : LIST_ITEMS_OF_A_TRACK;
    }

    private static boolean isWorld(String track) {
        return track == null || track.isBlank();
    }

    /** A page of the world's tracks, or the one track named, with the given page of each list and of channels. */
    public DiplomaticStateAt(Instant validAt, Instant knownAt, String track, Paging tracks, Paging lists) {
        this(validAt, knownAt, track, tracks, lists, null);
    }

    /** A page of the world's tracks, or the one track named, with the first page of each list and of channels. */
    public DiplomaticStateAt(Instant validAt, Instant knownAt, String track, Paging tracks) {
        this(validAt, knownAt, track, tracks, null, null);
    }

    /** The first page of the world, or the one track named, with the first page of each list. */
    public DiplomaticStateAt(Instant validAt, Instant knownAt, String track) {
        this(validAt, knownAt, track, null, null, null);
    }
}
