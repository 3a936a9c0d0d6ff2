package com.negotiationtracker.core.track;

import com.negotiationtracker.core.claim.Claim;

/**
 * What a track keeps of a recorded fact: enough to tell the same fact again from other content under its id, to
 * refuse the latter in the domain's words, to decide appearances and corroborations of it, and to find the fact's
 * event in the track's stream when a dispute or correction needs the fact's values ({@link RecordedFacts}).
 *
 * @param fingerprint  see {@link NegotiationTrack#fingerprint}
 * @param kind         the fact's event type ({@code CallHeld})
 * @param sequence     the event's sequence number in the track's stream
 * @param appearance   {@link Claim#appearanceDigest} of the fact's own provenance
 * @param asserter     {@link Claim#asserterDigest} of the actor who asserted it
 */
record RecordedFact(long fingerprint, String kind, long sequence, long appearance, long asserter) {

    /** Kinds are few and every fact names one: shared, not a copy each read from a snapshot. */
    RecordedFact {
        kind = kind.intern();
    }
}
