package com.negotiationtracker.query.state;

/** How far a meeting got, in order; a cancelled one goes no further. */
public enum MeetingStatus {
    PROPOSED, AGREED, SCHEDULED, HELD, CANCELLED
}
