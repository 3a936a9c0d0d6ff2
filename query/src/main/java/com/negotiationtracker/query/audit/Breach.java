package com.negotiationtracker.query.audit;

/** How the first bad event differs from what was sealed. */
public enum Breach {
    /** Its stored row (payload, metadata, time stamp, type ...) no longer hashes to its seal. */
    ALTERED,
    /** The event table no longer holds a row at its global index. */
    DELETED,
    /** The event table holds another event at its global index: rows were moved or swapped. */
    DISPLACED,
    /** The chain itself was changed: a seal is missing or no longer follows the one before. */
    CHAIN_ALTERED
}
