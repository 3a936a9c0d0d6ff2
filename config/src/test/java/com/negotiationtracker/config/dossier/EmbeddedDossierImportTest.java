package com.negotiationtracker.config.dossier;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The import contract on the embedded default: an H2 file database. */
@TrackerOnTemporaryFolder(properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedDossierImportTest extends DossierImportContract {
}
