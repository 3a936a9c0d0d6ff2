package com.negotiationtracker.core.meeting;

/** How much the reporting says about where something takes place. */
public enum VenueKind {
    /** A named place: Moscow, Munich. */
    NAMED,
    /** A country other than the parties', possibly unnamed ("a third country"). */
    THIRD_COUNTRY,
    /** The reporting does not say where. */
    UNSPECIFIED
}
