package com.negotiationtracker.config.audit;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The tamper-evidence contract on the embedded default: an H2 file database. */
@TrackerOnTemporaryFolder(properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedAuditChainTest extends AuditChainContract {
}
