package com.negotiationtracker.config.axon;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;

/**
 * A track's lock, held against every instance sharing the PostgreSQL database, not only against this process's other
 * threads. Axon locks an aggregate in the process that loads it; two instances writing to one busy track then both
 * loaded it at the same version, and the one that committed second conflicted on the stream's next sequence number:
 * its unit of work was rolled back, the track dropped from its cache (the rolled-back work had changed it) and read
 * again from its snapshot for the retry. About one write in seven with two instances under load.
 * <p>
 * Here the process's lock is taken first, then a transaction-scoped advisory lock on the track in the loading unit of
 * work's transaction ({@code pg_advisory_xact_lock}), which the server releases when that transaction commits or rolls
 * back, or its session dies. A writer on another instance waits for it instead of conflicting. The importer loads a
 * dossier's tracks in one order on every instance, so that two dossiers naming the same tracks cannot each hold one
 * that the other waits for. Outside a transaction nothing is written, and only the process's lock is taken.
 */
final class SharedTrackLocks implements LockFactory {

    /** The first key of each advisory lock taken here: a track's lock is (this, the hash of its stream id). */
    private static final int TRACKS = 0x7472_6b73;

    private static final String LOCK = "select 1 from pg_advisory_xact_lock(?, hashtext(?))";

    private final LockFactory inProcess = PessimisticLockFactory.usingDefaults();
    private final JdbcTemplate jdbc;

    SharedTrackLocks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Lock obtainLock(String streamId) {
        Lock lock = inProcess.obtainLock(streamId);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                jdbc.queryForObject(LOCK, Integer.class, TRACKS, streamId);
            } catch (RuntimeException notLocked) {
                lock.release();
                throw notLocked;
            }
        }
        return lock;
    }
}
