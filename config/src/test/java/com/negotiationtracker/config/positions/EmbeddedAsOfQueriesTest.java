package com.negotiationtracker.config.positions;

import com.negotiationtracker.config.support.TrackerApi;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;

/** The as-of questions on the embedded default: an H2 file database that loads the reference story at start. */
@TrackerOnTemporaryFolder
class EmbeddedAsOfQueriesTest extends AsOfQueriesContract {

    @Override
    void referenceStoryRecorded(TrackerApi api) {
        // the application loads it into the empty store at start
    }
}
