package com.negotiationtracker.config.axon;

import com.negotiationtracker.core.track.NegotiationTrack;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Once the application has started, loads the tracks written to last into the tracks' cache, on a thread of its own,
 * so that the first write to each after a start does not wait for the track's snapshot and the events after it.
 * <p>
 * Without it, a freshly started instance read every busy track from the store on the first write naming it, under
 * the track's lock: in a JFR profile of the load benchmark (BENCHMARKS.md), about the first 20 seconds of a fresh
 * instance's writes went to that, while other writes to the same track waited.
 * <p>
 * At most {@code limit} tracks (the cache's size), those whose last event is newest. They are loaded oldest first, so
 * that where the cache's event budget cannot hold them all, what it keeps (the tracks used last) are the busiest now.
 * Each is loaded in a unit of work and transaction of its own, as a write would (the track's lock, the cache's check
 * against the store), which commits nothing, so that writes arriving meanwhile wait at most for one track's load; after
 * each it rests as long as the load took, leaving the requests arriving meanwhile at least half of a processor. A
 * track that cannot be loaded is left to the first write that names it, as before. Stops when the application does.
 */
public final class TrackCacheWarmUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TrackCacheWarmUp.class);

    /** The tracks with the newest events first; the event table's aggregate type is the aggregate's class name. */
    private static final String TRACKS_WRITTEN_LAST = "select aggregate_identifier from domain_event_entry"
            + " where type = ? group by aggregate_identifier order by max(global_index) desc limit ?";

    private final JdbcTemplate jdbc;
    private final Repository<NegotiationTrack> tracks;
    private final TransactionManager transactionManager;
    private final int limit;
    private final ExecutorService thread = DaemonThread.named("track-cache-warm-up");
    private volatile boolean stopped;

    /** @param limit the most tracks loaded (0: none) */
    public TrackCacheWarmUp(JdbcTemplate jdbc, Repository<NegotiationTrack> tracks,
                            TransactionManager transactionManager, int limit) {
        this.jdbc = jdbc;
        this.tracks = tracks;
        this.transactionManager = transactionManager;
        this.limit = limit;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent ready) {
        thread.execute(this::warmUp);
    }

    /**
     * Loads the tracks into the cache, in the calling thread.
     *
     * @return how many were loaded
     */
    public int warmUp() {
        if (limit <= 0) {
            return 0;
        }
        long started = System.nanoTime();
        List<String> newestLast = new ArrayList<>(jdbc.queryForList(TRACKS_WRITTEN_LAST, String.class,
                NegotiationTrack.class.getSimpleName(), limit));
        Collections.reverse(newestLast);
        int loaded = 0;
        for (String track : newestLast) {
            if (stopped || Thread.currentThread().isInterrupted()) {
                break;
            }
            long loading = System.nanoTime();
            if (load(track)) {
                loaded++;
            }
            if (!restFor(System.nanoTime() - loading)) {
                break;
            }
        }
        log.info("Loaded {} of the {} tracks written to last into the tracks' cache in {} ms", loaded,
                newestLast.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return loaded;
    }

    /**
     * Waits as long as the last load took, so that the warm-up takes at most half of a processor from the requests an
     * instance already serves: in the load benchmark, loading without a pause, it took a quarter of the reads'
     * throughput away from a fresh instance, whose connections then ran out ({@code 503}s).
     *
     * @return false when interrupted (the application stops)
     */
    private boolean restFor(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean load(String track) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactionManager);
            tracks.load(track);
            // committing is what puts a loaded track into the cache; it writes nothing
            unitOfWork.commit();
            return true;
        } catch (RuntimeException notLoaded) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(notLoaded);
            }
            if (!stopped) {
                log.warn("Could not load {} into the tracks' cache; the first write naming it will", track, notLoaded);
            }
            return false;
        }
    }

    /** Lets the track being loaded finish (briefly), and loads no more. */
    @Override
    public void destroy() throws InterruptedException {
        stopped = true;
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
