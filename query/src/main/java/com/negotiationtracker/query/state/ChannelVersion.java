package com.negotiationtracker.query.state;

import java.time.Instant;
import java.util.List;

/**
 * A channel as its history keeps it, one version a stretch of valid time: a {@link ChannelState} without the count of
 * every contact up to then. That count would change in every version after a contact reported late, so each such
 * contact would rewrite the rest of its channel's history. Instead a version tells how many contacts started at the
 * instant the last one did ({@code contactsAtLast}); the version that starts there counts them
 * ({@link #contactsStartingAt}), and an as-of query adds up the counts of the versions up to its valid time
 * ({@link ChannelContacts}). A late contact then changes the versions up to the next contact (or, when it wakes a
 * dormant channel, up to the next suspension), and nothing after.
 */
record ChannelVersion(List<String> parties, ChannelStatus status, StateTime since, String sinceFact,
                      ChannelLevel level, StateTime lastContact, int contactsAtLast) {

    ChannelVersion {
        parties = List.copyOf(parties);
    }

    /** How many contacts a version starting at {@code validFrom} in this state counts: those that start it. */
    int contactsStartingAt(Instant validFrom) {
        return lastContact != null && lastContact.from().equals(validFrom) ? contactsAtLast : 0;
    }

    /** The channel as an as-of query shows it, with the count of its contacts up to the moment asked about. */
    ChannelState shown(int contactsCount) {
        return new ChannelState(parties, status, since, sinceFact, level, lastContact, contactsCount);
    }
}
