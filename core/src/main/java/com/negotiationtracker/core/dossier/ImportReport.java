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
            return "dossier '" + dossier + "': nothing new to record (" + count(factsAlreadyRecorded, "fact") + ", "
                    + count(actorsUnchanged, "actor") + " and " + count(tracksUnchanged, "track")
                    + (reports ? " and " + count(reportsAlreadyRecorded, "report") : "") + " already recorded)";
        }
        return "dossier '" + dossier + "': recorded " + count(factsRecorded, "fact") + ", "
                + count(actorsRecorded, "actor") + ", " + count(tracksOpened, "track")
                + (reports ? ", " + count(reportsRecorded, "report") : "") + "; "
                + count(factsAlreadyRecorded, "fact")
                + (reports ? " and " + count(reportsAlreadyRecorded, "report") : "") + " already recorded";
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
