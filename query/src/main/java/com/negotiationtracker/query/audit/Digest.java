package com.negotiationtracker.query.audit;

/**
 * What an auditor keeps to prove later that the log only grew: how many events were sealed ({@code count}) and the
 * seal of the last of them ({@code head}, 64 hex digits; 64 zeros before the first event).
 */
public record Digest(long count, String head) {

    public Digest {
        if (count < 0) {
            throw new IllegalArgumentException("a digest counts events from 0, not " + count);
        }
        if (!ChainHash.isHash(head)) {
            throw new IllegalArgumentException("a digest's head is a SHA-256 hash in 64 hex digits, not '" + head + "'");
        }
        head = head.toLowerCase(java.util.Locale.ROOT);
    }
}
