package com.negotiationtracker.query.state;

/** Where an invitation stands. */
public enum InvitationStatus {
    OPEN, ACCEPTED, DECLINED, WITHDRAWN
}
