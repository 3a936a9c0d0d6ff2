package com.negotiationtracker.query.batch;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes a projection makes to its tables, for what its queries keep of them between requests (a moment
 * that decides which index to walk): kept with the count it was found at, it is found again once the count moved.
 * <p>
 * A change counts once its transaction has ended, when readers see what it wrote (or that it wrote nothing), not
 * when it is made: a query that read the tables in between would otherwise keep what it found before the change
 * under the count after it.
 */
public final class ReadModelChanges {

    private final AtomicLong changes = new AtomicLong();

    /** How many changes have ended so far. */
    public long count() {
        return changes.get();
    }

    /** A change has ended (or was made outside any transaction). */
    public void changed() {
        changes.incrementAndGet();
    }

    /** A change is being made in the current transaction: it counts when that ends, at once outside one. */
    public void changedOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changed();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                changed();
            }
        });
    }
}
