package com.negotiationtracker.query.state;

import java.util.List;

/**
 * The channel between two parties (states, alliances: the parties the participants speak for), in the order of their
 * ids: whether it is active or dormant and since when ({@code sinceFact} is the fact that made it so), at what level,
 * the last contact (null when there was none) and how many contacts there were up to the moment asked about.
 */
public record ChannelState(List<String> parties, ChannelStatus status, StateTime since, String sinceFact,
                           ChannelLevel level, StateTime lastContact, int contactsCount) {

    public ChannelState {
        parties = List.copyOf(parties);
    }
}
