package com.negotiationtracker.query.timeline;

/** Who asserted a fact, through which channel, with the words quoted (null where none are), and where it appeared. */
public record ProvenanceView(String assertedBy, String channel, String quote, SourceView source) {
}
