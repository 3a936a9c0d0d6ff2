package com.negotiationtracker.query.state;

/**
 * An invitation from its issue on: who invited whom, where (an {@code UNSPECIFIED} venue when the reporting does not
 * say), for when (null when it does not say), its status since when ({@code sinceFact} is the fact that set it), and
 * when it was issued (null if the record holds an answer but not the invitation itself).
 */
public record InvitationState(String track, String invitation, String host, String guest, VenueView venue,
                              StateTime plannedFor, InvitationStatus status, StateTime since, String sinceFact,
                              StateTime issued) {
}
