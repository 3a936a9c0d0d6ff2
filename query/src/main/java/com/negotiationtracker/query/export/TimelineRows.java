package com.negotiationtracker.query.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the timeline read model (tables {@code timeline_entry}, {@code timeline_actor}, {@code timeline_issue} of
 * {@code V2__timeline.sql}) in the timeline's order, valid time first, through one forward-only cursor: a timeline of
 * any length streams through in constant memory, as of one moment (one statement). Read-only: the timeline projection
 * owns the tables.
 */
@Component
public class TimelineRows {

    static final int FETCH_SIZE = 500;

    /** The order of the timeline's query handler: valid time, order of recording, then track and fact id. */
    private static final String SELECT = "select e.track, e.fact_id, e.kind, e.summary, e.valid_time, "
            + "e.valid_time_precision, e.valid_time_approximate, e.valid_from, e.valid_until, e.asserted_by, "
            + "e.channel, e.quote, e.source_reference, e.source_outlet, e.source_title, e.source_url, "
            + "e.source_published_at, e.details, e.recorded_at, e.global_position, "
            + "(select array_agg(a.actor_id order by a.ordinal) from timeline_actor a "
            + "where a.track = e.track and a.fact_id = e.fact_id) as actors, "
            + "(select array_agg(i.issue order by i.ordinal) from timeline_issue i "
            + "where i.track = e.track and i.fact_id = e.fact_id) as issues "
            + "from timeline_entry e "
            + "order by e.valid_from, e.global_position nulls last, e.recorded_at, e.track, e.fact_id";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;

    public TimelineRows(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        // PostgreSQL fetches a cursor in parts only inside a transaction
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /** Hands each fact of the timeline, in order, to {@code sink}. */
    public void forEach(Consumer<TimelineRow> sink) {
        reading.executeWithoutResult(status -> jdbc.query(SELECT, (RowCallbackHandler) rows -> sink.accept(row(rows))));
    }

    private static TimelineRow row(ResultSet rows) throws SQLException {
        return new TimelineRow(rows.getString("fact_id"), rows.getString("track"), rows.getString("kind"),
                rows.getString("summary"), rows.getString("valid_time"), rows.getString("valid_time_precision"),
                rows.getBoolean("valid_time_approximate"), instant(rows, "valid_from"), instant(rows, "valid_until"),
                strings(rows.getArray("actors")), strings(rows.getArray("issues")), rows.getString("asserted_by"),
                rows.getString("channel"), rows.getString("quote"), rows.getString("source_reference"),
                rows.getString("source_outlet"), rows.getString("source_title"), rows.getString("source_url"),
                rows.getString("source_published_at"), rows.getString("details"), instant(rows, "recorded_at"),
                rows.getObject("global_position", Long.class));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
        } finally {
            array.free();
        }
    }
}
