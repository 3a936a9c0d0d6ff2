package com.negotiationtracker.query.state;

import com.negotiationtracker.core.time.ValidTime;

import java.util.List;
import java.util.Optional;

/** Finds things in a {@link DiplomaticState} by their ids, for the tests' assertions. */
final class StateReading {

    private StateReading() {
    }

    /** A valid time as the state shows it: {@code time("2025-02-12")}. */
    static StateTime time(String validTime) {
        return StateTime.of(ValidTime.of(validTime));
    }

    static Optional<ChannelState> channel(DiplomaticState state, String party, String otherParty) {
        return state.channels().stream()
                .filter(channel -> channel.parties().equals(List.of(party, otherParty))).findFirst();
    }

    static Optional<TrackState> track(DiplomaticState state, String track) {
        return state.tracks().stream().filter(phase -> phase.track().equals(track)).findFirst();
    }

    static Optional<MeetingState> meeting(DiplomaticState state, String meeting) {
        return state.meetings().stream().filter(found -> found.meeting().equals(meeting)).findFirst();
    }

    static Optional<InvitationState> invitation(DiplomaticState state, String invitation) {
        return state.invitations().stream().filter(found -> found.invitation().equals(invitation)).findFirst();
    }
}
