package com.negotiationtracker.config.storage;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Gap settlement on PostgreSQL, from the transactions the server reports running.
 * <p>
 * An index is taken from the sequence inside the transaction that inserts its event, so that transaction is running
 * from before the index is taken until it commits or is rolled back (or its session dies). Read the sequence's last
 * value {@code L}, then the transactions running on this database: every index up to {@code L} belongs to one of
 * those transactions or to one that has already ended. Once none of them runs any more (each known by its session and
 * the moment it began), every index up to {@code L} is settled: its event has committed and can be read, or never
 * will be. A gap at or below a settled index that has no row is dead.
 * <p>
 * A reader passes an index above the settled one that has no row yet (it may still commit) and carries it as a gap,
 * as in Axon, while passing it is safe. It stops instead where carrying open gaps would cost much or lose events: when
 * an event's token would carry more open gaps than the limit (each event read copies them), or lies half of Axon's gap
 * offset past the lowest (beyond the offset Axon forgets a gap, and its event would be passed over when it commits).
 * It reads on when those indexes commit or settle, for up to the gap timeout.
 * <p>
 * The settlement is conservative. While any of those transactions runs (a long import, a session left idle in a
 * transaction), nothing more settles. When the server does not show every session's transaction (activity tracking
 * switched off, sessions of a role this one may not see), holds a prepared transaction, which belongs to no session,
 * or the sequence is altered to cache values per session, nothing settles and nothing is held back: gaps are Axon's
 * again, until its gap timeout.
 */
final class PostgresGapSettlement implements GapSettlement {

    private static final Logger log = LoggerFactory.getLogger(PostgresGapSettlement.class);

    /** Reads closer together than this (several processors, each reading on) share one observation. */
    private static final Duration OBSERVATION_INTERVAL = Duration.ofMillis(200);

    /**
     * Read first: the index handed out last, 0 while none has been, how many values each session takes from the
     * sequence ahead (its cache, 1 as the migrations create it), and how many prepared transactions wait. A
     * transaction prepared after this read leaves the sessions read next, but it is still prepared, and counted, when
     * the next observation is checked against this one.
     */
    private static final String HANDED_OUT = "select case when is_called then last_value else 0 end as handed_out,"
            + " (select seqcache from pg_sequence where seqrelid = 'domain_event_entry_seq'::regclass) as cached,"
            + " (select count(*) from pg_prepared_xacts where database = current_database()) as prepared"
            + " from domain_event_entry_seq";

    /** Read second: the other client sessions on this database, with the start of the transaction each runs. */
    private static final String SESSIONS = "select pid, xact_start, state from pg_stat_activity"
            + " where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()";

    private static final String FIRST_PRESENT = "select min(global_index) from domain_event_entry"
            + " where global_index = any(?)";

    private final JdbcTemplate jdbc;
    private final Duration gapTimeout;
    private final int openGapLimit;
    private final int maxGapOffset;

    /** The oldest observation not yet settled; null when none is waiting. */
    private Observation pending;
    /** Every index up to this one is settled. */
    private long settled;
    private long lastObserved = System.nanoTime() - OBSERVATION_INTERVAL.toNanos();
    /** Whether the last observation saw every transaction that could take an index; nothing settles otherwise. */
    private boolean seesEveryTransaction;

