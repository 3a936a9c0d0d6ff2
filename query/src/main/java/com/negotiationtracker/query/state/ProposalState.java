package com.negotiationtracker.query.state;

/** A proposal a party made to another on an issue, from the time it was made. */
public record ProposalState(String track, String fact, String proposer, String addressee, String issue,
                            String proposal, StateTime validTime) {
}
