package com.negotiationtracker.config.replay;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The replay contract on the embedded default: an H2 file database, the reference story loaded at start. */
@TrackerOnTemporaryFolder(classes = {TrackerApplication.class, HandledEvents.class})
class EmbeddedReplayTest extends ReplayContract {

    @Override
    int facts() {
        return ReferenceDossier.factCount();
    }
}
