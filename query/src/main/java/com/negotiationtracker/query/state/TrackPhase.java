package com.negotiationtracker.query.state;

/** How far a negotiation track has come, in order. A suspension of direct contact returns it to {@link #NO_CONTACT}. */
public enum TrackPhase {
    NO_CONTACT,
    /** A call or meeting between the sides was held. */
    CONTACT,
    /** The sides agreed to start negotiations. */
    TALKS_AGREED,
    /** A meeting was proposed, agreed or scheduled, or an invitation issued or accepted. */
    MEETING_PLANNED,
    /** A meeting was held. */
    MEETING_HELD
}
