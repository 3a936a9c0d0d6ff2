package com.negotiationtracker.config.storage;

import com.negotiationtracker.query.batch.DatabaseProduct;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;

/**
 * Makes what the write side commits on the embedded H2 database survive the process being killed right after.
 * <p>
 * H2 keeps no log of commits: a committed transaction is written to its file by a background thread, up to half a
 * second later ({@code WRITE_DELAY}). A dossier import answered as recorded, then a process killed (SIGKILL, an out
 * of memory, a container stopped) within that half second, lost the import. After each commit of the write side
 * this asks H2 to write what is committed at once ({@code CHECKPOINT}), so that the answer is only given once the
 * events are in the file. The read models' processors commit without it: what they lose is rebuilt from the events,
 * and their tokens are lost with it, consistently. PostgreSQL writes its log at every commit and needs nothing.
 * <p>
 * This covers the process dying, not the machine: the file is not synced to the disk (PostgreSQL is for that).
 */
public final class DurableCommits implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;

    private DurableCommits(TransactionManager delegate, DataSource dataSource) {
        this.delegate = delegate;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** {@code transactions}, made durable on H2 as described above; unchanged on any other database. */
    public static TransactionManager on(DataSource dataSource, TransactionManager transactions) {
        return isH2(dataSource) ? new DurableCommits(transactions, dataSource) : transactions;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        return new Transaction() {
            @Override
            public void commit() {
                transaction.commit();
                // joined to an outer transaction, nothing is committed yet: its own commit is what counts
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    jdbc.execute("CHECKPOINT");
                }
            }

            @Override
            public void rollback() {
                transaction.rollback();
            }
        };
    }

    private static boolean isH2(DataSource dataSource) {
        return DatabaseProduct.of(dataSource) == DatabaseProduct.H2;
    }
}
