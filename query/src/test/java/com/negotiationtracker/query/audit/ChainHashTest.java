package com.negotiationtracker.query.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

    private static final String PREVIOUS = "ab".repeat(32);
    private static final StoredEvent EVENT = new StoredEvent(42, "event-42", "track:us-russia", 7, "NegotiationTrack",
            "com.negotiationtracker.core.call.CallHeld", null, bytes("{\"a\":1}"), bytes("{}"),
            "2026-01-05T09:00:00Z");

    @Test
    void theSealIsSha256OfTheDocumentedEncoding() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected); // big-endian, as documented
        text(out, "negotiation-tracker/event-chain/v1");
        out.write(HexFormat.of().parseHex(PREVIOUS));
        out.writeLong(42);
        text(out, "event-42");
        text(out, "track:us-russia");
        out.writeLong(7);
        text(out, "NegotiationTrack");
        text(out, "com.negotiationtracker.core.call.CallHeld");
        out.writeInt(-1); // no payload revision
        out.writeInt(7);
        out.write(bytes("{\"a\":1}"));
        out.writeInt(2);
        out.write(bytes("{}"));
        text(out, "2026-01-05T09:00:00Z");

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected.toByteArray()));

        assertThat(ChainHash.of(PREVIOUS, EVENT)).isEqualTo(sha256).hasSize(64);
    }

    @Test
    void everyColumnAndThePreviousSealChangeTheSeal() {
        String seal = ChainHash.of(PREVIOUS, EVENT);
        List<UnaryOperator<StoredEvent>> changes = List.of(
                e -> with(e, 43, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                        e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), "event-43", e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                        e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), "track:us-ukraine", e.sequenceNumber(), e.type(),
                        e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), 8, e.type(),
                        e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        "Actor", e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), "2", e.payload(), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.payloadRevision(), bytes("{\"a\":2}"), e.metaData(), e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.payloadRevision(), e.payload(), null, e.timeStamp()),
                e -> with(e, e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.payloadRevision(), e.payload(), e.metaData(), "2026-01-05T09:00:01Z"),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                        e.sequenceNumber(), e.type(), "com.negotiationtracker.core.call.CallHeldX",
                        e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp()));

        for (UnaryOperator<StoredEvent> change : changes) {
            assertThat(ChainHash.of(PREVIOUS, change.apply(EVENT))).isNotEqualTo(seal);
        }
        assertThat(ChainHash.of(ChainHash.GENESIS, EVENT)).isNotEqualTo(seal);
        assertThat(ChainHash.of(PREVIOUS, EVENT)).as("the same row after the same seal").isEqualTo(seal);
    }

    @Test
    void whereOneFieldEndsAndTheNextBeginsIsPartOfTheSeal() {
        StoredEvent ab = with(EVENT, 42, "event-4", "2track:us-russia", 7, "NegotiationTrack", null,
                EVENT.payload(), EVENT.metaData(), EVENT.timeStamp());
        StoredEvent a = with(EVENT, 42, "event-42", "track:us-russia", 7, "NegotiationTrack", null,
                EVENT.payload(), EVENT.metaData(), EVENT.timeStamp());
        StoredEvent emptyRevision = with(EVENT, 42, "event-42", "track:us-russia", 7, "NegotiationTrack", "",
                EVENT.payload(), EVENT.metaData(), EVENT.timeStamp());
        StoredEvent emptyMetaData = with(EVENT, 42, "event-42", "track:us-russia", 7, "NegotiationTrack", null,
                EVENT.payload(), new byte[0], EVENT.timeStamp());
        StoredEvent noMetaData = with(EVENT, 42, "event-42", "track:us-russia", 7, "NegotiationTrack", null,
                EVENT.payload(), null, EVENT.timeStamp());

        assertThat(ChainHash.of(PREVIOUS, ab)).isNotEqualTo(ChainHash.of(PREVIOUS, a));
        assertThat(ChainHash.of(PREVIOUS, emptyRevision)).as("an empty revision is not a missing one")
                .isNotEqualTo(ChainHash.of(PREVIOUS, a));
        assertThat(ChainHash.of(PREVIOUS, emptyMetaData)).as("empty metadata is not missing metadata")
                .isNotEqualTo(ChainHash.of(PREVIOUS, noMetaData));
    }

    @Test
    void aSealHasTheFormOf64HexDigits() {
        assertThat(ChainHash.isHash(ChainHash.GENESIS)).isTrue();
        assertThat(ChainHash.isHash("AB".repeat(32))).isTrue();
        assertThat(ChainHash.isHash("ab".repeat(31))).isFalse();
        assertThat(ChainHash.isHash("xy".repeat(32))).isFalse();
        assertThat(ChainHash.isHash(null)).isFalse();
    }

    private static StoredEvent with(StoredEvent e, long globalIndex, String identifier, String aggregate, long sequence,
                                    String type, String revision, byte[] payload, byte[] metaData, String timeStamp) {
        return new StoredEvent(globalIndex, identifier, aggregate, sequence, type, e.payloadType(), revision, payload,
                metaData, timeStamp);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = bytes(text);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
