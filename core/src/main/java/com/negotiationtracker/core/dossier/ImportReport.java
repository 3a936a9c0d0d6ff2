package com.negotiationtracker.core.dossier;

/**
 * What importing a dossier did. Counts split into what was newly recorded and what the store already held, so
 * that a second import of the same dossier visibly records nothing.
 */
public record ImportReport(String dossier, int actorsRecorded, int actorsUnchanged, int tracksOpened,
                           int tracksUnchanged, int factsRecorded, int factsAlreadyRecorded) {

    public boolean recordedNothing() {
        return actorsRecorded == 0 && tracksOpened == 0 && factsRecorded == 0;
    }

    /** One line for people: the CLI prints it and the API returns it. */
    public String summary() {
        if (recordedNothing()) {
            return "dossier '" + dossier + "': nothing new to record (" + factsAlreadyRecorded
                    + " facts, " + (actorsUnchanged) + " actors and " + tracksUnchanged + " tracks already recorded)";
        }
        return "dossier '" + dossier + "': recorded " + factsRecorded + " facts, " + actorsRecorded + " actors, "
                + tracksOpened + " tracks; " + factsAlreadyRecorded + " facts were already recorded";
    }
}
