package com.negotiationtracker.query.audit;

/** What a verification of the chain found. */
public enum Verdict {
    /** Every sealed event is stored as it was sealed. */
    INTACT,
    /** A sealed event is no longer stored as it was sealed: the verification names the first one. */
    TAMPERED,
    /** The events a digest counted are stored as they were then: the log has only grown since. */
    ONLY_GROWN,
    /** The events a digest counted no longer hash to it, although each matches its seal: the chain was rewritten. */
    DIVERGED,
    /** Fewer events are sealed than the digest counted. */
    SHORTER
}
