package com.negotiationtracker.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seal of a stored event: SHA-256 over, in this order,
 * <ol>
 *     <li>the tag {@value #TAG} (so that no other use of SHA-256 makes the same bytes),</li>
 *     <li>the previous seal's 32 bytes (all zero before the first event),</li>
 *     <li>the event's global index and every column of its stored row: event identifier, aggregate identifier,
 *     sequence number, aggregate type, payload type, payload revision, payload, metadata, time stamp.</li>
 * </ol>
 * Numbers are 8 bytes big-endian; text (UTF-8) and bytes are preceded by their length as 4 bytes big-endian, and a
 * missing value (SQL null) by the length -1. Every field thus ends where the next begins: no two different rows give
 * the same bytes, whatever their content. Changing this encoding breaks every chain sealed before: give it a new tag.
 */
final class ChainHash {

    /** The hash that the first seal follows: 32 zero bytes. */
    static final String GENESIS = "0".repeat(64);
    static final String TAG = "negotiation-tracker/event-chain/v1";

    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** The seal of {@code event} following the seal {@code previousHash} (64 hex digits), as 64 lower-case hex digits. */
    static String of(String previousHash, StoredEvent event) {
        MessageDigest sha256 = sha256();
        text(sha256, TAG);
        sha256.update(HEX.parseHex(previousHash));
        number(sha256, event.globalIndex());
        text(sha256, event.eventIdentifier());
        text(sha256, event.aggregateIdentifier());
        number(sha256, event.sequenceNumber());
        text(sha256, event.type());
        text(sha256, event.payloadType());
        text(sha256, event.payloadRevision());
        bytes(sha256, event.payload());
        bytes(sha256, event.metaData());
        text(sha256, event.timeStamp());
        return HEX.formatHex(sha256.digest());
    }

    /** Whether {@code text} has the form of a seal: 64 hex digits. */
    static boolean isHash(String text) {
        return text != null && text.length() == 64 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static void number(MessageDigest digest, long value) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
