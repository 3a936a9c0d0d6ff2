package com.negotiationtracker.config.storage;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each case runs the same units of work on Axon's embedded store and on {@link OnePassStagingEventStore}, each on an
 * engine of its own holding the same stored events, and compares what a read of the stream answered in them.
 */
class OnePassStagingEventStoreTest {

    private static final String TRACK = "track:us-russia";

    private final List<EmbeddedEventStore> stores = new ArrayList<>();

    @AfterEach
    void shutDown() {
        stores.forEach(EmbeddedEventStore::shutDown);
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void a_read_lists_the_stored_events_then_those_staged_from_the_outermost_unit_of_work_in() {
        Function<EmbeddedEventStore, List<String>> importing = store -> {
            UnitOfWork<?> dossier = DefaultUnitOfWork.startAndGet(null);
            store.publish(event(1, "opened by the dossier"));
            UnitOfWork<?> firstFact = DefaultUnitOfWork.startAndGet(null);
            store.publish(event(2, "first fact"));
            firstFact.commit();
            DefaultUnitOfWork.startAndGet(null);
            store.publish(event(3, "second fact"));
            List<String> read = read(store);
            read.add("last sequence number " + store.lastSequenceNumberFor(TRACK).orElseThrow());
            CurrentUnitOfWork.get().commit();
            dossier.rollback();
            return read;
        };

        assertThat(onBothStores(importing)).containsOnly(List.of("stored", "opened by the dossier", "first fact",
                "second fact", "last sequence number 3"));
    }

    @Test
    void what_a_rolled_back_unit_of_work_staged_is_not_listed() {
        Function<EmbeddedEventStore, List<String>> refused = store -> {
            UnitOfWork<?> dossier = DefaultUnitOfWork.startAndGet(null);
            UnitOfWork<?> refusedFact = DefaultUnitOfWork.startAndGet(null);
            store.publish(event(1, "refused fact"));
            refusedFact.rollback();
            DefaultUnitOfWork.startAndGet(null);
            store.publish(event(1, "next fact"));
            List<String> read = read(store);
            CurrentUnitOfWork.get().commit();
            dossier.rollback();
            return read;
        };

        assertThat(onBothStores(refused)).containsOnly(List.of("stored", "next fact"));
    }

    @Test
    void events_handed_to_the_parent_and_still_held_by_the_committed_unit_of_work_are_listed_once() {
        Function<EmbeddedEventStore, List<String>> afterCommit = store -> {
            UnitOfWork<?> dossier = DefaultUnitOfWork.startAndGet(null);
            UnitOfWork<?> fact = DefaultUnitOfWork.startAndGet(null);
            store.publish(event(1, "fact"));
            store.publish(event(2, "its appearance"));
            List<String> read = new ArrayList<>();
            // committing, a unit of work has handed its events to its parent and still holds them itself
            fact.onCommit(committing -> read.addAll(read(store)));
            fact.commit();
            dossier.rollback();
            return read;
        };

        assertThat(onBothStores(afterCommit)).containsOnly(List.of("stored", "fact", "its appearance"));
    }

    @Test
    void outside_a_unit_of_work_only_the_stored_events_are_listed() {
        assertThat(onBothStores(OnePassStagingEventStoreTest::read)).containsOnly(List.of("stored"));
    }

    /** What the units of work observed, on Axon's store and on the one-pass store: two equal lists when they agree. */
    private Stream<List<String>> onBothStores(Function<EmbeddedEventStore, List<String>> unitsOfWork) {
        EmbeddedEventStore axons = EmbeddedEventStore.builder().storageEngine(engineWithStoredEvent()).build();
        EmbeddedEventStore onePass = new OnePassStagingEventStore(
                EmbeddedEventStore.builder().storageEngine(engineWithStoredEvent()));
        stores.add(axons);
        stores.add(onePass);
        return Stream.of(unitsOfWork.apply(axons), unitsOfWork.apply(onePass));
    }

    private static InMemoryEventStorageEngine engineWithStoredEvent() {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        engine.appendEvents(event(0, "stored"));
        return engine;
    }

    private static List<String> read(EmbeddedEventStore store) {
        List<String> payloads = new ArrayList<>();
        store.readEvents(TRACK).asStream().map(DomainEventMessage::getPayload).map(String::valueOf)
                .forEach(payloads::add);
        return payloads;
    }

    private static DomainEventMessage<String> event(long sequence, String payload) {
        return new GenericDomainEventMessage<>("NegotiationTrack", TRACK, sequence, payload);
    }
}
