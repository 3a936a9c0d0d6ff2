package com.negotiationtracker.query.replay;

import org.axonframework.eventhandling.TrackingToken;

/**
 * One segment of a processor as the token store holds it, whichever instance claims it.
 *
 * @param segment the segment's id
 * @param owner   the instance that claims it; {@code null} when none does
 * @param token   how far it has handled the store; {@code null} before its first event
 */
public record StoredSegment(int segment, String owner, TrackingToken token) {
}
