package com.negotiationtracker.core.track;

/**
 * Answers whether a negotiation track has been opened. The dossier import asks it when a fact names a track that
 * the dossier itself does not open, so that a misspelt track is reported before anything is recorded.
 */
@FunctionalInterface
public interface TrackDirectory {

    boolean isKnown(TrackId track);
}
