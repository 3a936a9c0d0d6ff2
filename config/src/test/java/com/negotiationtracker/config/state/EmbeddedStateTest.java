package com.negotiationtracker.config.state;

import com.negotiationtracker.config.support.TrackerApi;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The state contract on the embedded default: an H2 file store that loads the reference story on its first start. */
@TrackerOnTemporaryFolder
class EmbeddedStateTest extends StateContract {

    @Override
    void referenceStoryRecorded(TrackerApi api) {
        // the application loaded it into the empty store on start
    }
}
