package com.negotiationtracker.config.storage;

import com.negotiationtracker.query.batch.DatabaseProduct;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Which gaps can no longer fill. A gap is a global index that was handed out but whose event no reader has seen:
 * its transaction is still running, or it rolled back or died and the index stays unused for good. Axon keeps every
 * gap until the gap timeout, copied into the token of every event read after it, so that the indexes burnt by a
 * killed or retried large import cost thousands of copies of thousands of gaps. Where the database can tell that every
 * transaction which could have taken an index has ended, the gaps at or below it that are still empty are dropped at
 * once instead, and a reader stops at indexes that may still commit where carrying them as gaps would cost much or
 * lose events.
 */
public interface GapSettlement {

    /** A batch of events read on from a token, as an event engine reads it. */
    interface Fetch extends Function<TrackingToken, List<? extends TrackedEventData<?>>> {
    }

    /**
     * The batch {@code fetch} reads on from {@code lastToken}, read from that token without the gaps known never to
     * fill, with none of those in the tokens of the events read either, and ending before the first event that would
     * pass indexes that may still commit unsafely (more of them than a limit, or too far past them), unless that
     * event is older than the gap timeout.
     */
    List<? extends TrackedEventData<?>> readOn(TrackingToken lastToken, Fetch fetch);

    /**
     * The settlement for the database behind {@code dataSource} (asked once, here): on PostgreSQL from the
     * transactions it reports running, readers carrying at most {@code openGapLimit} indexes that may still commit,
     * and none {@code maxGapOffset / 2} or more behind the event read, held back for up to {@code gapTimeout};
     * elsewhere none, and gaps are left to the gap timeout.
     */
    static GapSettlement on(DataSource dataSource, Duration gapTimeout, int openGapLimit, int maxGapOffset) {
        return DatabaseProduct.of(dataSource) == DatabaseProduct.POSTGRESQL
                ? new PostgresGapSettlement(dataSource, gapTimeout, openGapLimit, maxGapOffset)
                : none();
    }

    /** No settlement: every gap waits out the gap timeout. */
    static GapSettlement none() {
        return (lastToken, fetch) -> fetch.apply(lastToken);
    }
}
