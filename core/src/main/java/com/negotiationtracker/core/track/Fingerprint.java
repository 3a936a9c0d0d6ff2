package com.negotiationtracker.core.track;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A short digest of what a message says (the first 64 bits of the SHA-256 of its JSON form), so that a track can tell
 * "the same fact again" from "other content under a known id" without keeping every event it ever recorded.
 * <p>
 * JSON rather than {@code hashCode} or {@code toString}: it is unambiguous (a summary containing {@code ", x="}
 * cannot pass for another field). 64 bits because a digest is only ever compared with the one digest recorded under the
 * same id: a changed fact passes for a repeat with a chance of one in 2<sup>64</sup>, while a track keeps one digest
 * for each of its facts (a string of the whole SHA-256 took four times the memory). Digests are only ever compared
 * with digests made by this class.
 */
public final class Fingerprint {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Fingerprint() {
    }

    /** The digest of the parts, in order; the first part should say what kind of thing they describe. */
    public static long of(Object... parts) {
        try {
            byte[] json = JSON.writeValueAsBytes(Arrays.asList(parts));
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(json)).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
