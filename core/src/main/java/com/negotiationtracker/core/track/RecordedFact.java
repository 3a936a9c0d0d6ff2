package com.negotiationtracker.core.track;

/**
 * What a track keeps of a recorded fact: enough to tell the same fact again from other content under its id, to
 * refuse the latter in the domain's words, and to find the fact's event in the track's stream when a report about
 * it needs the fact itself ({@link RecordedFacts}).
 *
 * @param fingerprint see {@link NegotiationTrack#fingerprint}
 * @param kind        the fact's event type ({@code CallHeld})
 * @param sequence    the event's sequence number in the track's stream
 */
record RecordedFact(long fingerprint, String kind, long sequence) {

    /** Kinds are few and every fact names one: shared, not a copy each read from a snapshot. */
    RecordedFact {
        kind = kind.intern();
    }
}
