package com.negotiationtracker.query.position;

import java.util.Map;

/** A party's stances and versions on an issue, as the projection holds them while it works the history out. */
record PositionSubject(Map<StatementKey, PositionStatementEntity> statements,
                       Map<VersionKey, PositionVersionEntity> versions) {
}
