package com.negotiationtracker.query.claims;

/** Who said it, through which channel, with which words (null where none are quoted), and in which source. */
public record ClaimProvenanceView(String assertedBy, String channel, String quote, ClaimSourceView source) {
}
