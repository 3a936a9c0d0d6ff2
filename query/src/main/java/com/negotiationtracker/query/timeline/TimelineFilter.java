package com.negotiationtracker.query.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.negotiationtracker.query.batch.SqlValues.time;

/**
 * The where clause of a timeline query, of the present filters only (so that no untyped null parameter reaches the
 * database), in JPQL for the page and in SQL for its count ({@link TimelineTotal}), on the entry aliased {@code e}.
 */
final class TimelineFilter {

    private final List<String> jpql = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> sql = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();
    private Instant knownAt;

    TimelineFilter(String track, String actor, String kind, String issue, Instant from, Instant until) {
        add(track, "e.track = :track", "track", "e.track = ?");
        add(actor, ":actor member of e.actors", "actor", "exists (select 1 from timeline_actor a"
                + " where a.track = e.track and a.fact_id = e.fact_id and a.actor_id = ?)");
        add(kind, "e.kind = :kind", "kind", "e.kind = ?");
        add(issue, ":issue member of e.issues", "issue", "exists (select 1 from timeline_issue i"
                + " where i.track = e.track and i.fact_id = e.fact_id and i.issue = ?)");
        // valid time [validFrom, validUntil) overlaps [from, until); an instant (validFrom = validUntil) counts
        add(from, "(e.validUntil > :from or e.validFrom >= :from)", "from", "(e.valid_until > ? or e.valid_from >= ?)");
        add(until, "e.validFrom < :until", "until", "e.valid_from < ?");
    }

    /** Facts whose valid time has begun at {@code validAt}, among those recorded by {@code knownAt}. */
    TimelineFilter asOf(Instant validAt, Instant knownAt) {
        add(validAt, "e.validFrom <= :validAt", "validAt", "e.valid_from <= ?");
        add(knownAt, "e.recordedAt <= :knownAt", "knownAt", "e.recorded_at <= ?");
        this.knownAt = knownAt;
        return this;
    }

    private void add(Object value, String condition, String name, String sqlCondition) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            jpql.add(condition);
            parameters.put(name, value);
            sql.add(sqlCondition);
            Object argument = value instanceof Instant instant ? time(instant) : value;
            for (int mark = sqlCondition.indexOf('?'); mark >= 0; mark = sqlCondition.indexOf('?', mark + 1)) {
                arguments.add(argument);
            }
        }
    }

    String where() {
        return jpql.isEmpty() ? "" : " where " + String.join(" and ", jpql);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    String sqlWhere() {
        return sql.isEmpty() ? "" : " where " + String.join(" and ", sql);
    }

    List<Object> arguments() {
        return arguments;
    }

    /** The record time the timeline is read as of, null for the record as it stands. */
    Instant knownAt() {
        return knownAt;
    }
}