    PostgresGapSettlement(DataSource dataSource, Duration gapTimeout, int openGapLimit, int maxGapOffset) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.gapTimeout = gapTimeout;
        this.openGapLimit = openGapLimit;
        this.maxGapOffset = maxGapOffset;
    }

    @Override
    public List<? extends TrackedEventData<?>> readOn(TrackingToken lastToken, Fetch fetch) {
        Horizon horizon = horizonNow();
        long settledBefore = horizon.settled();
        TrackingToken from = withoutDeadGaps(lastToken, settledBefore);
        List<? extends TrackedEventData<?>> batch = fetch.apply(from);
        if (gapsUpTo(from, settledBefore).isEmpty()) {
            // Settled before the batch was read, so an index up to it that the batch passed over without a row has
            // none and never will: the gaps the batch's tokens gained up to there are dead.
            List<? extends TrackedEventData<?>> settledBatch =
                    batch.stream().map(event -> withoutGapsUpTo(event, settledBefore)).toList();
            if (log.isDebugEnabled() && !settledBatch.equals(batch)) {
                log.debug("Dropped the gaps up to {} from the tokens of a batch read on from {}: their transactions"
                        + " have ended without committing", settledBefore, from);
            }
            batch = settledBatch;
        }
        // else a settled gap that filled late is still in the token read from, and carried on in the batch's tokens
        return horizon.seesEveryTransaction() ? upToFirstUnsafePassing(from, batch, settledBefore) : batch;
    }

    /** {@code lastToken} without the gaps that are settled and still empty. */
    TrackingToken withoutDeadGaps(TrackingToken lastToken) {
        return withoutDeadGaps(lastToken, horizonNow().settled());
    }

    /**
     * How far indexes are settled. Observed at every read, gaps or not, so that the indexes of a write that has
     * failed are mostly settled by the time a reader first reads past them.
     */
    private synchronized Horizon horizonNow() {
        if (System.nanoTime() - lastObserved >= OBSERVATION_INTERVAL.toNanos()) {
            observe();
            lastObserved = System.nanoTime();
        }
        return new Horizon(settled, seesEveryTransaction);
    }

    /**
     * The batch up to its first event that passes indexes that may still commit (gaps above the settled index) unsafely:
     * its token would carry more of them than the limit, or it lies half of Axon's gap offset or more past the lowest
     * of them. The reader waits there until those indexes commit and are read, or are settled as never used, rather
     * than pass on. So no token carries more open gaps than the limit (Axon copies a token's gaps into the token of
     * every event read after it: the thousands of indexes a killed import had taken, carried by thousands of events,
     * ran an instance out of memory), and none passes over the first events of a transaction larger than the gap
     * offset (Axon forgets a gap that far behind). Fewer open gaps close behind are passed, as Axon passes them: their
     * events are read when they commit, and waiting for each would hold the read models back behind every slow write.
     * An event older than the gap timeout is not held back: a transaction that holds an index that long (a session
     * left idle in it) is given up as Axon always did, so that it cannot stop the read models.
     */
    private List<? extends TrackedEventData<?>> upToFirstUnsafePassing(TrackingToken from,
                                                                       List<? extends TrackedEventData<?>> batch,
                                                                       long settledIndex) {
        Instant givenUpBefore = GenericEventMessage.clock.instant().minus(gapTimeout);
        // the open gaps read from and not read since: an event's token may have lost one that Axon gave up on
        SortedSet<Long> carried = new TreeSet<>(gapsAbove(from, settledIndex));
        for (int position = 0; position < batch.size(); position++) {
            TrackedEventData<?> event = batch.get(position);
            SortedSet<Long> open = gapsAbove(event.trackingToken(), settledIndex);
            long index = event.trackingToken().position().orElse(Long.MAX_VALUE);
            carried.remove(index);
            long lowestOpen = Math.min(carried.isEmpty() ? Long.MAX_VALUE : carried.first(),
                    open.isEmpty() ? Long.MAX_VALUE : open.first());
            boolean unsafe = open.size() > openGapLimit
                    || lowestOpen != Long.MAX_VALUE && index != Long.MAX_VALUE
                    && index - lowestOpen >= maxGapOffset / 2;
            if (unsafe && event.getTimestamp().isAfter(givenUpBefore)) {
                if (log.isDebugEnabled()) {
                    log.debug("Held back {} events from {} on: {} indexes from {} on may still commit (settled to {})",
                            batch.size() - position, index, open.size(), lowestOpen, settledIndex);
                }
                return batch.subList(0, position);
            }
        }
        return batch;
    }

    private TrackingToken withoutDeadGaps(TrackingToken lastToken, long settledIndex) {
        SortedSet<Long> candidates = gapsUpTo(lastToken, settledIndex);
        if (candidates.isEmpty()) {
            return lastToken;
        }
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
        // a settled gap that has a row committed late: keep it and those above it, so that it is read
        Long firstPresent = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(FIRST_PRESENT);
            statement.setArray(1, connection.createArrayOf("bigint", candidates.toArray()));
            return statement;
        }, (ResultSetExtractor<Long>) rows -> rows.next() ? (Long) rows.getObject(1) : null);
        long truncation = firstPresent == null ? settledIndex + 1 : firstPresent;
        GapAwareTrackingToken settledToken = token.withGapsTruncatedAt(truncation);
        if (log.isDebugEnabled()) {
            log.debug("Dropped {} gaps below {} from a token at {}: their transactions have ended without committing",
                    token.getGaps().size() - settledToken.getGaps().size(), truncation, token.getIndex());
        }
        return settledToken;
    }

    private static TrackedEventData<?> withoutGapsUpTo(TrackedEventData<?> event, long settledIndex) {
        if (gapsUpTo(event.trackingToken(), settledIndex).isEmpty() || !(event instanceof DomainEventData<?> data)) {
            return event;
        }
        GapAwareTrackingToken token = (GapAwareTrackingToken) event.trackingToken();
        return new TrackedDomainEventData<>(token.withGapsTruncatedAt(settledIndex + 1), data);
    }

    private static SortedSet<Long> gapsAbove(TrackingToken token, long index) {
        return token instanceof GapAwareTrackingToken gapAware && gapAware.hasGaps()
                ? gapAware.getGaps().tailSet(index + 1)
                : Collections.emptySortedSet();
    }

    private static SortedSet<Long> gapsUpTo(TrackingToken token, long index) {
        return token instanceof GapAwareTrackingToken gapAware && gapAware.hasGaps()
                ? gapAware.getGaps().headSet(index + 1)
                : Collections.emptySortedSet();
    }

    /**
     * Settles the pending observation if none of the transactions running at its moment runs any more, and takes a
     * new one when none is pending. An observation is kept until it settles: whatever holds it back would hold back
     * any later one too.
     */
    private void observe() {
        Sequence sequence = jdbc.queryForObject(HANDED_OUT, (row, number) -> new Sequence(row.getLong("handed_out"),
                row.getLong("cached"), row.getLong("prepared")));
        Observation now = jdbc.query(SESSIONS, (ResultSetExtractor<Observation>) sessions ->
                observation(sequence.handedOut(), sessions));
        seesEveryTransaction = sequence.cached() <= 1 && sequence.prepared() == 0 && now.complete();
        if (!seesEveryTransaction) {
            // a value a session cached ahead can be taken later by a transaction that begins after the observation
            return;
        }
        if (pending != null && Collections.disjoint(pending.running(), now.running())) {
            settled = Math.max(settled, pending.handedOut());
            pending = null;
        }
        if (pending == null) {
            pending = now;
        }
    }

    private static Observation observation(long handedOut, ResultSet sessions) throws SQLException {
        Set<RunningTransaction> running = new HashSet<>();
        boolean complete = true;
        while (sessions.next()) {
            String state = sessions.getString("state");
            if (state == null || state.equals("disabled")) {
                complete = false;
            }
            if (sessions.getTimestamp("xact_start") != null) {
                running.add(new RunningTransaction(sessions.getInt("pid"),
                        sessions.getTimestamp("xact_start").toInstant()));
            }
        }
        return new Observation(handedOut, running, complete);
    }

    /**
     * After the sequence had handed out {@code handedOut}, these transactions were running on other sessions;
     * {@code complete} when every session showed whether it ran one.
     */
    private record Observation(long handedOut, Set<RunningTransaction> running, boolean complete) {
    }

    /** Every index up to {@code settled} is settled; {@code seesEveryTransaction} as the last observation did. */
    private record Horizon(long settled, boolean seesEveryTransaction) {
    }

    /**
     * The sequence of global indexes: the last value handed out and how many a session takes ahead; and the prepared
     * transactions, which belong to no session.
     */
    private record Sequence(long handedOut, long cached, long prepared) {
    }

    /** A transaction, known by its session and the moment it began: a session runs one after another. */
    private record RunningTransaction(int pid, Instant began) {
    }
}
