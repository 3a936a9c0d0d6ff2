package com.negotiationtracker.config.claims;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The claims ledger on the embedded default: an H2 file database. */
@TrackerOnTemporaryFolder(properties = "tracker.reference-story.load-into-empty-store=false")
class EmbeddedClaimsLedgerTest extends ClaimsLedgerContract {

    @Override
    String nextGlobalIndex() {
        return "select next value for domain_event_entry_seq";
    }
}
