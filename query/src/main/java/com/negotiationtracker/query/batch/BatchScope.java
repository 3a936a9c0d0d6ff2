package com.negotiationtracker.query.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

    /**
     * Like {@link #current}, for a value that gathers the batch's writes: {@code atCommit} is given it once, when the
     * batch is about to commit (still in its transaction, before the processor's token is stored with it), so that
     * the whole batch is written in a few statements instead of a few per event. A batch rolled back writes nothing.
     */
    public static <T> Optional<T> gathering(String key, Supplier<T> fresh, Consumer<T> atCommit) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return Optional.of(batch.getOrComputeResource(key, k -> {
            T value = fresh.get();
            batch.onPrepareCommit(u -> atCommit.accept(value));
            return value;
        }));
    }

    /**
     * Every event of the current batch, the one being handled and those still to come: a projection can read what
     * the whole batch needs at once when it meets its first event. Empty outside a processor's batch.
     */
    public static List<EventMessage<?>> events() {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream().<EventMessage<?>>map(message -> (EventMessage<?>) message).toList();
        }
        return List.of();
    }
}
