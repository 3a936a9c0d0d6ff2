package com.negotiationtracker.query.audit;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;

import static com.negotiationtracker.query.audit.EventTable.bytes;
import static com.negotiationtracker.query.audit.EventTable.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain against a real H2 database with the application's migrations: events are stored and sealed, then altered,
 * deleted or moved behind the application's back, and verification names the first that no longer matches.
 */
class ChainVerificationTest {

    private final EventTable table = new EventTable();

    @AfterEach
    void closeDatabase() {
        table.close();
    }

    @Test
    void anUntouchedStoreIsIntactAndItsHeadIsTheDigest() {
        table.storeAndSeal(5);

        Verification verification = intact();
        Digest digest = table.verifier.handle(new CurrentDigest());

        assertThat(verification.verdict()).isEqualTo(Verdict.INTACT);
        assertThat(verification.count()).isEqualTo(5);
        assertThat(verification.verified()).isEqualTo(5);
        assertThat(verification.notYetSealed()).isZero();
        assertThat(verification.firstBadEvent()).isNull();
        assertThat(digest).isEqualTo(new Digest(5, verification.head()));
    }

    @Test
    void anEmptyStoreIsIntactAtTheGenesis() {
        assertThat(intact().verdict()).isEqualTo(Verdict.INTACT);
        assertThat(table.verifier.handle(new CurrentDigest())).isEqualTo(new Digest(0, ChainHash.GENESIS));
    }

    @Test
    void anAlteredPayloadNamesItsEvent() {
        table.storeAndSeal(5);

        table.jdbc.update("update domain_event_entry set payload = ? where global_index = 3",
                (Object) bytes(payload(3).replace("putin", "xi")));

        assertFirstBad(intact(), 3, Breach.ALTERED);
        assertThat(intact().verified()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"meta_data = null", "time_stamp = '2020-01-01T00:00:00Z'", "type = 'Actor'",
            "aggregate_identifier = 'track:us-ukraine'", "sequence_number = 99", "payload_revision = '2'",
            "payload_type = 'com.negotiationtracker.core.statement.StatementMade'"})
    void anyAlteredColumnNamesItsEvent(String change) {
        table.storeAndSeal(5);

        table.jdbc.update("update domain_event_entry set " + change + " where global_index = 4");

        assertFirstBad(intact(), 4, Breach.ALTERED);
    }

    @Test
    void aDeletedEventIsNamed() {
        table.storeAndSeal(5);

        table.jdbc.update("delete from domain_event_entry where global_index = 2");

        assertFirstBad(intact(), 2, Breach.DELETED);
    }

    @Test
    void twoEventsWhosePayloadsWereSwappedNameTheFirst() {
        table.storeAndSeal(5);

        swapPayloads(2, 4);

        assertFirstBad(intact(), 2, Breach.ALTERED);
    }

    @Test
    void twoEventsThatSwappedPlacesNameTheFirstPlace() {
        table.storeAndSeal(5);

        table.jdbc.update("update domain_event_entry set global_index = -4 where global_index = 4");
        table.jdbc.update("update domain_event_entry set global_index = 4 where global_index = 2");
        table.jdbc.update("update domain_event_entry set global_index = 2 where global_index = -4");

        Verification verification = intact();
        assertFirstBad(verification, 2, Breach.DISPLACED);
        assertThat(verification.firstBadEvent().detail()).contains("event-2").contains("event-4");
    }

    @Test
    void aRewrittenSealBreaksTheChainThere() {
        table.storeAndSeal(5);

        table.jdbc.update("update event_chain set hash = ? where chain_index = 3", "0".repeat(64));

        assertFirstBad(intact(), 3, Breach.ALTERED);
    }

    @Test
    void anEventRewrittenWithItsOwnSealIsCaughtByTheNextSeal() {
        table.storeAndSeal(5);
        StoredEvent altered = table.store.storedEvent("event-3").orElseThrow();
        table.jdbc.update("update domain_event_entry set payload = ? where global_index = 3",
                (Object) bytes(payload(3).replace("putin", "xi")));
        String forged = ChainHash.of(sealedHash(2), table.store.storedEvent("event-3").orElseThrow());
        table.jdbc.update("update event_chain set hash = ? where chain_index = 3", forged);

        Verification verification = intact();

        assertFirstBad(verification, 4, Breach.CHAIN_ALTERED);
        assertThat(altered.payload()).isNotEqualTo(table.store.storedEvent("event-3").orElseThrow().payload());
    }

