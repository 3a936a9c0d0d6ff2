package com.negotiationtracker.config.export;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The exports contract on the embedded default: an H2 file database. */
@TrackerOnTemporaryFolder(properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedExportTest extends ExportContract {
}
