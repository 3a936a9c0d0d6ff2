package com.negotiationtracker.config.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import java.util.function.Supplier;

/**
 * Axon's transactions (the event engines', the token store's, the processors', the importer's), keeping the failure
 * that made one roll back. Axon's own helpers throw the rollback's failure in its place when the rollback fails too,
 * which it does whenever the connection is already gone: a read that met a database shutting down then reported only
 * that the pooled connection was closed, and the API answered 500 instead of saying that the store is unavailable.
 * Here the rollback's failure is attached to the first one as suppressed.
 */
public final class CauseKeepingTransactionManager implements TransactionManager {

    private final TransactionManager delegate;

    public CauseKeepingTransactionManager(TransactionManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Transaction startTransaction() {
        return delegate.startTransaction();
    }

    @Override
    public void executeInTransaction(Runnable task) {
        fetchInTransaction(() -> {
            task.run();
            return null;
        });
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> supplier) {
        Transaction transaction = startTransaction();
        try {
            T result = supplier.get();
            transaction.commit();
            return result;
        } catch (RuntimeException | Error failure) {
            try {
                transaction.rollback();
            } catch (RuntimeException | Error rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        }
    }
}
