package com.negotiationtracker.config.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * How much the diplomatic state's history holds after a replay: its rows, those the record still holds and those it
 * closed, the channels' share, and the facts kept. A version is closed when a later input changes it, so closed rows
 * per fact tell how much each fact rewrote (until V18 a late contact rewrote every later version of its channel: see
 * BENCHMARKS.md, eleventh and twelfth sessions).
 */
record StateHistorySize(long rows, long held, long channelRows, long channelHeld, long facts, long channelFacts) {

    static StateHistorySize of(JdbcTemplate jdbc) {
        Map<String, Object> rows = jdbc.queryForMap("select count(*) as all_rows,"
                + " count(case when recorded_to is null then 1 end) as held,"
                + " count(case when entity_kind = 'channel' then 1 end) as channel_rows,"
                + " count(case when entity_kind = 'channel' and recorded_to is null then 1 end) as channel_held"
                + " from state_history");
        Map<String, Object> facts = jdbc.queryForMap("select count(*) as facts,"
                + " count(case when shapes_channels then 1 end) as channel_facts from state_fact");
        return new StateHistorySize(number(rows, "all_rows"), number(rows, "held"), number(rows, "channel_rows"),
                number(rows, "channel_held"), number(facts, "facts"), number(facts, "channel_facts"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    String markdown() {
        return "| the state's history after the replay: rows (held / closed), of them the channels'; facts kept (of"
                + " them shaping channels) | " + Figures.count(rows) + " (" + Figures.count(held) + " / "
                + Figures.count(rows - held) + "), channels " + Figures.count(channelRows) + " ("
                + Figures.count(channelHeld) + " / " + Figures.count(channelRows - channelHeld) + "); "
                + Figures.count(facts) + " facts (" + Figures.count(channelFacts) + ") |\n";
    }
}
