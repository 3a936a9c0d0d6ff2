package com.negotiationtracker.core.dossier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static com.negotiationtracker.core.dossier.SampleDossier.SEED_ACTORS;
import static com.negotiationtracker.core.dossier.SampleDossier.SEED_FACTS;
import static com.negotiationtracker.core.dossier.SampleDossier.SEED_TRACKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A dossier whose commit meets another writer's append to one of its streams (a second instance writing the same
 * track): all of it is rolled back and recorded again on the new state, up to {@link DossierImporter#ATTEMPTS} times.
 */
class DossierConflictTest {

    private ConflictingStorage storage;
    private InMemoryTracker tracker;

    @AfterEach
    void shutDown() {
        tracker.close();
    }

    @Test
    void aDossierThatMeetsAConcurrentWriteIsRecordedWholeOnTheNextAttempt() {
        DossierImporter importer = importerWithConflicts(1);

        ImportReport report = importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

        assertThat(report).isEqualTo(new ImportReport("seed-article", SEED_ACTORS, 0, SEED_TRACKS, 0, SEED_FACTS, 0));
        assertThat(tracker.eventCount()).isEqualTo(SEED_ACTORS + SEED_TRACKS + SEED_FACTS);
        assertThat(tracker.transactions.rolledBack).isEqualTo(1);
        assertThat(tracker.transactions.committed).isEqualTo(1);
    }

    @Test
    void aDossierThatMeetsConflictsEveryTimeIsAnsweredWithTheConflictAndRecordsNothing() {
        DossierImporter importer = importerWithConflicts(DossierImporter.ATTEMPTS);

        ConcurrencyException conflict = catchThrowableOfType(ConcurrencyException.class,
                () -> importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML));

        assertThat(conflict).isNotNull();
        assertThat(tracker.eventCount()).isZero();
        assertThat(tracker.transactions.rolledBack).isEqualTo(DossierImporter.ATTEMPTS);
        assertThat(tracker.transactions.committed).isZero();
    }

    @Test
    void aDossierThatMeetsAnotherWritersNewStreamIsRecordedWholeOnTheNextAttempt() {
        DossierImporter importer = importerWithConflicts(1, () -> new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [actor:kremlin] to create aggregate [Actor]"));

        ImportReport report = importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

        assertThat(report).isEqualTo(new ImportReport("seed-article", SEED_ACTORS, 0, SEED_TRACKS, 0, SEED_FACTS, 0));
        assertThat(tracker.eventCount()).isEqualTo(SEED_ACTORS + SEED_TRACKS + SEED_FACTS);
        assertThat(tracker.transactions.rolledBack).isEqualTo(1);
    }

    private DossierImporter importerWithConflicts(int conflicts) {
        return importerWithConflicts(conflicts,
                () -> new ConcurrencyException("another writer appended to the stream first"));
    }

    private DossierImporter importerWithConflicts(int conflicts, Supplier<RuntimeException> conflict) {
        storage = new ConflictingStorage(conflicts, conflict);
        tracker = new InMemoryTracker(storage);
        return tracker.importer();
    }

    /** Refuses the first appends as the store refuses a sequence number another writer took. */
    private static final class ConflictingStorage extends InMemoryEventStorageEngine {
        private final Supplier<RuntimeException> conflict;
        private int conflictsLeft;

        ConflictingStorage(int conflicts, Supplier<RuntimeException> conflict) {
            this.conflictsLeft = conflicts;
            this.conflict = conflict;
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            if (conflictsLeft > 0) {
                conflictsLeft--;
                throw conflict.get();
            }
            super.appendEvents(events);
        }
    }
}
