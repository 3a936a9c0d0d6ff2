package com.negotiationtracker.config.security;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The access-control contract on the embedded default: an H2 file database. */
// closed after the class, before its data directory is deleted: a running tracker would still be writing to it
@TrackerOnTemporaryFolder(properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedAccessControlTest extends AccessControlContract {
}
