package com.negotiationtracker.core.track;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A short, collision-resistant digest of what a message says (SHA-256 of its JSON form), so that a track can tell
 * "the same fact again" from "other content under a known id" without keeping every event it ever recorded.
 * <p>
 * JSON rather than {@code hashCode} or {@code toString}: it is unambiguous (a summary containing {@code ", x="}
 * cannot pass for another field) and a digest collision is practically impossible, so a changed fact is never taken
 * for a repeat. Digests are only ever compared with digests made by this class.
 */
final class Fingerprint {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Fingerprint() {
    }

    /** The digest of the parts, in order; the first part should say what kind of thing they describe. */
    static String of(Object... parts) {
        try {
            byte[] json = JSON.writeValueAsBytes(Arrays.asList(parts));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
