package com.negotiationtracker.core.dossier;

/**
 * What importing a dossier did. Counts split into what was newly recorded and what the store already held, so
 * that a second import of the same dossier visibly records nothing. Reports are the later reports about claims
 * (appearances, corroborations, disputes, corrections, retractions).
 */
public record ImportReport(String dossier, int actorsRecorded, int actorsUnchanged, int tracksOpened,
                           int tracksUnchanged, int factsRecorded, int factsAlreadyRecorded, int reportsRecorded,
                           int reportsAlreadyRecorded) {

    /** A report of a dossier without later reports about claims. */
    public ImportReport(String dossier, int actorsRecorded, int actorsUnchanged, int tracksOpened,
                        int tracksUnchanged, int factsRecorded, int factsAlreadyRecorded) {
        this(dossier, actorsRecorded, actorsUnchanged, tracksOpened, tracksUnchanged, factsRecorded,
                factsAlreadyRecorded, 0, 0);
    }

    public boolean recordedNothing() {
        return actorsRecorded == 0 && tracksOpened == 0 && factsRecorded == 0 && reportsRecorded == 0;
    }

    /** One line for people: the CLI prints it and the API returns it. */
    public String summary() {
        boolean reports = reportsRecorded + reportsAlreadyRecorded > 0;
        if (recordedNothing()) {
            return "dossier '" + dossier + "': nothing new to record (" + factsAlreadyRecorded
                    + " facts, " + (actorsUnchanged) + " actors and " + tracksUnchanged + " tracks"
                    + (reports ? " and " + reportsAlreadyRecorded + " reports" : "") + " already recorded)";
        }
        return "dossier '" + dossier + "': recorded " + factsRecorded + " facts, " + actorsRecorded + " actors, "
                + tracksOpened + " tracks" + (reports ? ", " + reportsRecorded + " reports" : "") + "; "
                + factsAlreadyRecorded + " facts" + (reports ? " and " + reportsAlreadyRecorded + " reports" : "")
                + " were already recorded";
    }
}
