package com.negotiationtracker.query.state;

/** At what level two parties deal with each other, as the fact that set the channel's status shows it. */
public enum ChannelLevel {
    /** Between persons: presidents, ministers (the call between Trump and Putin). */
    LEADERS,
    /** Between the parties themselves, or offices speaking for them (contact between the United States and Russia). */
    PARTIES
}
