package com.negotiationtracker.config.dossier;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The snapshot contract on the embedded default: an H2 file database. */
@TrackerOnTemporaryFolder(properties = {"tracker.reference-story.load-into-empty-store=false",
                "tracker.snapshots.threshold=" + TrackSnapshotContract.THRESHOLD, "tracker.tracks.cache-size=0"})
class EmbeddedTrackSnapshotTest extends TrackSnapshotContract {
}
