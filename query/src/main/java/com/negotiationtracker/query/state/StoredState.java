package com.negotiationtracker.query.state;

/** The state of one thing as an as-of query finds it: its kind, key, track (null for a channel) and state as JSON. */
record StoredState(EntityKind kind, String key, String track, String state) {
}
