package com.negotiationtracker.core.common;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KnownStreamsTest {

    private final CountingStorage storage = new CountingStorage();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final KnownStreams streams = new KnownStreams(store, "test");

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void a_stored_stream_is_known_and_the_store_is_asked_once() {
        storeFirstEventOf("actor:putin");

        assertThat(streams.exists("actor:putin")).isTrue();
        assertThat(streams.exists("actor:putin")).isTrue();
        assertThat(storage.asked).isEqualTo(1);
    }

    @Test
    void a_missing_stream_is_asked_about_every_time_and_known_once_another_writer_stores_it() {
        assertThat(streams.exists("actor:putin")).isFalse();
        assertThat(streams.exists("actor:putin")).isFalse();
        storeFirstEventOf("actor:putin");

        assertThat(streams.exists("actor:putin")).isTrue();
        assertThat(storage.asked).isEqualTo(3);
    }

    @Test
    void a_stream_staged_by_a_unit_of_work_that_rolls_back_is_forgotten() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.publish(firstEventOf("actor:putin"));
        assertThat(streams.exists("actor:putin")).as("staged in this unit of work").isTrue();
        unitOfWork.rollback();

        assertThat(streams.exists("actor:putin")).isFalse();
    }

    @Test
    void a_stream_staged_by_a_unit_of_work_that_commits_is_remembered() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.publish(firstEventOf("actor:putin"));
        assertThat(streams.exists("actor:putin")).isTrue();
        assertThat(streams.exists("actor:putin")).as("remembered within the unit of work").isTrue();
        unitOfWork.commit();
        int askedWhileStaged = storage.asked;

        assertThat(streams.exists("actor:putin")).isTrue();
        assertThat(storage.asked).as("not asked again after the commit").isEqualTo(askedWhileStaged);
    }

    private void storeFirstEventOf(String stream) {
        storage.appendEvents(firstEventOf(stream));
    }

    private static GenericDomainEventMessage<String> firstEventOf(String stream) {
        return new GenericDomainEventMessage<>("Actor", stream, 0, "registered");
    }

    /** The in-memory store, counting how often it is asked for a stream's last sequence number. */
    private static final class CountingStorage extends InMemoryEventStorageEngine {
        int asked;

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            asked++;
            return super.lastSequenceNumberFor(aggregateIdentifier);
        }
    }
}