    @Test
    void aRemovedSealBreaksTheChain() {
        table.storeAndSeal(5);

        table.jdbc.update("delete from event_chain where chain_index = 2");

        Verification verification = intact();
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
        assertThat(verification.firstBadEvent().breach()).isEqualTo(Breach.CHAIN_ALTERED);
        assertThat(verification.firstBadEvent().chainIndex()).isEqualTo(3);
        assertThat(verification.notYetSealed()).as("the event whose seal went is stored unsealed").isEqualTo(1);
    }

    @Test
    void eventsNotSealedYetAreCountedNotTakenForTampering() {
        table.storeAndSeal(3);
        table.store(4, payload(4));
        table.store(5, payload(5));

        Verification verification = intact();

        assertThat(verification.verdict()).isEqualTo(Verdict.INTACT);
        assertThat(verification.count()).isEqualTo(3);
        assertThat(verification.notYetSealed()).isEqualTo(2);
        assertThat(verification.firstUnsealedIndex()).isEqualTo(4);
    }

    @Test
    void anEventSealedAgainKeepsItsOneSeal() {
        table.storeAndSeal(3);
        Digest before = table.verifier.handle(new CurrentDigest());

        table.chain.seal("event-2");
        table.chain.seal("event-3");

        assertThat(table.seals()).isEqualTo(3);
        assertThat(table.verifier.handle(new CurrentDigest())).isEqualTo(before);
    }

    @Test
    void anEventCommittedLateIsSealedAfterTheEventsHandledBeforeIt() {
        // global index 2 was handed out first but committed after 3 and 4 (a gap that filled late)
        table.chain.seal(table.store(1, payload(1)));
        table.chain.seal(table.store(3, payload(3)));
        table.chain.seal(table.store(4, payload(4)));
        table.chain.seal(table.store(2, payload(2)));

        Verification verification = intact();

        assertThat(verification.verdict()).isEqualTo(Verdict.INTACT);
        assertThat(verification.verified()).isEqualTo(4);
        assertThat(table.jdbc.queryForList("select global_index from event_chain order by chain_index", Long.class))
                .containsExactly(1L, 3L, 4L, 2L);

        table.jdbc.update("update domain_event_entry set payload = ? where global_index = 2",
                (Object) bytes("{}"));
        assertFirstBad(intact(), 2, Breach.ALTERED);
    }

