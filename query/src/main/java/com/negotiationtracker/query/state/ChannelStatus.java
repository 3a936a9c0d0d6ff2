package com.negotiationtracker.query.state;

/** Whether two parties are in direct contact. */
public enum ChannelStatus {
    /** A call or a meeting was held, and no suspension of contact followed. */
    ACTIVE,
    /** Direct contact was suspended, and no call or meeting followed. */
    DORMANT
}
