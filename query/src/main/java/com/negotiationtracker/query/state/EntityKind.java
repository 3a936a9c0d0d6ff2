package com.negotiationtracker.query.state;

import java.util.List;
import java.util.Locale;

/** The kinds of thing the diplomatic state holds, each kept as a bitemporal history (column {@code entity_kind}). */
enum EntityKind {
    CHANNEL, TRACK, INVITATION, MEETING, MEASURE, DEMAND, PROPOSAL, GUARANTEE;

    /** The kinds a track holds many of, each answered a page at a time: its lists, in the answer's order. */
    static final List<EntityKind> LISTS = List.of(INVITATION, MEETING, MEASURE, DEMAND, PROPOSAL, GUARANTEE);

    /** The name of this kind's list in an answer: {@code invitations}, {@code meetings}, ... */
    String listName() {
        return column() + "s";
    }

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EntityKind ofColumn(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
