package com.negotiationtracker.query.timeline;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the JPA slice tests of this module start from; it scans this package for the entities. */
@SpringBootApplication
class TimelineTestApplication {
}
