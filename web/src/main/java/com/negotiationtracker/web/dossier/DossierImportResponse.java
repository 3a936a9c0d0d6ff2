package com.negotiationtracker.web.dossier;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.negotiationtracker.core.dossier.ImportReport;

/**
 * What {@code POST /api/dossiers} answers: the import report's counts, whether the import recorded nothing new
 * (a second import of the same dossier), and its one-line summary for people.
 */
public record DossierImportResponse(@JsonUnwrapped ImportReport report, boolean recordedNothing, String summary) {

    public DossierImportResponse(ImportReport report) {
        this(report, report.recordedNothing(), report.summary());
    }
}