    @Test
    void anEventTheStoreDoesNotHoldIsNotSealed() {
        table.storeAndSeal(2);

        assertThatThrownBy(() -> table.chain.seal("event-9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event-9");
        assertThat(table.seals()).isEqualTo(2);
    }

    @Test
    void theLogHasOnlyGrownSinceAnEarlierDigest() {
        table.storeAndSeal(3);
        Digest earlier = table.verifier.handle(new CurrentDigest());
        for (int index = 4; index <= 6; index++) {
            table.chain.seal(table.store(index, payload(index)));
        }

        Verification verification = table.verifier.handle(new HasOnlyGrownSince(earlier));

        assertThat(verification.verdict()).isEqualTo(Verdict.ONLY_GROWN);
        assertThat(verification.since()).isEqualTo(earlier);
        assertThat(verification.count()).isEqualTo(6);
        assertThat(verification.verified()).isEqualTo(3);
        assertThat(verification.detail()).contains("by 3 events");
        assertThat(table.verifier.handle(new HasOnlyGrownSince(new Digest(0, ChainHash.GENESIS))).verdict())
                .isEqualTo(Verdict.ONLY_GROWN);
    }

    @Test
    void aDigestOfATamperedPrefixNamesTheEvent() {
        table.storeAndSeal(5);
        Digest earlier = table.verifier.handle(new CurrentDigest());

        table.jdbc.update("update domain_event_entry set payload = ? where global_index = 4", (Object) bytes("{}"));

        Verification verification = table.verifier.handle(new HasOnlyGrownSince(earlier));
        assertFirstBad(verification, 4, Breach.ALTERED);
        assertThat(table.verifier.handle(new HasOnlyGrownSince(new Digest(3, sealedHash(3)))).verdict())
                .as("the first three events are untouched")
                .isEqualTo(Verdict.ONLY_GROWN);
    }

    @Test
    void aLogRewrittenWithNewSealsDivergesFromTheDigest() {
        table.storeAndSeal(5);
        Digest earlier = table.verifier.handle(new CurrentDigest());

        // whoever can write the database alters an event and seals everything again
        table.jdbc.update("update domain_event_entry set payload = ? where global_index = 2", (Object) bytes("{}"));
        table.jdbc.update("delete from event_chain");
        for (int index = 1; index <= 5; index++) {
            table.chain.seal("event-" + index);
        }

        assertThat(intact().verdict()).as("the rewritten chain is consistent in itself").isEqualTo(Verdict.INTACT);
        Verification verification = table.verifier.handle(new HasOnlyGrownSince(earlier));
        assertThat(verification.verdict()).isEqualTo(Verdict.DIVERGED);
        assertThat(verification.detail()).contains(earlier.head());
    }

    @Test
    void aDigestCountingMoreEventsThanAreSealedIsShorter() {
        table.storeAndSeal(3);
        Digest earlier = table.verifier.handle(new CurrentDigest());

        table.jdbc.update("delete from event_chain where chain_index = 3");
        table.jdbc.update("delete from domain_event_entry where global_index = 3");

        Verification verification = table.verifier.handle(new HasOnlyGrownSince(earlier));
        assertThat(verification.verdict()).isEqualTo(Verdict.SHORTER);
        assertThat(verification.detail()).contains("fewer than the 3");
    }

    @Test
    void axonDeliversEveryEventToTheChainAndRefusesToResetIt() throws Exception {
        AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(table.chain);
        table.store(1, payload(1));
        table.store(2, payload(2));

        processor.handle(tracked("event-1", new GlobalSequenceTrackingToken(1)));
        processor.handle(tracked("event-2", new GlobalSequenceTrackingToken(2)));

        assertThat(table.seals()).isEqualTo(2);
        assertThat(processor.supportsReset()).as("a reset would re-seal altered rows").isFalse();
    }

    @Test
    void aReplayedEventIsNotSealedAgain() throws Exception {
        AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(table.chain);
        table.storeAndSeal(2);
        table.jdbc.update("delete from event_chain where chain_index = 2");

        ReplayToken replay = (ReplayToken) ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(2));
        TrackingToken replaying = replay.advancedTo(new GlobalSequenceTrackingToken(2));
        assertThat(ReplayToken.isReplay(replaying)).isTrue();

        processor.handle(tracked("event-2", replaying));

        assertThat(table.seals()).isEqualTo(1);
    }

    private Verification intact() {
        return table.verifier.handle(new IsChainIntact());
    }

    private String sealedHash(long chainIndex) {
        return table.jdbc.queryForObject("select hash from event_chain where chain_index = ?", String.class,
                chainIndex);
    }

    private void swapPayloads(long first, long second) {
        byte[] firstPayload = payloadAt(first);
        byte[] secondPayload = payloadAt(second);
        table.jdbc.update("update domain_event_entry set payload = ? where global_index = ?", secondPayload, first);
        table.jdbc.update("update domain_event_entry set payload = ? where global_index = ?", firstPayload, second);
    }

    private byte[] payloadAt(long globalIndex) {
        return table.jdbc.queryForObject("select payload from domain_event_entry where global_index = ?",
                byte[].class, globalIndex);
    }

    private static EventMessage<?> tracked(String identifier, TrackingToken token) {
        GenericDomainEventMessage<Map<String, String>> event = new GenericDomainEventMessage<>("NegotiationTrack",
                "track:us-russia", 1, Map.of("any", "payload"), Map.of(), identifier, Instant.now());
        return new GenericTrackedEventMessage<>(token, event);
    }

    private static void assertFirstBad(Verification verification, long globalIndex, Breach breach) {
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
        assertThat(verification.firstBadEvent()).isNotNull();
        assertThat(verification.firstBadEvent().globalIndex()).isEqualTo(globalIndex);
        assertThat(verification.firstBadEvent().eventIdentifier()).isEqualTo("event-" + globalIndex);
        assertThat(verification.firstBadEvent().breach()).isEqualTo(breach);
        assertThat(verification.detail()).isEqualTo(verification.firstBadEvent().detail());
    }
}
