package com.negotiationtracker.query.batch;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a projection keeps in memory for one batch of events: an event processor handles a batch in one unit of work
 * (and one transaction), so a value kept as a resource of that unit of work lives exactly as long as the batch, is
 * dropped when it commits or rolls back, and never accumulates across batches.
 */
public final class BatchScope {

    private BatchScope() {
    }

    /**
     * The value kept under {@code key} for the current batch, made by {@code fresh} on first use; empty outside a unit
     * of work (a handler called directly), where the caller must not rely on anything kept between calls.
     */
    public static <T> Optional<T> current(String key, Supplier<T> fresh) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.of(CurrentUnitOfWork.get().root().getOrComputeResource(key, k -> fresh.get()));
    }

    /** The value kept under {@code key} for the current batch, or a fresh one for this call alone. */
    public static <T> T currentOrFresh(String key, Supplier<T> fresh) {
        return current(key, fresh).orElseGet(fresh);
    }
}
