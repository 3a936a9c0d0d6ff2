package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.List;

/**
 * The diplomatic state at valid time {@code validAt} as the record stood at record time {@code knownAt}: each list
 * holds what existed then, in the order of its keys. {@code track} is the track the answer was narrowed to, or null.
 * <p>
 * Of the world (no {@code track}), an answer is one page of tracks: {@code page} (from 0) of {@code size} tracks, of
 * the {@code tracksKnown} the record held at {@code knownAt}, in id order. The lists hold what belongs to those tracks,
 * and one page of channels (channels belong to pairs of parties, not to tracks): page {@code channelPage} of
 * {@code channelSize} channels of those that hold at {@code validAt} as known at {@code knownAt}, in the order of
 * their parties; {@code moreChannels} says whether any follow. A track the record held but whose phase had not begun
 * at {@code validAt} takes its place on the page with nothing in the lists. Narrowed to a track, the answer is page 0
 * of size 1, and {@code tracksKnown} is 1 if the record held the track at {@code knownAt}, else 0; its channels are all
 * those between its parties, on channel page 0 of as many as there are, none more.
 * <p>
 * Each track's invitations, meetings, measures, demands, proposals and guarantees are one page of each list: page
 * {@code listPage} of {@code listSize} items, newest first (by when the state shown began, then by key), the lists
 * of each track in the page's track order. {@code more} names each list of a track that goes on past this page.
 */
public record DiplomaticState(Instant validAt, Instant knownAt, String track,
                              List<ChannelState> channels,
                              List<TrackState> tracks,
                              List<InvitationState> invitations,
                              List<MeetingState> meetings,
                              List<MeasureState> measures,
                              List<DemandState> demands,
                              List<ProposalState> proposals,
                              List<GuaranteeState> guarantees,
                              int page, int size, long tracksKnown,
                              int listPage, int listSize, List<MoreItems> more,
                              int channelPage, int channelSize, boolean moreChannels) {

    public DiplomaticState {
        channels = List.copyOf(channels);
        tracks = List.copyOf(tracks);
        invitations = List.copyOf(invitations);
        meetings = List.copyOf(meetings);
        measures = List.copyOf(measures);
        demands = List.copyOf(demands);
        proposals = List.copyOf(proposals);
        guarantees = List.copyOf(guarantees);
        more = List.copyOf(more);
    }

    /** Whether nothing was known: no channel, track, invitation, meeting, measure, demand, proposal or guarantee. */
    public boolean isEmpty() {
        return channels.isEmpty() && tracks.isEmpty() && invitations.isEmpty() && meetings.isEmpty()
                && measures.isEmpty() && demands.isEmpty() && proposals.isEmpty() && guarantees.isEmpty();
    }
}
