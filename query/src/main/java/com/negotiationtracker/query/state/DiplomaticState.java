package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.List;

/**
 * The diplomatic state at valid time {@code validAt} as the record stood at record time {@code knownAt}: each list
 * holds what existed then, in the order of its keys. {@code track} is the track the answer was narrowed to, or null.
 */
public record DiplomaticState(Instant validAt, Instant knownAt, String track,
                              List<ChannelState> channels,
                              List<TrackState> tracks,
                              List<InvitationState> invitations,
                              List<MeetingState> meetings,
                              List<MeasureState> measures,
                              List<DemandState> demands,
                              List<ProposalState> proposals,
                              List<GuaranteeState> guarantees) {

    public DiplomaticState {
        channels = List.copyOf(channels);
        tracks = List.copyOf(tracks);
        invitations = List.copyOf(invitations);
        meetings = List.copyOf(meetings);
        measures = List.copyOf(measures);
        demands = List.copyOf(demands);
        proposals = List.copyOf(proposals);
        guarantees = List.copyOf(guarantees);
    }

    /** Whether nothing was known: no channel, track, invitation, meeting, measure, demand, proposal or guarantee. */
    public boolean isEmpty() {
        return channels.isEmpty() && tracks.isEmpty() && invitations.isEmpty() && meetings.isEmpty()
                && measures.isEmpty() && demands.isEmpty() && proposals.isEmpty() && guarantees.isEmpty();
    }
}
