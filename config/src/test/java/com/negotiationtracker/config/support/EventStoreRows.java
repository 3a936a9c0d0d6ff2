package com.negotiationtracker.config.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts what the event store holds, straight from its table: the ground truth for "nothing was recorded". */
public final class EventStoreRows {

    private final JdbcTemplate jdbc;

    public EventStoreRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
