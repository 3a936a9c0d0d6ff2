package com.negotiationtracker.query.state;

import java.util.Locale;

/** The kinds of thing the diplomatic state holds, each kept as a bitemporal history (column {@code entity_kind}). */
enum EntityKind {
    CHANNEL, TRACK, INVITATION, MEETING, MEASURE, DEMAND, PROPOSAL, GUARANTEE;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EntityKind ofColumn(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
