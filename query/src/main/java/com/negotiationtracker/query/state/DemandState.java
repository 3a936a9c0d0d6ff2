package com.negotiationtracker.query.state;

/** A demand a party made of another on an issue, from the time it was made. */
public record DemandState(String track, String fact, String party, String addressee, String issue, String demand,
                          StateTime validTime) {
}
